// Without AUTH_SECRET (outside production) the token signing key is kept in the database: every
// instance on one database accepts the others' tokens, and a restart signs no one out.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../../src/db/client';
import { sharedSigningKey } from '../../src/modules/auth/signing-key';
import { TokenSigner } from '../../src/modules/auth/tokens';
import { mainEnv, post, signIn, startMain, stopAllMains, type RunningMain } from '../support/main-process';
import { createTestDatabase } from '../support/server';

const ADMIN = { email: 'keys@example.com', password: 'shared-key-password' };

// Tests here start Stockroom processes (tsx, then initdb or migrations), one to two minutes on a busy machine.
jest.setTimeout(240_000);

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-auth-secret-'));
// The embedded cluster runs as a dedicated user when the tests run as root, so it must be able to write here.
fs.chmodSync(workDir, 0o777);
const pgDir = path.join(workDir, 'pg');

afterAll(async () => {
  await stopAllMains([pgDir]);
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** The signed-in user's email, or the error code the token got. */
async function whoAmI(running: RunningMain, token: string): Promise<string> {
  const { body } = await post<{ me: { email?: string } }>(running, '{ me { ... on User { email } } }', { token });
  return body.data?.me.email ?? String(body.errors?.[0]?.extensions?.code);
}

async function stop(...instances: RunningMain[]): Promise<void> {
  for (const instance of instances) instance.child.kill('SIGTERM');
  for (const instance of instances) expect(await instance.exited).toBe(0);
}

/** The user id a session token was issued to (its `sub`), read without verifying it. */
function subjectOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string };
  return payload.sub;
}

describe('instances on one database with no AUTH_SECRET', () => {
  it("accept each other's tokens, and still do after both restart", async () => {
    // Given two instances on one database, neither given an AUTH_SECRET
    const env = mainEnv({
      DATABASE_URL: await createTestDatabase(),
      DEMO_DATA: 'off',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    // (One after the other: the first creates the first ADMIN.)
    const first = await startMain(env);
    const second = await startMain(env);

    // When a user signs in at each
    const fromFirst = await signIn(first, ADMIN);
    const fromSecond = await signIn(second, ADMIN);

    // Then each instance accepts the other's token
    expect(await whoAmI(second, fromFirst)).toBe(ADMIN.email);
    expect(await whoAmI(first, fromSecond)).toBe(ADMIN.email);
    // And a token signed with any other key is refused, so the acceptance above means something
    const forged = await new TokenSigner(randomBytes(48).toString('base64url'), 3600).issue(subjectOf(fromFirst));
    expect(await whoAmI(second, forged.token)).toBe('UNAUTHENTICATED');

    // When both restart, together
    await stop(first, second);
    const [firstAgain, secondAgain] = await Promise.all([startMain(env), startMain(env)]);
    try {
      // Then no one was signed out
      for (const instance of [firstAgain, secondAgain]) {
        expect(await whoAmI(instance, fromFirst)).toBe(ADMIN.email);
        expect(await whoAmI(instance, fromSecond)).toBe(ADMIN.email);
        expect(await whoAmI(instance, forged.token)).toBe('UNAUTHENTICATED');
      }
    } finally {
      await stop(firstAgain, secondAgain);
    }
  });
});

describe('the shared signing key', () => {
  it('is one key when first starts race: the first insert wins and every start reads it back', async () => {
    // Given a database with no key yet
    const database = connectDatabase({ url: await createTestDatabase(), poolSize: 10, connectionTimeoutMs: 5_000 });
    try {
      // When ten starts offer their own candidates at once
      const candidates = Array.from({ length: 10 }, () => randomBytes(48).toString('base64url'));
      const keys = await Promise.all(candidates.map((candidate) => sharedSigningKey(database.prisma, candidate)));

      // Then all of them got the same key, one of the candidates, and a later start gets it too
      expect(new Set(keys).size).toBe(1);
      expect(candidates).toContain(keys[0]);
      expect(await sharedSigningKey(database.prisma, randomBytes(48).toString('base64url'))).toBe(keys[0]);
    } finally {
      await database.close();
    }
  });

  it('takes over the key an earlier release kept beside the embedded database, so its sessions survive', async () => {
    // Given an embedded data directory's parent holding the key file an earlier release wrote
    const legacyKey = randomBytes(48).toString('base64url');
    const legacyFile = path.join(workDir, 'auth-secret');
    fs.writeFileSync(legacyFile, `${legacyKey}\n`, { mode: 0o600 });

    // When this release starts on it
    const running = await startMain(
      mainEnv({ EMBEDDED_PG_DIR: pgDir, DEMO_DATA: 'off', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
    );
    try {
      // Then a session signed with the file's key (as the earlier release signed it) is accepted
      const userId = subjectOf(await signIn(running, ADMIN));
      const earlierSession = await new TokenSigner(legacyKey, 3600).issue(userId);
      expect(await whoAmI(running, earlierSession.token)).toBe(ADMIN.email);
      const otherKey = await new TokenSigner(randomBytes(48).toString('base64url'), 3600).issue(userId);
      expect(await whoAmI(running, otherKey.token)).toBe('UNAUTHENTICATED');
      // And the key now lives in the database alone
      expect(fs.existsSync(legacyFile)).toBe(false);
      expect(running.output()).toContain('the token signing key is now kept in the database');
    } finally {
      await stop(running);
    }
  });
});
