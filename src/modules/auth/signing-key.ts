// The token signing key when AUTH_SECRET is unset (outside production): generated once and kept in
// the database, so every instance on that database signs and verifies with the same key, and a
// restart signs no one out.
import type { PrismaClient } from '../../generated/prisma/client';

const NAME = 'auth.token-signing';

/**
 * The database's signing key, storing `candidate` as that key if it has none yet. Instances that
 * start together each offer their own candidate; the first insert wins and all read back the winner.
 */
export async function sharedSigningKey(prisma: PrismaClient, candidate: string): Promise<string> {
  // createMany with skipDuplicates is INSERT ... ON CONFLICT DO NOTHING: a loser's insert is a no-op.
  await prisma.serviceSecret.createMany({ data: [{ name: NAME, value: candidate }], skipDuplicates: true });
  const { value } = await prisma.serviceSecret.findUniqueOrThrow({ where: { name: NAME } });
  return value;
}
