// Domain errors: expected failures are data (UserError), bad requests are RequestError.

/** Mirrors the SDL's ErrorCode enum; codegen's types make the compiler check the two agree. */
export type ErrorCode =
  | 'INVALID_ID'
  | 'NOT_FOUND'
  | 'BLANK'
  | 'TOO_LONG'
  | 'INVALID_FORMAT'
  | 'OUT_OF_RANGE'
  | 'DUPLICATE_SKU'
  | 'DUPLICATE_LOCATION_CODE'
  | 'ARCHIVED'
  | 'NOT_APPLICABLE'
  | 'INSUFFICIENT_STOCK'
  | 'STALE_QUANTITY'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_PROGRESS'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'DUPLICATE_EMAIL'
  | 'LAST_ADMIN'
  | 'TOO_SHORT'
  | 'ALREADY_REVERSED'
  | 'CANNOT_REVERSE_REVERSAL'
  | 'HASH_MISMATCH'
  | 'RESERVATION_EXPIRED'
  | 'RESERVATION_CLOSED'
  | 'ALREADY_COMMITTED'
  | 'NOT_IN_RESERVATION'
  | 'EXCEEDS_RESERVATION'
  | 'EXCEEDS_OUTSTANDING'
  | 'INVALID_STATUS'
  | 'URL_NOT_ALLOWED';

/** One problem with a mutation's input; `field` is relative to the mutation's input. */
export interface UserError {
  code: ErrorCode;
  field: string[] | null;
  message: string;
}

export function userError(code: ErrorCode, field: string[] | null, message: string): UserError {
  return { code, field, message };
}

/** What a mutation returns: the object, or the reasons nothing was written. */
export type MutationResult<K extends string, T> = { [key in K]: T | null } & { userErrors: UserError[] };

/**
 * A request the service cannot serve as asked (bad cursor, page too large, malformed ID in a
 * query). The GraphQL layer reports it as an error with `extensions.code` set to `code`.
 */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
