// Purchase orders (issue #15), through real HTTP and a real PostgreSQL: an order placed, received
// short at another cost and closed leaves the right moving average and no incoming; 50 clerks
// receiving one line at once never exceed its quantity plus tolerance; an order with receipts cannot
// be cancelled; lowStock subtracts incoming, and orders drafted from its suggestions match them.
import {
  CancelPurchaseOrderDocument,
  ClosePurchaseOrderDocument,
  CreatePurchaseOrderDocument,
  CreatePurchaseOrdersFromSuggestionsDocument,
  LowStockIncomingDocument,
  PlacePurchaseOrderDocument,
  ProductCostAndIncomingDocument,
  PurchaseOrderNodeDocument,
  ReceivePurchaseOrderDocument,
  UpdatePurchaseOrderDocument,
  UpdateProductDocument,
  VerifyStockLevelsDocument,
  type CreatePurchaseOrderInput,
} from '../generated/graphql';
import { givenLocation, givenProduct, givenStock } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

let sequence = 0;
const key = () => `purchase-test-${++sequence}`;

async function expectNoDrift() {
  const { verifyStockLevels } = await server.query(VerifyStockLevelsDocument, {});
  expect(verifyStockLevels.differences).toEqual([]);
}

async function givenOrder(input: CreatePurchaseOrderInput, place = true) {
  const { createPurchaseOrder } = await server.query(CreatePurchaseOrderDocument, { input });
  if (!createPurchaseOrder.purchaseOrder)
    throw new Error(`createPurchaseOrder refused: ${JSON.stringify(createPurchaseOrder.userErrors)}`);
  if (!place) return createPurchaseOrder.purchaseOrder;
  const { placePurchaseOrder } = await server.query(PlacePurchaseOrderDocument, {
    input: { purchaseOrderId: createPurchaseOrder.purchaseOrder.id },
  });
  expect(placePurchaseOrder.userErrors).toEqual([]);
  return placePurchaseOrder.purchaseOrder!;
}

async function product(id: string) {
  return (await server.query(ProductCostAndIncomingDocument, { id })).product!;
}

describe('an order placed, received short at a different cost, then closed', () => {
  it('moves the average by the real receipt costs and leaves nothing incoming', async () => {
    const { productId, locationId } = await givenStock(server, { quantity: 10, unitCost: '2.00' });
    const draft = await givenOrder(
      {
        supplier: 'Acme Supplies',
        locationId,
        reference: 'PO-1001',
        expectedAt: '2030-02-01T09:00:00Z',
        lines: [{ productId, quantity: 20, unitCost: '3.00' }],
        idempotencyKey: key(),
      },
      false,
    );
    expect(draft.status).toBe('DRAFT');
    expect((await product(productId)).incoming).toBe(0);

    const placed = (await server.query(PlacePurchaseOrderDocument, { input: { purchaseOrderId: draft.id } }))
      .placePurchaseOrder;
    expect(placed.purchaseOrder!.status).toBe('ORDERED');
    expect((await product(productId)).incoming).toBe(20);
    const lineId = placed.purchaseOrder!.lines[0]!.id;

    const first = (
      await server.query(ReceivePurchaseOrderDocument, {
        input: {
          purchaseOrderId: draft.id,
          lines: [{ lineId, quantity: 12, unitCost: '3.50' }],
          idempotencyKey: key(),
        },
      })
    ).receivePurchaseOrder;
    expect(first.userErrors).toEqual([]);
    expect(first.movements.map((m) => [m.kind, m.quantity, m.unitCost, m.counterparty])).toEqual([
      ['RECEIPT', 12, '3.5', 'Acme Supplies'],
    ]);
    expect(first.purchaseOrder).toMatchObject({ status: 'PARTIALLY_RECEIVED' });
    expect(first.purchaseOrder!.lines[0]).toMatchObject({ received: 12, outstanding: 8 });
    expect((await product(productId)).incoming).toBe(8);

    // No stated cost: the line's.
    const second = (
      await server.query(ReceivePurchaseOrderDocument, {
        input: { purchaseOrderId: draft.id, lines: [{ lineId, quantity: 3 }] },
      })
    ).receivePurchaseOrder;
    expect(second.movements.map((m) => m.unitCost)).toEqual(['3']);

    const closed = (
      await server.query(ClosePurchaseOrderDocument, { input: { purchaseOrderId: draft.id, reason: 'Supplier short' } })
    ).closePurchaseOrder;
    expect(closed.userErrors).toEqual([]);
    expect(closed.purchaseOrder).toMatchObject({ status: 'CLOSED', closeReason: 'Supplier short' });
    expect(closed.purchaseOrder!.lines[0]).toMatchObject({ received: 15, outstanding: 0 });
    expect(closed.purchaseOrder!.history.map((change) => change.status)).toEqual([
      'DRAFT',
      'ORDERED',
      'PARTIALLY_RECEIVED',
      'PARTIALLY_RECEIVED',
      'CLOSED',
    ]);

    const after = await product(productId);
    expect(after.onHand).toBe(25);
    expect(after.incoming).toBe(0);
    // (10 × 2.00 + 12 × 3.50 + 3 × 3.00) / 25 = 71 / 25
    expect(Number(after.inventoryValue)).toBeCloseTo(71, 6);
    expect(Number(after.averageCost)).toBeCloseTo(2.84, 4);

    // Closed: nothing more can be received.
    const late = (
      await server.query(ReceivePurchaseOrderDocument, {
        input: { purchaseOrderId: draft.id, lines: [{ lineId, quantity: 1 }] },
      })
    ).receivePurchaseOrder;
    expect(late.userErrors.map((error) => error.code)).toEqual(['INVALID_STATUS']);
    await expectNoDrift();
  });
});

describe('50 clerks receiving one line at once', () => {
  it('never receive more than its quantity plus tolerance; the rest get EXCEEDS_OUTSTANDING', async () => {
    const productRow = await givenProduct(server);
    const location = await givenLocation(server);
    const order = await givenOrder({
      supplier: 'Race Ltd',
      locationId: location.id,
      lines: [{ productId: productRow.id, quantity: 20, unitCost: '1.00', tolerance: 2 }],
    });
    const lineId = order.lines[0]!.id;
    const payloads = (
      await Promise.all(
        Array.from({ length: 50 }, () =>
          server.query(ReceivePurchaseOrderDocument, {
            input: { purchaseOrderId: order.id, lines: [{ lineId, quantity: 1 }], idempotencyKey: key() },
          }),
        ),
      )
    ).map((answer) => answer.receivePurchaseOrder);
    const accepted = payloads.filter((payload) => payload.userErrors.length === 0);
    const refused = payloads.filter((payload) => payload.userErrors.length > 0);
    // Units of 1: exactly quantity + tolerance get in.
    expect(accepted).toHaveLength(22);
    expect(refused).toHaveLength(28);
    for (const payload of refused) {
      expect(payload.userErrors.map((error) => error.code)).toEqual([
        expect.stringMatching(/^(EXCEEDS_OUTSTANDING|INVALID_STATUS)$/),
      ]);
    }
    const { purchaseOrder } = await server.query(PurchaseOrderNodeDocument, { id: order.id });
    expect(purchaseOrder!.lines[0]).toMatchObject({ received: 22, outstanding: 0 });
    expect(purchaseOrder!.status).toBe('RECEIVED');
    expect((await product(productRow.id)).onHand).toBe(22);
    await expectNoDrift();
  });
});

describe('cancelling and changing', () => {
  it('refuses to cancel an order with receipts (close it instead), cancels one without, and changes only drafts', async () => {
    const { productId, locationId } = await givenStock(server, { quantity: 1 });
    const received = await givenOrder({
      supplier: 'S1',
      locationId,
      lines: [{ productId, quantity: 5, unitCost: '1' }],
    });
    await server.query(ReceivePurchaseOrderDocument, {
      input: { purchaseOrderId: received.id, lines: [{ lineId: received.lines[0]!.id, quantity: 2 }] },
    });
    const refused = (await server.query(CancelPurchaseOrderDocument, { input: { purchaseOrderId: received.id } }))
      .cancelPurchaseOrder;
    expect(refused.userErrors.map((error) => error.code)).toEqual(['INVALID_STATUS']);
    expect(refused.userErrors[0]!.message).toMatch(/close it instead/);

    const untouched = await givenOrder({
      supplier: 'S2',
      locationId,
      lines: [{ productId, quantity: 5, unitCost: '1' }],
    });
    const cancelled = (await server.query(CancelPurchaseOrderDocument, { input: { purchaseOrderId: untouched.id } }))
      .cancelPurchaseOrder;
    expect(cancelled.purchaseOrder!.status).toBe('CANCELLED');
    expect((await product(productId)).incoming).toBe(3);

    const draft = await givenOrder(
      { supplier: 'S3', locationId, lines: [{ productId, quantity: 5, unitCost: '1' }] },
      false,
    );
    const updated = (
      await server.query(UpdatePurchaseOrderDocument, {
        input: {
          purchaseOrderId: draft.id,
          supplier: 'S4',
          lines: [{ productId, locationId, quantity: 7, unitCost: '1.25', tolerance: 1 }],
        },
      })
    ).updatePurchaseOrder;
    expect(updated.userErrors).toEqual([]);
    expect(updated.purchaseOrder).toMatchObject({ supplier: 'S4', status: 'DRAFT' });
    expect(updated.purchaseOrder!.lines).toMatchObject([{ quantity: 7, unitCost: '1.25', tolerance: 1 }]);
    const stale = (
      await server.query(UpdatePurchaseOrderDocument, { input: { purchaseOrderId: received.id, supplier: 'X' } })
    ).updatePurchaseOrder;
    expect(stale.userErrors.map((error) => error.code)).toEqual(['INVALID_STATUS']);

    const bad = (
      await server.query(CreatePurchaseOrderDocument, {
        input: { supplier: ' ', lines: [{ productId, quantity: 0, unitCost: '-1' }] },
      })
    ).createPurchaseOrder;
    expect(bad.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['BLANK', ['supplier']],
      ['OUT_OF_RANGE', ['lines', '0', 'quantity']],
      ['OUT_OF_RANGE', ['lines', '0', 'unitCost']],
      ['BLANK', ['lines', '0', 'locationId']],
    ]);
    await expectNoDrift();
  });
});

describe('reorder suggestions', () => {
  it('subtract incoming, and orders drafted from them go one per supplier with matching lines', async () => {
    const category = `Reorder-${++sequence}`;
    const location = await givenLocation(server);
    const make = async (sku: string, preferredSupplier: string | null) => {
      const made = await givenProduct(server, { sku: `${sku}-${sequence}`, category, reorderPoint: 10 });
      if (preferredSupplier)
        await server.query(UpdateProductDocument, { input: { id: made.id, preferredSupplier, leadTimeDays: 7 } });
      return made;
    };
    const bolts = await make('BOLT', 'Acme');
    await make('NUT', 'Acme');
    const gears = await make('GEAR', 'Gearco');
    const loose = await make('LOOSE', null);
    expect(await product(bolts.id)).toMatchObject({ preferredSupplier: 'Acme', leadTimeDays: 7 });

    const suggested = async () =>
      Object.fromEntries(
        (await server.query(LowStockIncomingDocument, { locationId: location.id, category })).lowStock.nodes.map(
          (item) => [item.product.sku.split('-')[0], [item.incoming, item.suggestedOrderQuantity]],
        ),
      );
    expect(await suggested()).toEqual({ BOLT: [0, 11], NUT: [0, 11], GEAR: [0, 11], LOOSE: [0, 11] });

    // 6 bolts on order: lowStock suggests 6 fewer.
    await givenOrder({
      supplier: 'Acme',
      locationId: location.id,
      lines: [{ productId: bolts.id, quantity: 6, unitCost: '1' }],
    });
    expect(await suggested()).toEqual({ BOLT: [6, 5], NUT: [0, 11], GEAR: [0, 11], LOOSE: [0, 11] });

    const drafted = (
      await server.query(CreatePurchaseOrdersFromSuggestionsDocument, {
        input: {
          locationId: location.id,
          category,
          supplierByProduct: [{ productId: gears.id, supplier: 'Gearworks' }],
        },
      })
    ).createPurchaseOrdersFromSuggestions;
    expect(drafted.userErrors).toEqual([]);
    expect(drafted.unassigned.map((row) => row.sku)).toEqual([loose.sku]);
    const bySupplier = Object.fromEntries(
      drafted.purchaseOrders.map((order) => [
        order.supplier,
        order.lines.map((line) => [line.product.sku.split('-')[0], line.quantity, line.location.code]).sort(),
      ]),
    );
    expect(bySupplier).toEqual({
      Acme: [
        ['BOLT', 5, location.code],
        ['NUT', 11, location.code],
      ],
      Gearworks: [['GEAR', 11, location.code]],
    });
    expect(drafted.purchaseOrders.every((order) => order.status === 'DRAFT')).toBe(true);
  });
});
