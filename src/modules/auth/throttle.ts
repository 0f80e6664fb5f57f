// Sign-in throttling per account and per client address, kept in PostgreSQL so every instance
// of the service shares it. Failures count within a window; reaching the limit locks the key for
// the window, and each further lockout doubles it (capped at a day).
import type { PrismaClient } from '../../generated/prisma/client';

export interface ThrottleOptions {
  throttleWindowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

const MAX_LOCK_MS = 86_400_000;

export class SignInThrottle {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: ThrottleOptions,
  ) {}

  static keys(email: string, address: string) {
    return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
  }

  /** When the earliest of the keys is unlocked, if any is locked now. */
  async lockedUntil(keys: string[]): Promise<Date | null> {
    const locked = await this.prisma.signInThrottle.findMany({
      where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
      orderBy: { lockedUntil: 'desc' },
      take: 1,
    });
    return locked[0]?.lockedUntil ?? null;
  }

  /** Counts a failure against each key, locking the ones that reach their limit. */
  async recordFailure(keys: { account: string; address: string }): Promise<void> {
    await this.fail(keys.account, this.options.maxFailuresPerAccount);
    await this.fail(keys.address, this.options.maxFailuresPerAddress);
  }

  /** A success clears the account's record (the address keeps its count). */
  async recordSuccess(keys: { account: string }): Promise<void> {
    await this.prisma.signInThrottle.deleteMany({ where: { key: keys.account } });
  }

  private async fail(key: string, limit: number): Promise<void> {
    const window = `${this.options.throttleWindowMs} milliseconds`;
    // One statement, so concurrent failures cannot lose a count.
    await this.prisma.$executeRaw`
      INSERT INTO sign_in_throttle (key, failures, window_start) VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle.window_start < now() - ${window}::interval THEN 1 ELSE sign_in_throttle.failures + 1 END,
        window_start = CASE WHEN sign_in_throttle.window_start < now() - ${window}::interval THEN now() ELSE sign_in_throttle.window_start END`;
    await this.prisma.$executeRaw`
      UPDATE sign_in_throttle SET
        lockouts = lockouts + 1,
        locked_until = now() + LEAST(${this.options.throttleWindowMs}::bigint * power(2, lockouts)::bigint, ${MAX_LOCK_MS}::bigint) * interval '1 millisecond',
        failures = 0,
        window_start = now()
      WHERE key = ${key} AND failures >= ${limit}`;
  }
}
