// Cursors and page sizes, without a database: what a cursor holds, and what it must hold to be read back.
import { Decimal } from './decimal';
import { RequestError } from './errors';
import { Prisma } from '../generated/prisma/client';
import { checkSize, decodeCursor, encodeCursor, keysetSql, MAX_PAGE_SIZE, type CursorLayout } from './pagination';

interface ProductRow {
  id: string;
  sku: string;
}
interface MovementRow {
  id: bigint;
  occurredAt: Date;
}
interface ValuedRow {
  productId: string;
  value: Decimal;
}

const bySku: CursorLayout<ProductRow> = { sortField: 'sku', cursor: { sortValue: 'text', id: 'uuid' } };
const byTime: CursorLayout<MovementRow> = { sortField: 'occurredAt', cursor: { sortValue: 'moment', id: 'bigint' } };
const byId: CursorLayout<MovementRow> = { sortField: 'id', cursor: { sortValue: 'bigint', id: 'bigint' } };
const byValue: CursorLayout<ValuedRow> = {
  sortField: 'value',
  idField: 'productId',
  cursor: { sortValue: 'decimal', id: 'uuid' },
};

const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
/** A cursor holding exactly these parts, as a client could forge one. */
const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');

/** The RequestError a decode throws, or a failure when it decodes. */
function refusal(decode: () => unknown): RequestError {
  try {
    decode();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('the cursor was accepted');
}

describe('encodeCursor and decodeCursor', () => {
  it('write the sort value and the id as two strings, base64url JSON', () => {
    const cursor = encodeCursor(bySku, { id: UUID, sku: 'HAM-001' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(['HAM-001', UUID]);
  });

  it('read back what they wrote, as the values Prisma compares with', () => {
    const product = { id: UUID, sku: 'Ünïcode, "quoted" and 😀' };
    expect(decodeCursor(bySku, encodeCursor(bySku, product), 'after')).toEqual({ value: product.sku, id: UUID });

    const movement = { id: 9_007_199_254_740_993n, occurredAt: new Date('2026-03-01T08:00:00.123Z') };
    expect(decodeCursor(byTime, encodeCursor(byTime, movement), 'after')).toEqual({
      value: movement.occurredAt,
      id: movement.id,
    });

    const decoded = decodeCursor(byValue, encodeCursor(byValue, { productId: UUID, value: new Decimal('-12.5') }), 'a');
    expect(decoded.id).toBe(UUID);
    expect(decoded.value).toBeInstanceOf(Decimal);
    expect((decoded.value as Decimal).toFixed()).toBe('-12.5');
  });

  it('use the id for both parts when the list is sorted by its id', () => {
    const cursor = encodeCursor(byId, { id: 42n, occurredAt: new Date() });
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(['42', '42']);
    expect(decodeCursor(byId, cursor, 'before')).toEqual({ value: 42n, id: 42n });
  });

  it('write a decimal in plain notation, however small', () => {
    const cursor = encodeCursor(byValue, { productId: UUID, value: new Decimal('1e-7') });
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(['0.0000001', UUID]);
  });

  it('name the argument in the refusal', () => {
    const error = refusal(() => decodeCursor(bySku, 'nonsense', 'before'));
    expect(error.code).toBe('INVALID_CURSOR');
    expect(error.message).toBe('`before` is not a cursor this list issued.');
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['an empty string', ''],
    ['a JSON object', cursorOf({ value: 'A', id: UUID })],
    ['one part', cursorOf(['A'])],
    ['three parts', cursorOf(['A', UUID, 'x'])],
    ['a number for the sort value', cursorOf([1, UUID])],
    ['null for the id', cursorOf(['A', null])],
    ['an id that is no uuid', cursorOf(['A', '42'])],
    ['text holding a NUL character', cursorOf(['A\u0000', UUID])],
    ['text holding a lone surrogate', cursorOf(['A\uD800', UUID])],
  ])('refuse %s for a list by SKU', (_label, cursor) => {
    expect(refusal(() => decodeCursor(bySku, cursor, 'after')).code).toBe('INVALID_CURSOR');
  });

  it.each([
    ['a date without milliseconds', ['2026-03-01T08:00:00Z', '1']],
    ['a date only', ['2026-03-01', '1']],
    ['an offset instead of Z', ['2026-03-01T08:00:00.000+01:00', '1']],
    ['an impossible day', ['2026-02-30T08:00:00.000Z', '1']],
    ['a moment before 1900', ['1899-12-31T23:59:59.999Z', '1']],
    ['year 0000', ['0000-01-01T00:00:00.000Z', '1']],
    ['a negative id', ['2026-03-01T08:00:00.000Z', '-1']],
    ['an id with a leading zero', ['2026-03-01T08:00:00.000Z', '01']],
    ['an id past bigint', ['2026-03-01T08:00:00.000Z', '9223372036854775808']],
    ['a decimal id', ['2026-03-01T08:00:00.000Z', '1.5']],
    ['a uuid for the id (a cursor of another list)', ['2026-03-01T08:00:00.000Z', UUID]],
  ])('refuse %s for a list by time', (_label, parts) => {
    expect(refusal(() => decodeCursor(byTime, cursorOf(parts), 'after')).code).toBe('INVALID_CURSOR');
  });

  it('accept the largest bigint and the ends of the moment range', () => {
    expect(decodeCursor(byTime, cursorOf(['1900-01-01T00:00:00.000Z', '9223372036854775807']), 'after')).toEqual({
      value: new Date('1900-01-01T00:00:00.000Z'),
      id: 9_223_372_036_854_775_807n,
    });
    expect(decodeCursor(byTime, cursorOf(['9999-12-31T23:59:59.999Z', '0']), 'after').id).toBe(0n);
  });

  it.each([
    ['an exponent', '1e5'],
    ['more than 10 decimal places', '0.12345678901'],
    ['more than 20 whole digits', '123456789012345678901'],
    ['a plus sign', '+1'],
    ['a bare point', '.5'],
  ])('refuse a decimal with %s', (_label, value) => {
    expect(refusal(() => decodeCursor(byValue, cursorOf([value, UUID]), 'after')).code).toBe('INVALID_CURSOR');
  });

  it('refuse a cursor of a list by SKU where a list by value expects a decimal', () => {
    const foreign = encodeCursor(bySku, { id: UUID, sku: 'HAM-001' });
    expect(refusal(() => decodeCursor(byValue, foreign, 'after')).code).toBe('INVALID_CURSOR');
  });
});

describe('checkSize', () => {
  it('leaves a size not given as not given', () => {
    expect(checkSize('first', undefined)).toBeUndefined();
    expect(checkSize('first', null)).toBeUndefined();
  });

  it(`accepts whole numbers from 0 to ${MAX_PAGE_SIZE}`, () => {
    expect(checkSize('first', 0)).toBe(0);
    expect(checkSize('last', MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
  });

  it('answers PAGE_SIZE_EXCEEDED past the cap, naming the argument and the size', () => {
    const error = refusal(() => checkSize('first', MAX_PAGE_SIZE + 1));
    expect(error.code).toBe('PAGE_SIZE_EXCEEDED');
    expect(error.message).toBe('`first` is 101, but a page holds at most 100 items.');
  });

  it.each([-1, 2.5, Number.NaN])('answers BAD_USER_INPUT for %s', (size) => {
    const error = refusal(() => checkSize('last', size));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('`last` must be a whole number from 0 to 100.');
  });
});

describe("checkSize for a report's top rows (min 1)", () => {
  it('accepts 1 to the cap', () => {
    expect(checkSize('first', 1, { min: 1 })).toBe(1);
    expect(checkSize('first', MAX_PAGE_SIZE, { min: 1 })).toBe(MAX_PAGE_SIZE);
    expect(checkSize('first', null, { min: 1 })).toBeUndefined();
  });

  it('answers BAD_USER_INPUT for 0, as for any size below the least', () => {
    const error = refusal(() => checkSize('first', 0, { min: 1 }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('`first` must be a whole number from 1 to 100.');
  });

  it('answers PAGE_SIZE_EXCEEDED past the cap, naming the range', () => {
    const error = refusal(() => checkSize('first', MAX_PAGE_SIZE + 1, { min: 1 }));
    expect(error.code).toBe('PAGE_SIZE_EXCEEDED');
    expect(error.message).toBe('`first` must be from 1 to 100.');
  });
});

describe('keysetSql', () => {
  const columns = { sort: Prisma.sql`m.occurred_at`, id: Prisma.sql`m.id` };
  const key = { value: new Date('2026-01-02T03:04:05.678Z'), id: 42n };

  it('bounds a list by (sort, id) as one row comparison, values cast to what the cursor holds', () => {
    const bound = keysetSql(byTime, columns, { key, direction: 'desc', inclusive: false });
    expect(bound.sql).toBe('(m.occurred_at, m.id) < (?::timestamptz, ?::bigint)');
    expect(bound.values).toEqual([key.value, key.id]);
  });

  it('takes the row at the key too when inclusive, and > / >= walking ascending', () => {
    expect(keysetSql(byTime, columns, { key, direction: 'desc', inclusive: true }).sql).toContain(') <= (');
    expect(keysetSql(byTime, columns, { key, direction: 'asc', inclusive: false }).sql).toContain(') > (');
    expect(keysetSql(byTime, columns, { key, direction: 'asc', inclusive: true }).sql).toContain(') >= (');
  });

  it('compares the id alone when the list is sorted by its id', () => {
    const byId: CursorLayout<ProductRow> = { sortField: 'id', cursor: { sortValue: 'uuid', id: 'uuid' } };
    const bound = keysetSql(
      byId,
      { sort: Prisma.sql`p.id`, id: Prisma.sql`p.id` },
      {
        key: { value: 'x', id: 'x' },
        direction: 'asc',
        inclusive: false,
      },
    );
    expect(bound.sql).toBe('p.id > ?::uuid');
  });
});
