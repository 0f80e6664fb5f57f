// Callers cached between requests (AUTH_CACHE_SECONDS), and every change to a user or key taking
// effect on every instance as soon as its notification arrives: two Stockroom servers on one
// database, B keeping callers for an hour, so only the change's NOTIFY can make B refuse. The NOTIFY
// reaches B asynchronously (PostgreSQL sends it at commit; B reads it from its own connection), so
// the tests ask B again for up to 2 s rather than assume it arrived before the next request.
import { Client } from 'pg';
import {
  ChangePasswordDocument,
  CreateApiKeyDocument,
  DeactivateUserDocument,
  RevokeApiKeyDocument,
  UpdateApiKeyDocument,
  UpdateUserDocument,
} from '../generated/graphql';
import { givenSignedInUser } from '../support/factories';
import { connectDatabase } from '../../src/db/client';
import { createServer } from '../../src/server';
import { createServices } from '../../src/services';
import { createLogger } from '../../src/shared/log';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server';

const AN_HOUR = 3600;

let a: TestServer;
let b: SecondInstance;

beforeAll(async () => {
  a = await startTestServer({ auth: { cacheSeconds: AN_HOUR } });
  b = await startSecondInstance(a, AN_HOUR);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

interface SecondInstance {
  /** Sends `query` to B with these headers; the answer and the SQL statements B ran for it. */
  post<T>(
    headers: Record<string, string>,
    query: string,
  ): Promise<{ body: GraphQLResponse<T>['body']; statements: number }>;
  close(): Promise<void>;
}

/** Another Stockroom server on A's database and signing key, as a second process would run it. */
async function startSecondInstance(on: TestServer, cacheSeconds: number): Promise<SecondInstance> {
  const database = connectDatabase({ url: on.databaseUrl, poolSize: 4, connectionTimeoutMs: 5_000 });
  const services = createServices(database, {
    transactionWaitMs: 5_000,
    auth: {
      secret: on.authSecret,
      tokenTtlSeconds: 3600,
      throttleWindowMs: 60_000,
      maxFailuresPerAccount: 20,
      maxFailuresPerAddress: 1000,
      cacheSeconds,
    },
    live: { listenUrl: on.databaseUrl, pollMs: 1000 },
  });
  const server = await createServer({
    config: { bodyLimitBytes: 1024 * 1024, shutdownTimeoutMs: 1_000, trustProxy: false, env: 'test' },
    database,
    services,
    logger: createLogger({ silent: true }),
  });
  const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
  return {
    async post(headers, query) {
      const before = database.statementCount();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as never;
      return { body, statements: database.statementCount() - before };
    },
    async close() {
      await server.stop();
      await services.persisted.close();
      await database.close();
    },
  };
}

const ME = '{ me { __typename ... on User { role } ... on ApiKey { name } } }';
/** Needs no SQL of its own, so its statements are the caller's authentication alone. */
const NOTHING = '{ __typename }';

type Me = { me: { __typename: string; role?: string; name?: string } };

async function givenKey(name: string) {
  const { createApiKey } = await a.query(CreateApiKeyDocument, { input: { name, role: 'VIEWER' } });
  return { id: createApiKey.apiKey!.id, headers: { 'x-api-key': createApiKey.secret! } };
}

/** Sends NOTHING to B as `headers` until what it cost satisfies `done` (for at most 10 s). */
async function untilOnB(headers: Record<string, string>, done: (statements: number) => boolean) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { body, statements } = await b.post(headers, NOTHING);
    expect(body.errors).toBeUndefined();
    if (done(statements)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('instance B never reached the expected state');
}

/** B's answer to `query` as `headers` once it is an error with `code` (the change reached B), within 2 s. */
async function refusedOnB(headers: Record<string, string>, query: string, code = 'UNAUTHENTICATED') {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await b.post(headers, query);
    if (answer.body.errors?.[0]?.extensions?.code === code) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('instance B still accepts the caller');
}

/** Nothing is cached until LISTEN holds; this waits until B answers `headers` without SQL. */
async function cachedOnB(headers: Record<string, string>) {
  await untilOnB(headers, (statements) => statements === 0);
}

describe('a caller cached on instance B, changed through instance A', () => {
  it('refuses a key revoked through A on its very next request to B', async () => {
    // Given a key B knows without asking the database
    const key = await givenKey('Revoked elsewhere');
    await cachedOnB(key.headers);
    expect((await b.post<Me>(key.headers, ME)).body.data?.me).toMatchObject({ name: 'Revoked elsewhere' });

    // When A revokes it
    const { revokeApiKey } = await a.query(RevokeApiKeyDocument, { id: key.id });
    expect(revokeApiKey.userErrors).toEqual([]);

    // Then B refuses it, having read the key again (an hour-long cache could not have expired)
    const next = await refusedOnB(key.headers, ME);
    expect(next.body.errors?.[0]).toMatchObject({
      message: 'The API key has been revoked.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(next.statements).toBe(1);
  });

  it("applies a key's new flags, set through A, on its next request to B", async () => {
    const key = await givenKey('Made persisted-only');
    await cachedOnB(key.headers);
    await a.query(UpdateApiKeyDocument, {
      input: { id: key.id, name: 'Made persisted-only', requirePersistedQueries: true },
    });
    await refusedOnB(key.headers, ME, 'PERSISTED_QUERY_REQUIRED');
  });

  it('refuses a user deactivated through A, and applies a role change, on the next request to B', async () => {
    const demoted = await givenSignedInUser(a, 'MANAGER');
    const deactivated = await givenSignedInUser(a, 'MANAGER');
    const demotedHeaders = { authorization: await tokenOf(demoted) };
    const deactivatedHeaders = { authorization: await tokenOf(deactivated) };
    await cachedOnB(demotedHeaders);
    await cachedOnB(deactivatedHeaders);

    await a.query(UpdateUserDocument, { input: { id: demoted.id, name: 'Demoted', role: 'VIEWER' } });
    const archive = 'mutation { archiveProduct(input: { id: "UHJvZHVjdDox" }) { userErrors { code } } }';
    await refusedOnB(demotedHeaders, archive, 'FORBIDDEN');

    await a.query(DeactivateUserDocument, { id: deactivated.id });
    const refused = await refusedOnB(deactivatedHeaders, ME);
    expect(refused.body.errors?.[0]?.message).toBe('This account is deactivated.');
  });

  it('refuses a session ended by a password change through A on its next request to B', async () => {
    const user = await givenSignedInUser(a, 'CLERK');
    const oldSession = { authorization: await tokenOf(user) };
    await cachedOnB(oldSession);

    // The change waits a millisecond, so the new token is issued after the old one to the millisecond
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { changePassword } = await user.caller.query(ChangePasswordDocument, {
      input: { currentPassword: user.password, newPassword: 'a-new-password-for-b' },
    });
    expect(changePassword.userErrors).toEqual([]);

    const refused = await refusedOnB(oldSession, ME);
    expect(refused.body.errors?.[0]?.message).toMatch(/session has ended/);
    const newSession = { authorization: `Bearer ${changePassword.token}` };
    expect((await b.post<Me>(newSession, ME)).body.data?.me).toMatchObject({ role: 'CLERK' });
  });
});

describe('the cache without its notifications', () => {
  it('reads every caller while LISTEN is down, and caches again once it holds', async () => {
    const key = await givenKey('Listener lost');
    await cachedOnB(key.headers);

    // When every auth listener's connection on the database is ended
    const admin = new Client({ connectionString: a.databaseUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'stockroom-auth' AND datname = current_database()`,
      );
      expect(rowCount).toBe(2);
    } finally {
      await admin.end();
    }

    // Then B reads the key again: its cache was emptied as the connection ended
    await untilOnB(key.headers, (statements) => statements === 1);
    // And once LISTEN holds again B caches it, and a revocation through A still reaches B
    await cachedOnB(key.headers);
    await a.query(RevokeApiKeyDocument, { id: key.id });
    const next = await refusedOnB(key.headers, ME);
    expect(next.body.errors?.[0]?.message).toBe('The API key has been revoked.');
  });
});

/** The bearer header of a user from givenSignedInUser (its caller holds the token). */
async function tokenOf(user: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${a.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email: user.email, password: user.password } },
    }),
  });
  const { data } = (await response.json()) as { data: { signIn: { token: string } } };
  return `Bearer ${data.signIn.token}`;
}
