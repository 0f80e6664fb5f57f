// The documents' pure rules without a database: units in transit, outstanding units and the status
// a receipt leaves.
import { outstanding, receivingStatus as orderStatus } from './purchase-orders';
import { inTransit, receivingStatus as transferStatus } from './transfers';

const transferLine = (shipped: number, received: number, lost = 0, returned = 0) => ({
  transferId: 't',
  productId: 'p',
  quantity: shipped,
  shipped,
  received,
  lost,
  returned,
});

describe('transfer lines', () => {
  it('hold in transit what was shipped and not received, lost or returned', () => {
    expect(inTransit(transferLine(10, 3, 2, 1))).toBe(4);
    expect(inTransit(transferLine(10, 10))).toBe(0);
  });

  it('leave a transfer IN_TRANSIT, PARTIALLY_RECEIVED or RECEIVED by what arrived', () => {
    expect(transferStatus([transferLine(5, 0), transferLine(3, 0)])).toBe('IN_TRANSIT');
    expect(transferStatus([transferLine(5, 5), transferLine(3, 0)])).toBe('PARTIALLY_RECEIVED');
    expect(transferStatus([transferLine(5, 5), transferLine(3, 3)])).toBe('RECEIVED');
  });
});

describe('purchase-order lines', () => {
  it('expect what was ordered and not received, never less than nothing', () => {
    expect(outstanding({ quantity: 20, received: 12 })).toBe(8);
    expect(outstanding({ quantity: 20, received: 22 })).toBe(0);
  });

  it('leave an order ORDERED, PARTIALLY_RECEIVED or RECEIVED, over-receipts counting as received', () => {
    expect(orderStatus([{ quantity: 5, received: 0 }])).toBe('ORDERED');
    expect(
      orderStatus([
        { quantity: 5, received: 2 },
        { quantity: 1, received: 0 },
      ]),
    ).toBe('PARTIALLY_RECEIVED');
    expect(
      orderStatus([
        { quantity: 5, received: 6 },
        { quantity: 1, received: 1 },
      ]),
    ).toBe('RECEIVED');
  });
});
