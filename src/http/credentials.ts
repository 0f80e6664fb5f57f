// Who an HTTP request says it is, checked the same way for /graphql and for the exports.
import type { Request } from 'express';
import type { Authentication, AuthService, Credentials } from '../modules/auth';
import { answerTo, HttpRefusal } from '../shared/failures';
import type { Logger } from '../shared/log';

/** Reads `Authorization: Bearer <token or key>` and `x-api-key: <key>`. */
export function credentialsOf(req: Request): Credentials {
  return credentialsFrom(req.get('authorization'), req.get('x-api-key'));
}

/** Credentials from the two header values, wherever they came from (HTTP headers, a WebSocket's connection_init). */
export function credentialsFrom(authorization: string | undefined, apiKey: string | undefined): Credentials {
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return { bearer, apiKey: apiKey?.trim() || undefined };
}

/** Credentials could not be checked (the database is busy or down): a 503, not a 500 or a 401. */
export class CredentialsUnavailable extends HttpRefusal {
  constructor(code: string, message: string) {
    super(503, code, message);
  }
}

/**
 * Resolves the credentials to a caller. Checking them needs the database; when that fails the
 * cause is logged under the request id and a CredentialsUnavailable (DATABASE_BUSY or
 * SERVICE_UNAVAILABLE) is thrown.
 */
export async function authenticateRequest(
  deps: { services: { auth: Pick<AuthService, 'authenticate'> }; logger: Logger },
  credentials: Credentials,
  requestId: string,
): Promise<Authentication> {
  try {
    return await deps.services.auth.authenticate(credentials);
  } catch (error) {
    deps.logger.error('could not check credentials', { requestId, err: error });
    const answer = answerTo(error);
    if (answer.code === 'DATABASE_BUSY') throw new CredentialsUnavailable(answer.code, answer.message);
    throw new CredentialsUnavailable(
      'SERVICE_UNAVAILABLE',
      'The service cannot check credentials right now; try again shortly.',
    );
  }
}
