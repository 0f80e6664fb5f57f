// Input rules shared by every module: trimmed text with limits, exact non-negative decimals.
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
