// The ledger's pure parts without a database: the lines a movement writes, the shortage message,
// and the canonical JSON an idempotent request is fingerprinted by.
import { Decimal } from '../../shared/decimal';
import { canonicalJson, insufficient, linesOf } from './ledger';

const PRODUCT = '11111111-1111-4111-8111-111111111111';
const NORTH = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const SOUTH = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

describe('linesOf', () => {
  it('writes an inbound movement as one positive line', () => {
    expect(
      linesOf({
        productId: PRODUCT,
        fromLocationId: null,
        toLocationId: NORTH,
        quantity: 7,
        fromState: 'AVAILABLE',
        toState: 'AVAILABLE',
      }),
    ).toEqual([{ productId: PRODUCT, locationId: NORTH, delta: 7, state: 'AVAILABLE' }]);
  });

  it('writes an outbound movement as one negative line', () => {
    expect(
      linesOf({
        productId: PRODUCT,
        fromLocationId: NORTH,
        toLocationId: null,
        quantity: 3,
        fromState: 'AVAILABLE',
        toState: 'AVAILABLE',
      }),
    ).toEqual([{ productId: PRODUCT, locationId: NORTH, delta: -3, state: 'AVAILABLE' }]);
  });

  it('writes a transfer as a line out and a line in that sum to nothing', () => {
    const lines = linesOf({
      productId: PRODUCT,
      fromLocationId: NORTH,
      toLocationId: SOUTH,
      quantity: 4,
      fromState: 'AVAILABLE',
      toState: 'AVAILABLE',
    });
    expect(lines).toEqual([
      { productId: PRODUCT, locationId: NORTH, delta: -4, state: 'AVAILABLE' },
      { productId: PRODUCT, locationId: SOUTH, delta: 4, state: 'AVAILABLE' },
    ]);
    expect(lines.reduce((sum, line) => sum + line.delta, 0)).toBe(0);
  });
});

describe('insufficient', () => {
  it('names what was asked and what is available where', () => {
    expect(insufficient(['movements', '2', 'quantity'], 5, 3, 'at the location')).toEqual({
      code: 'INSUFFICIENT_STOCK',
      field: ['movements', '2', 'quantity'],
      message: 'Requested 5 but only 3 available at the location.',
    });
  });

  it('never says a negative quantity is available', () => {
    expect(insufficient(['quantity'], 1, -2, 'at the location').message).toBe(
      'Requested 1 but only 0 available at the location.',
    );
  });
});

describe('canonicalJson', () => {
  it('sorts object keys at every depth, so field order does not change a fingerprint', () => {
    const a = { quantity: 3, productId: 'p', nested: { z: 1, a: [{ y: 2, b: 1 }] } };
    const b = { nested: { a: [{ b: 1, y: 2 }], z: 1 }, productId: 'p', quantity: 3 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"nested":{"a":[{"b":1,"y":2}],"z":1},"productId":"p","quantity":3}');
  });

  it('keeps the order of lists: a batch in another order is another request', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('leaves out undefined fields but keeps null ones', () => {
    expect(canonicalJson({ note: undefined, reference: null, quantity: 1 })).toBe('{"quantity":1,"reference":null}');
    expect(canonicalJson({ quantity: 1 })).toBe(canonicalJson({ quantity: 1, note: undefined }));
    expect(canonicalJson({ quantity: 1 })).not.toBe(canonicalJson({ quantity: 1, note: null }));
  });

  it('writes moments, decimals and bigints as strings that say the same value the same way', () => {
    expect(canonicalJson(new Date('2026-01-02T03:04:05Z'))).toBe('"2026-01-02T03:04:05.000Z"');
    expect(canonicalJson(new Decimal('2.50'))).toBe(canonicalJson(new Decimal('2.5')));
    expect(canonicalJson(new Decimal('2.50'))).toBe('"2.5"');
    expect(canonicalJson(new Decimal('1e-7'))).toBe('"0.0000001"');
    expect(canonicalJson(12345678901234567890n)).toBe('"12345678901234567890"');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes text as JSON does', () => {
    expect(canonicalJson({ 'a"b': 'line\nbreak' })).toBe('{"a\\"b":"line\\nbreak"}');
  });
});
