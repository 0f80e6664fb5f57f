// What a failure tells the client, decided once for /graphql, the exports and the credentials
// check: its code, its message and its HTTP status. A refusal (RequestError) keeps its code and
// message; a pool that stayed busy is DATABASE_BUSY, which gives nothing away; anything else is a
// fault, masked, for the caller to log in full under the request id.
import { RequestError } from './errors';

export interface FailureAnswer {
  status: number;
  code: string;
  message: string;
  /** Unexpected: the client sees only the masked answer, so the caller logs the error itself. */
  fault: boolean;
}

/** A refusal with its own HTTP status (an export that does not exist, too many at once, credentials that cannot be checked). */
export class HttpRefusal extends RequestError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
  ) {
    super(code, message);
  }
}

/** The status of every other refusal: 400, but for a caller who is not known or may not. */
const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * No connection came free within DB_POOL_TIMEOUT_MS: pg's connect timeout, waiting for a pooled
 * connection or opening a new one on a loaded server, or Prisma giving up on starting a transaction. The request failed fast; saying so is not a leak.
 */
export function isPoolExhausted(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const message = cause instanceof Error ? cause.message : '';
    if (
      /timeout exceeded when trying to connect|Connection terminated due to connection timeout|Unable to start a transaction in the given time/i.test(
        message,
      )
    )
      return true;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return false;
}

/** The client went away mid-request (a download or an upload cut short): nothing to answer. */
export function isClientGone(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE';
}

export const DATABASE_BUSY: FailureAnswer = {
  status: 503,
  code: 'DATABASE_BUSY',
  message: 'The database is busy; no connection came free in time. Try again shortly.',
  fault: false,
};

export const INTERNAL_SERVER_ERROR: FailureAnswer = {
  status: 500,
  code: 'INTERNAL_SERVER_ERROR',
  message: 'Internal server error. Quote extensions.requestId when reporting it.',
  fault: true,
};

/** The answer to a failure: the refusal's own, DATABASE_BUSY, or a masked fault. */
export function answerTo(error: unknown): FailureAnswer {
  if (error instanceof RequestError) {
    const status = error instanceof HttpRefusal ? error.status : (STATUS_BY_CODE[error.code] ?? 400);
    return { status, code: error.code, message: error.message, fault: false };
  }
  return isPoolExhausted(error) ? DATABASE_BUSY : INTERNAL_SERVER_ERROR;
}
