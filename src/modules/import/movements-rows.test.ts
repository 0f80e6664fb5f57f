// The pure rules of a movements file's rows: idempotency keys, and each row checked with the stock
// mutations' rules into a draft, its errors named by our columns.
import type { Location, Product } from '../../generated/prisma/client';
import { Decimal } from '../../shared/decimal';
import { catalogKey, planMovement, RowKeys, type MovementCatalog } from './movements-rows';

const product = { id: '00000000-0000-4000-8000-000000000001', sku: 'TEE-1', active: true, price: new Decimal('19.90') };
const east = { id: '00000000-0000-4000-8000-00000000000e', code: 'WH-EAST', active: true };
const west = { id: '00000000-0000-4000-8000-00000000000f', code: 'WH-WEST', active: true };
const catalog: MovementCatalog = {
  products: new Map([[catalogKey(product.sku), product as unknown as Product]]),
  locations: new Map([east, west].map((location) => [catalogKey(location.code), location as unknown as Location])),
};

const plan = (fields: Record<string, string>) => planMovement({ row: 7, fields }, 'key', catalog);

describe('RowKeys', () => {
  it('gives equal rows the same content and numbers their occurrences, so two equal sales stay two', () => {
    const keys = new RowKeys();
    const sale = { kind: 'SHIPMENT', sku: 'TEE-1', location: 'WH-EAST', quantity: '1' };
    const first = keys.keyOf(sale);
    const other = keys.keyOf({ ...sale, quantity: '2' });
    const second = keys.keyOf({ ...sale });
    expect(first).toMatch(/^row:[\w-]{43}:1$/);
    expect(second).toBe(first.replace(/:1$/, ':2'));
    expect(other).not.toBe(first);
    // The same file read again gives the same keys.
    const again = new RowKeys();
    expect([again.keyOf(sale), again.keyOf({ ...sale, quantity: '2' }), again.keyOf(sale)]).toEqual([
      first,
      other,
      second,
    ]);
  });

  it('ignores columns that are not ours and empty cells, and takes a row its own key', () => {
    const keys = new RowKeys();
    const row = { kind: 'RECEIPT', sku: 'TEE-1', quantity: '3' };
    expect(new RowKeys().keyOf({ ...row, Comment: 'x', note: ' ' })).toBe(keys.keyOf(row));
    expect(keys.keyOf({ ...row, idempotencyKey: ' po-1/line-2 ' })).toBe('key:po-1/line-2');
  });
});

describe('planMovement', () => {
  it('turns a signed adjustment into a movement out of or into the location', () => {
    const out = plan({ kind: 'adjustment', sku: 'tee-1', location: 'wh-east', quantity: '-2' });
    expect(out).toMatchObject({
      row: 7,
      sale: false,
      draft: { kind: 'ADJUSTMENT', fromLocationId: east.id, toLocationId: null, quantity: 2, reason: 'CORRECTION' },
    });
    const into = plan({ kind: 'ADJUSTMENT', sku: 'TEE-1', location: 'WH-EAST', quantity: '+5' });
    expect(into).toMatchObject({ draft: { fromLocationId: null, toLocationId: east.id, quantity: 5 } });
  });

  it("keeps a shipment's date and counterparty, and prices it at the product's price when none is given", () => {
    const shipped = plan({
      kind: 'shipment',
      sku: 'TEE-1',
      location: 'WH-EAST',
      quantity: '3',
      occurredAt: '2025-03-05',
      counterparty: ' Jane Doe ',
    });
    expect(shipped).toMatchObject({
      sale: true,
      draft: {
        fromLocationId: east.id,
        occurredAt: new Date('2025-03-05T00:00:00Z'),
        backDated: true,
        counterparty: 'Jane Doe',
        unitPrice: new Decimal('19.90'),
      },
    });
  });

  it("names the file's columns in the mutation's errors", () => {
    expect(
      plan({ kind: 'TRANSFER', sku: 'TEE-1', fromLocation: 'WH-EAST', toLocation: 'wh-east', quantity: '1' }),
    ).toEqual({
      errors: [
        {
          row: 7,
          column: 'toLocation',
          code: 'INVALID_FORMAT',
          message: 'A transfer must go to a different location.',
        },
      ],
    });
    expect(plan({ kind: 'RECEIPT', sku: 'TEE-1', quantity: '1', unitCost: '1' })).toEqual({
      errors: [{ row: 7, column: 'location', code: 'BLANK', message: 'A RECEIPT needs toLocationId.' }],
    });
    expect(plan({ kind: 'SHIPMENT', sku: 'TEE-1', location: 'WH-EAST', quantity: '1', unitCost: '2' })).toEqual({
      errors: [
        {
          row: 7,
          column: 'unitCost',
          code: 'NOT_APPLICABLE',
          message: 'unitCost applies to receipts and returns only.',
        },
      ],
    });
    expect(plan({ kind: 'ADJUSTMENT', sku: 'TEE-1', location: 'WH-EAST', quantity: '0' })).toEqual({
      errors: [
        {
          row: 7,
          column: 'quantity',
          code: 'OUT_OF_RANGE',
          message: 'An ADJUSTMENT quantity must be non-zero: units added (+) or removed (-).',
        },
      ],
    });
  });

  it('reports every problem of the cells at once', () => {
    const result = plan({ kind: 'SELL', sku: 'NOPE', location: 'MARS', quantity: 'ten', occurredAt: 'yesterday' });
    expect('errors' in result && result.errors.map((error) => [error.column, error.code])).toEqual([
      ['kind', 'INVALID_FORMAT'],
      ['quantity', 'INVALID_NUMBER'],
      ['occurredAt', 'INVALID_DATE'],
      ['sku', 'UNKNOWN_SKU'],
      ['location', 'UNKNOWN_LOCATION'],
    ]);
  });
});
