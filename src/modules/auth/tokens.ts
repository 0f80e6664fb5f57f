// Session tokens: HS256 JWTs carrying the user id and the issue time; everything else (role,
// active) comes from the user's row, cached only until it changes (caller-cache.ts).
import { jwtVerify, SignJWT, errors } from 'jose';
import { setBounded } from '../../shared/bounded';

export interface TokenClaims {
  userId: string;
  /** To the millisecond (the standard `iat` has whole seconds), so a password change ends every earlier session. */
  issuedAt: Date;
}

export type TokenProblem = 'expired' | 'invalid';

/**
 * How far in the future a token's issue time may lie: the clock skew between the instances that
 * share the signing secret. A token issued later than that was not issued by Stockroom, and one
 * issued "in the future" would outlive a password change, which ends sessions issued before it.
 */
const ISSUED_AT_SKEW_MS = 60_000;

/** Verified tokens kept at once; the oldest goes first. */
const VERIFIED_TOKENS = 10_000;

export class TokenSigner {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature and claims checked out, with their expiry (seconds): a signature stays
   * valid, so a token sent again costs no HMAC, only the expiry check. Who the token names is
   * still looked up on every request (the caller cache drops a changed user at once).
   */
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAt: number }>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Date.now();
    const now = Math.floor(issuedAt / 1000);
    const token = await new SignJWT({ iat_ms: issuedAt })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .setIssuer('stockroom')
      .sign(this.key);
    return { token, expiresAt: new Date((now + this.ttlSeconds) * 1000) };
  }

  async verify(token: string): Promise<TokenClaims | TokenProblem> {
    const known = this.verified.get(token);
    if (known) {
      // jose's rule: expired once the clock reaches `exp`.
      if (Math.floor(Date.now() / 1000) < known.expiresAt) return known.claims;
      this.verified.delete(token);
      return 'expired';
    }
    try {
      // Every token Stockroom issues expires; one without `exp` would be valid forever.
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: 'stockroom',
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.iat_ms !== 'number') return 'invalid';
      const latest = Date.now() + ISSUED_AT_SKEW_MS;
      if (payload.iat! * 1000 > latest || payload.iat_ms > latest) return 'invalid';
      const claims = { userId: payload.sub, issuedAt: new Date(payload.iat_ms) };
      setBounded(this.verified, token, { claims, expiresAt: payload.exp! }, VERIFIED_TOKENS);
      return claims;
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}
