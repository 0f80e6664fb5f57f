// The shared input rules, without a server: text limits, money, counts, storable characters, moments.
import { Decimal } from './decimal';
import type { UserError } from './errors';
import {
  checkCount,
  checkMoney,
  checkText,
  EARLIEST_MOMENT,
  isWithinMomentRange,
  LATEST_MOMENT,
  MAX_INT,
  unstorableCharacter,
} from './validation';

/** Runs a check and returns what it answered and the errors it pushed. */
function run<T>(check: (errors: UserError[]) => T): { value: T; errors: UserError[] } {
  const errors: UserError[] = [];
  const value = check(errors);
  return { value, errors };
}

describe('checkText', () => {
  it('returns the trimmed text when it keeps the rule', () => {
    expect(run((errors) => checkText(errors, 'name', '  Claw hammer ', { max: 12 }))).toEqual({
      value: 'Claw hammer',
      errors: [],
    });
  });

  it('passes an omitted field through untouched, required or not', () => {
    expect(run((errors) => checkText(errors, 'name', undefined, { max: 5, required: true }))).toEqual({
      value: undefined,
      errors: [],
    });
  });

  it('lets an optional field be null, but not a required one', () => {
    expect(run((errors) => checkText(errors, 'note', null, { max: 5 }))).toEqual({ value: undefined, errors: [] });
    expect(run((errors) => checkText(errors, 'name', null, { max: 5, required: true })).errors).toEqual([
      { code: 'BLANK', field: ['name'], message: 'name must not be empty.' },
    ]);
  });

  it('refuses a required field that is only white space', () => {
    expect(run((errors) => checkText(errors, 'sku', ' \t\n', { max: 5, required: true }))).toEqual({
      value: undefined,
      errors: [{ code: 'BLANK', field: ['sku'], message: 'sku must not be empty.' }],
    });
  });

  it('counts the length after trimming, and names the length it got', () => {
    expect(run((errors) => checkText(errors, 'code', '  abcde  ', { max: 5 })).errors).toEqual([]);
    expect(run((errors) => checkText(errors, 'code', 'abcdef', { max: 5 }))).toEqual({
      value: undefined,
      errors: [{ code: 'TOO_LONG', field: ['code'], message: 'code must be at most 5 characters (got 6).' }],
    });
  });

  it('checks a pattern against non-empty text only, with the hint in the message', () => {
    const rule = { max: 10, pattern: /^[A-Z]+$/, formatHint: 'must be capital letters' };
    expect(run((errors) => checkText(errors, 'code', 'ABC', rule)).value).toBe('ABC');
    expect(run((errors) => checkText(errors, 'code', '   ', rule))).toEqual({ value: '', errors: [] });
    expect(run((errors) => checkText(errors, 'code', 'abc', rule)).errors).toEqual([
      { code: 'INVALID_FORMAT', field: ['code'], message: 'code must be capital letters.' },
    ]);
    expect(run((errors) => checkText(errors, 'code', 'abc', { max: 10, pattern: /^[A-Z]+$/ })).errors).toEqual([
      { code: 'INVALID_FORMAT', field: ['code'], message: 'code has an invalid format.' },
    ]);
  });

  it('adds to the errors already gathered', () => {
    const errors: UserError[] = [{ code: 'BLANK', field: ['sku'], message: 'sku must not be empty.' }];
    checkText(errors, 'name', 'far too long', { max: 3 });
    expect(errors.map((error) => error.code)).toEqual(['BLANK', 'TOO_LONG']);
  });
});

describe('checkMoney', () => {
  it('accepts zero and amounts with up to four decimal places below 10^15', () => {
    for (const amount of ['0', '12.5', '0.0001', '999999999999999.9999']) {
      const { value, errors } = run((gathered) => checkMoney(gathered, 'price', new Decimal(amount)));
      expect(errors).toEqual([]);
      expect(value?.toFixed()).toBe(amount);
    }
  });

  it('passes an omitted or null amount through', () => {
    expect(run((errors) => checkMoney(errors, 'price', undefined))).toEqual({ value: undefined, errors: [] });
    expect(run((errors) => checkMoney(errors, 'price', null))).toEqual({ value: undefined, errors: [] });
  });

  it.each([
    ['-0.01', 'price must be zero or more (got -0.01).'],
    ['1.00001', 'price may have at most 4 decimal places.'],
    ['1000000000000000', 'price must be less than 1000000000000000.'],
  ])('refuses %s: %s', (amount, message) => {
    expect(run((errors) => checkMoney(errors, 'price', new Decimal(amount)))).toEqual({
      value: undefined,
      errors: [{ code: 'OUT_OF_RANGE', field: ['price'], message }],
    });
  });

  it('holds an amount to the rule given', () => {
    const rule = { scale: 2, below: new Decimal(100) };
    expect(run((errors) => checkMoney(errors, 'cost', new Decimal('99.99'), rule)).errors).toEqual([]);
    expect(run((errors) => checkMoney(errors, 'cost', new Decimal('1.234'), rule)).errors[0]?.message).toBe(
      'cost may have at most 2 decimal places.',
    );
    expect(run((errors) => checkMoney(errors, 'cost', new Decimal('100'), rule)).errors[0]?.message).toBe(
      'cost must be less than 100.',
    );
  });
});

describe('checkCount', () => {
  it('accepts whole numbers from 0 to the integer column maximum', () => {
    expect(run((errors) => checkCount(errors, 'reorderPoint', 0))).toEqual({ value: 0, errors: [] });
    expect(run((errors) => checkCount(errors, 'reorderPoint', MAX_INT))).toEqual({ value: MAX_INT, errors: [] });
    expect(run((errors) => checkCount(errors, 'reorderPoint', null))).toEqual({ value: undefined, errors: [] });
  });

  it.each([-1, 1.5, MAX_INT + 1, Number.NaN])('refuses %s', (count) => {
    expect(run((errors) => checkCount(errors, 'reorderPoint', count))).toEqual({
      value: undefined,
      errors: [
        {
          code: 'OUT_OF_RANGE',
          field: ['reorderPoint'],
          message: 'reorderPoint must be a whole number from 0 to 2147483647.',
        },
      ],
    });
  });
});

describe('unstorableCharacter', () => {
  it.each(['plain text', 'accents and CJK: é 漢字', 'a whole surrogate pair: 😀', ''])(
    'finds nothing in %j',
    (text) => {
      expect(unstorableCharacter(text)).toBeUndefined();
    },
  );

  it('names a NUL character anywhere in the text', () => {
    expect(unstorableCharacter('\u0000')).toBe('a NUL character (U+0000)');
    expect(unstorableCharacter('before\u0000after')).toBe('a NUL character (U+0000)');
  });

  it.each([
    ['a lone high surrogate at the end', 'abc\uD83D'],
    ['a lone high surrogate before a letter', '\uD83Dx'],
    ['a lone low surrogate', 'x\uDE00'],
    ['a reversed pair', '\uDE00\uD83D'],
    ['two high surrogates', '\uD83D\uD83D'],
  ])('names %s', (_label, text) => {
    expect(unstorableCharacter(text)).toBe('a lone UTF-16 surrogate (half of a character)');
  });
});

describe('the moment range', () => {
  it('includes both ends and refuses a millisecond beyond either', () => {
    expect(isWithinMomentRange(EARLIEST_MOMENT)).toBe(true);
    expect(isWithinMomentRange(LATEST_MOMENT)).toBe(true);
    expect(isWithinMomentRange(new Date(EARLIEST_MOMENT.getTime() - 1))).toBe(false);
    expect(isWithinMomentRange(new Date(LATEST_MOMENT.getTime() + 1))).toBe(false);
  });

  it('is 1900-01-01 to the last millisecond of 9999 in UTC', () => {
    expect(EARLIEST_MOMENT.toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(LATEST_MOMENT.toISOString()).toBe('9999-12-31T23:59:59.999Z');
    expect(isWithinMomentRange(new Date('0000-01-01T00:00:00Z'))).toBe(false);
    expect(isWithinMomentRange(new Date('2026-06-01T12:00:00Z'))).toBe(true);
  });

  it('refuses an invalid date', () => {
    expect(isWithinMomentRange(new Date('not a date'))).toBe(false);
  });
});
