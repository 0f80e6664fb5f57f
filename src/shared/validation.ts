// Input rules shared by every module and entry point (GraphQL, exports, cursors): trimmed text with
// limits, exact non-negative decimals, the characters text may hold, the moments a date may name.
import { Decimal } from './decimal';
import { userError, type UserError } from './errors';

export interface TextRule {
  max: number;
  /** A required value may not be empty after trimming. */
  required?: boolean;
  /** When set, the value must match; `formatHint` explains the rule in the message. */
  pattern?: RegExp;
  formatHint?: string;
}

/**
 * Checks a text field and returns its trimmed value; pushes a UserError and returns undefined
 * when it breaks the rule. `undefined` input (field omitted) passes through untouched.
 */
export function checkText(
  errors: UserError[],
  field: string,
  value: string | null | undefined,
  rule: TextRule,
): string | undefined {
  if (value === undefined || value === null) {
    if (rule.required && value === null) errors.push(userError('BLANK', [field], `${field} must not be empty.`));
    return undefined;
  }
  const trimmed = value.trim();
  if (rule.required && trimmed.length === 0) {
    errors.push(userError('BLANK', [field], `${field} must not be empty.`));
    return undefined;
  }
  if (trimmed.length > rule.max) {
    errors.push(
      userError('TOO_LONG', [field], `${field} must be at most ${rule.max} characters (got ${trimmed.length}).`),
    );
    return undefined;
  }
  if (rule.pattern && trimmed.length > 0 && !rule.pattern.test(trimmed)) {
    errors.push(userError('INVALID_FORMAT', [field], `${field} ${rule.formatHint ?? 'has an invalid format'}.`));
    return undefined;
  }
  return trimmed;
}

export interface MoneyRule {
  /** Digits allowed after the decimal point (the column's scale). */
  scale: number;
  /** Exclusive upper bound (the column's precision allows no more). */
  below: Decimal;
}

export const PRICE_RULE: MoneyRule = { scale: 4, below: new Decimal('1e15') };

/** Checks an amount of money: zero or more, within the column's precision and scale. */
export function checkMoney(
  errors: UserError[],
  field: string,
  value: Decimal | null | undefined,
  rule: MoneyRule = PRICE_RULE,
): Decimal | undefined {
  if (value === undefined || value === null) return undefined;
  if (value.isNegative()) {
    errors.push(userError('OUT_OF_RANGE', [field], `${field} must be zero or more (got ${value.toString()}).`));
  } else if (value.decimalPlaces() > rule.scale) {
    errors.push(userError('OUT_OF_RANGE', [field], `${field} may have at most ${rule.scale} decimal places.`));
  } else if (value.greaterThanOrEqualTo(rule.below)) {
    errors.push(userError('OUT_OF_RANGE', [field], `${field} must be less than ${rule.below.toFixed()}.`));
  } else {
    return value;
  }
  return undefined;
}

/** Upper bound for integer quantities stored in PostgreSQL `integer` columns. */
export const MAX_INT = 2_147_483_647;

export function checkCount(errors: UserError[], field: string, value: number | null | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_INT) {
    errors.push(userError('OUT_OF_RANGE', [field], `${field} must be a whole number from 0 to ${MAX_INT}.`));
    return undefined;
  }
  return value;
}

/** A UTF-16 surrogate with no partner: not a Unicode character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What in a text PostgreSQL cannot store as given, or undefined when it can: U+0000 (text answers
 * "invalid byte sequence"), and a lone surrogate (jsonb, e.g. an audit record, refuses it, and text
 * would silently keep U+FFFD instead). The GraphQL request check, the export parameters and the
 * cursors all ask this.
 */
export function unstorableCharacter(text: string): string | undefined {
  if (text.includes('\u0000')) return 'a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'a lone UTF-16 surrogate (half of a character)';
  return undefined;
}

export function unstorableTextMessage(name: string, what: string): string {
  return `\`${name}\` contains ${what}, which no Stockroom text may hold.`;
}

/**
 * The moments a date-time may name. PostgreSQL's range is wider, but a year 0000 (which it
 * refuses) or 9999-12-31T23:59-23:59 (which is year 10000 in UTC) is a typo or a probe, and the
 * dates a business records fall well inside these. The DateTime scalar, the export parameters and
 * the cursors share this one definition.
 */
export const EARLIEST_MOMENT = new Date('1900-01-01T00:00:00.000Z');
export const LATEST_MOMENT = new Date('9999-12-31T23:59:59.999Z');
export const MOMENT_RANGE = 'between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z';

export function isWithinMomentRange(moment: Date): boolean {
  const time = moment.getTime();
  return time >= EARLIEST_MOMENT.getTime() && time <= LATEST_MOMENT.getTime();
}
