// The rules of each kind of movement, checked row by row without a database: checkRow turns a
// movement into the draft the ledger records, or into every userError it has.
import type { Location, Product } from '../../generated/prisma/client';
import { Decimal } from '../../shared/decimal';
import { checkRow, MAX_MOVEMENT_QUANTITY, type Catalog, type MovementRow } from './service';

const PRODUCT = '11111111-1111-4111-8111-111111111111';
const ARCHIVED_PRODUCT = '22222222-2222-4222-8222-222222222222';
const NORTH = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const SOUTH = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const CLOSED = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const NOWHERE = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

/** What every catalogue row carries besides its own fields. */
function rowState(active: boolean) {
  const at = new Date('2026-01-01T00:00:00Z');
  return { active, archivedAt: active ? null : at, createdAt: at, updatedAt: at };
}

const product = (id: string, sku: string, active: boolean): Product => ({
  ...rowState(active),
  id,
  sku,
  name: sku,
  description: '',
  category: 'Testing',
  unit: 'pcs',
  price: new Decimal('25.5'),
  reorderPoint: 0,
  reorderQuantity: 0,
  preferredSupplier: null,
  leadTimeDays: null,
  belowReorderPoint: false,
  eventPosition: 0n,
  searchText: sku,
});

const location = (id: string, code: string, active: boolean): Location => ({
  ...rowState(active),
  id,
  code,
  name: code,
  address: '',
  kind: 'WAREHOUSE',
  allocationPriority: 0,
});

const catalog: Catalog = {
  products: new Map([
    [PRODUCT, product(PRODUCT, 'HAM-1', true)],
    [ARCHIVED_PRODUCT, product(ARCHIVED_PRODUCT, 'OLD-1', false)],
  ]),
  locations: new Map([
    [NORTH, location(NORTH, 'WH-N', true)],
    [SOUTH, location(SOUTH, 'WH-S', true)],
    [CLOSED, location(CLOSED, 'WH-X', false)],
  ]),
};

const receipt: MovementRow = {
  kind: 'RECEIPT',
  productId: PRODUCT,
  toLocationId: NORTH,
  quantity: 5,
  unitCost: new Decimal('2.5'),
};

/** The row's draft; fails the test when the row is refused. */
function draftOf(row: MovementRow) {
  const checked = checkRow(row, [], catalog);
  if ('errors' in checked) throw new Error(`refused: ${JSON.stringify(checked.errors)}`);
  return checked.draft;
}

/** The row's errors as [code, field] pairs; none when it passes. */
function problemsOf(row: MovementRow, at: string[] = []) {
  const checked = checkRow(row, at, catalog);
  return 'errors' in checked ? checked.errors.map((error) => [error.code, error.field]) : [];
}

describe('checkRow drafts', () => {
  it('fill in the defaults of a receipt', () => {
    const before = Date.now();
    const draft = draftOf({ ...receipt, reference: '  PO-1 ', note: '   ' });
    expect(draft).toEqual({
      kind: 'RECEIPT',
      productId: PRODUCT,
      fromLocationId: null,
      toLocationId: NORTH,
      quantity: 5,
      unitCost: new Decimal('2.5'),
      unitPrice: null,
      reason: 'RECEIVED',
      reference: 'PO-1',
      counterparty: null,
      note: null,
      occurredAt: expect.any(Date),
      backDated: false,
      reversalOfId: null,
      fromState: 'AVAILABLE',
      toState: 'AVAILABLE',
      reservationId: null,
    });
    expect(draft.occurredAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(draft.occurredAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    ['SHIPMENT', { fromLocationId: NORTH }, 'SOLD'],
    ['TRANSFER', { fromLocationId: NORTH, toLocationId: SOUTH }, 'TRANSFER'],
    ['ADJUSTMENT', { toLocationId: NORTH }, 'CORRECTION'],
    ['RETURN', { toLocationId: NORTH }, 'RETURNED'],
    ['WRITE_OFF', { fromLocationId: NORTH }, 'DAMAGED'],
  ] as const)('give a %s its default reason', (kind, locations, reason) => {
    expect(draftOf({ kind, productId: PRODUCT, quantity: 1, ...locations }).reason).toBe(reason);
  });

  it('keep a reason given', () => {
    expect(draftOf({ ...receipt, reason: 'OTHER' }).reason).toBe('OTHER');
  });

  it('sell a shipment without a price at the catalogue price, and one with a price at its own', () => {
    const shipment: MovementRow = { kind: 'SHIPMENT', productId: PRODUCT, fromLocationId: NORTH, quantity: 2 };
    expect(draftOf(shipment).unitPrice).toEqual(new Decimal('25.5'));
    expect(draftOf({ ...shipment, unitPrice: new Decimal('0') }).unitPrice).toEqual(new Decimal('0'));
  });

  it('let a return carry a cost and leave it off when not given', () => {
    const returned: MovementRow = { kind: 'RETURN', productId: PRODUCT, toLocationId: NORTH, quantity: 1 };
    expect(draftOf(returned).unitCost).toBeNull();
    expect(draftOf({ ...returned, unitCost: new Decimal('3') }).unitCost).toEqual(new Decimal('3'));
  });

  it('mark a movement back-dated when the client gave its moment, however recent', () => {
    const occurredAt = new Date(Date.now() - 1_000);
    expect(draftOf({ ...receipt, occurredAt })).toMatchObject({ occurredAt, backDated: true });
  });

  it(`take quantities from 1 to ${MAX_MOVEMENT_QUANTITY}`, () => {
    expect(draftOf({ ...receipt, quantity: 1 }).quantity).toBe(1);
    expect(draftOf({ ...receipt, quantity: MAX_MOVEMENT_QUANTITY }).quantity).toBe(MAX_MOVEMENT_QUANTITY);
  });

  it('accept a moment up to a minute ahead of the server clock', () => {
    expect(draftOf({ ...receipt, occurredAt: new Date(Date.now() + 50_000) }).backDated).toBe(true);
  });
});

describe('checkRow refusals', () => {
  it.each([0, -1, 1.5, MAX_MOVEMENT_QUANTITY + 1, Number.NaN])('refuse quantity %s', (quantity) => {
    expect(problemsOf({ ...receipt, quantity })).toEqual([['OUT_OF_RANGE', ['quantity']]]);
  });

  it.each([
    ['a receipt from a location', { ...receipt, fromLocationId: SOUTH }, [['NOT_APPLICABLE', ['fromLocationId']]]],
    ['a receipt to nowhere', { ...receipt, toLocationId: null }, [['BLANK', ['toLocationId']]]],
    [
      'a shipment into a location',
      { kind: 'SHIPMENT', productId: PRODUCT, toLocationId: NORTH, quantity: 1 },
      [
        ['BLANK', ['fromLocationId']],
        ['NOT_APPLICABLE', ['toLocationId']],
      ],
    ],
    [
      'a transfer without its destination',
      { kind: 'TRANSFER', productId: PRODUCT, fromLocationId: NORTH, quantity: 1 },
      [['BLANK', ['toLocationId']]],
    ],
    [
      'a transfer to where it starts',
      { kind: 'TRANSFER', productId: PRODUCT, fromLocationId: NORTH, toLocationId: NORTH, quantity: 1 },
      [['INVALID_FORMAT', ['toLocationId']]],
    ],
    [
      'an adjustment both ways',
      { kind: 'ADJUSTMENT', productId: PRODUCT, fromLocationId: NORTH, toLocationId: SOUTH, quantity: 1 },
      [['INVALID_FORMAT', ['toLocationId']]],
    ],
    [
      'an adjustment with no location',
      { kind: 'ADJUSTMENT', productId: PRODUCT, quantity: 1 },
      [['INVALID_FORMAT', ['toLocationId']]],
    ],
    ['a receipt without a cost', { ...receipt, unitCost: null }, [['BLANK', ['unitCost']]]],
    [
      'a cost on a write-off',
      { kind: 'WRITE_OFF', productId: PRODUCT, fromLocationId: NORTH, quantity: 1, unitCost: new Decimal(1) },
      [['NOT_APPLICABLE', ['unitCost']]],
    ],
    ['a price on a receipt', { ...receipt, unitPrice: new Decimal(1) }, [['NOT_APPLICABLE', ['unitPrice']]]],
    ['a negative cost', { ...receipt, unitCost: new Decimal('-1') }, [['OUT_OF_RANGE', ['unitCost']]]],
    ['a cost to five places', { ...receipt, unitCost: new Decimal('1.00001') }, [['OUT_OF_RANGE', ['unitCost']]]],
    ['a reference of 101 characters', { ...receipt, reference: 'R'.repeat(101) }, [['TOO_LONG', ['reference']]]],
    [
      'a counterparty of 201 characters',
      { ...receipt, counterparty: 'C'.repeat(201) },
      [['TOO_LONG', ['counterparty']]],
    ],
    ['a note of 1001 characters', { ...receipt, note: 'N'.repeat(1001) }, [['TOO_LONG', ['note']]]],
    [
      'a moment two minutes ahead',
      { ...receipt, occurredAt: new Date(Date.now() + 120_000) },
      [['OUT_OF_RANGE', ['occurredAt']]],
    ],
  ] as Array<[string, MovementRow, unknown[]]>)('refuse %s', (_label, row, problems) => {
    expect(problemsOf(row)).toEqual(problems);
  });

  it('refuse what the catalogue does not have or has archived, naming the SKU and code', () => {
    expect(problemsOf({ ...receipt, productId: NOWHERE })).toEqual([['NOT_FOUND', ['productId']]]);
    expect(problemsOf({ ...receipt, toLocationId: NOWHERE })).toEqual([['NOT_FOUND', ['toLocationId']]]);
    const archived = checkRow(
      { kind: 'TRANSFER', productId: ARCHIVED_PRODUCT, fromLocationId: CLOSED, toLocationId: NORTH, quantity: 1 },
      [],
      catalog,
    );
    expect(archived).toEqual({
      errors: [
        { code: 'ARCHIVED', field: ['productId'], message: 'Product OLD-1 is archived.' },
        { code: 'ARCHIVED', field: ['fromLocationId'], message: 'Location WH-X is archived.' },
      ],
    });
  });

  it('report every problem of a row at once, under the row path of a batch', () => {
    const row: MovementRow = {
      kind: 'SHIPMENT',
      productId: NOWHERE,
      toLocationId: NORTH,
      quantity: 0,
      unitCost: new Decimal('-2'),
      note: 'N'.repeat(1001),
    };
    expect(problemsOf(row, ['movements', '3'])).toEqual([
      ['OUT_OF_RANGE', ['movements', '3', 'quantity']],
      ['BLANK', ['movements', '3', 'fromLocationId']],
      ['NOT_APPLICABLE', ['movements', '3', 'toLocationId']],
      ['OUT_OF_RANGE', ['movements', '3', 'unitCost']],
      ['TOO_LONG', ['movements', '3', 'note']],
      ['NOT_APPLICABLE', ['movements', '3', 'unitCost']],
      ['NOT_FOUND', ['movements', '3', 'productId']],
    ]);
  });

  it('say in the message what a kind needs', () => {
    const checked = checkRow({ ...receipt, unitCost: undefined, quantity: 0 }, [], catalog);
    expect(checked).toEqual({
      errors: [
        {
          code: 'OUT_OF_RANGE',
          field: ['quantity'],
          message: `quantity must be a whole number from 1 to ${MAX_MOVEMENT_QUANTITY}.`,
        },
        { code: 'BLANK', field: ['unitCost'], message: 'A RECEIPT needs unitCost, so stock can be valued.' },
      ],
    });
  });
});
