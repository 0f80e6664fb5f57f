// The APQ cache is bounded and evicts the least recently used documents: in PostgreSQL by
// default, in Redis when one is configured (tested only when TEST_REDIS_URL names one).
import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { startTestServer, type TestServer } from '../support/server';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const documentNumber = (n: number) => `query Doc${n} { products(first: ${n}) { totalCount } }`;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ extensions: { code: string } }>;
}

/** Registers a document through APQ (hash and text), as Apollo Client does after a miss. */
async function registerApq(server: TestServer, query: string) {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.adminHeaders },
    body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as Answer).errors).toBeUndefined();
}

/** Whether the server still knows the document by its hash alone. */
async function hits(server: TestServer, query: string): Promise<boolean> {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.adminHeaders },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
  });
  const answer = (await response.json()) as Answer;
  if (answer.errors?.[0]?.extensions.code === 'PERSISTED_QUERY_NOT_FOUND') return false;
  expect(answer.errors).toBeUndefined();
  return true;
}

describe('the APQ cache in PostgreSQL, bounded to 2 documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ apqCache: { maxEntries: 2 } });
  });
  afterAll(() => server.close());

  const [a, b, c, d] = [1, 2, 3, 4].map(documentNumber) as [string, string, string, string];
  const cached = async () =>
    (await server.database.prisma.apqEntry.findMany({ select: { body: true } })).map((row) => row.body).sort();

  it('keeps at most 2 documents, evicting the oldest', async () => {
    // When three documents are registered in turn
    for (const query of [a, b, c]) await registerApq(server, query);

    // Then only the two latest remain, and the first must be sent again
    expect(await cached()).toEqual([b, c].sort());
    expect(await hits(server, a)).toBe(false);
    expect(await hits(server, c)).toBe(true);
  });

  it('evicts the least recently used, not merely the oldest', async () => {
    // Given b and c cached, b used less recently than c but registered earlier
    await server.database.prisma.$executeRaw`
      UPDATE apq_entry SET last_used_at = now() - interval '5 minutes' WHERE hash = ${sha256(b)}`;
    await server.database.prisma.$executeRaw`
      UPDATE apq_entry SET last_used_at = now() - interval '4 minutes' WHERE hash = ${sha256(c)}`;

    // When b is used again (a use older than a minute is recorded), then d is registered
    expect(await hits(server, b)).toBe(true);
    await registerApq(server, d);

    // Then c, now the least recently used, made room
    expect(await cached()).toEqual([b, d].sort());
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
(redisUrl ? describe : describe.skip)('the APQ cache in Redis (TEST_REDIS_URL), bounded to 2 documents', () => {
  let server: TestServer;
  let redis: Redis;
  // Each run works under its own prefix in the shared Redis, and removes it afterwards.
  const prefix = `stockroom-test:${randomBytes(6).toString('hex')}:`;

  beforeAll(async () => {
    server = await startTestServer({ apqCache: { maxEntries: 2, redisUrl, redisKeyPrefix: prefix } });
    redis = new Redis(redisUrl!);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await server.close();
  });

  const [a, b, c, d] = [11, 12, 13, 14].map(documentNumber) as [string, string, string, string];

  it('registers, hits and evicts the least recently used, with nothing in PostgreSQL', async () => {
    // When a document misses and is registered
    expect(await hits(server, a)).toBe(false);
    await registerApq(server, a);

    // Then Redis holds it and PostgreSQL does not
    expect(await redis.get(`${prefix}doc:${sha256(a)}`)).toBe(a);
    expect(await server.database.prisma.apqEntry.count()).toBe(0);
    expect(await hits(server, a)).toBe(true);

    // When b and c follow, after a was used more recently than b
    await registerApq(server, b);
    expect(await hits(server, a)).toBe(true);
    await registerApq(server, c);

    // Then b (least recently used) was evicted; a and c remain
    expect(await hits(server, b)).toBe(false);
    expect(await hits(server, a)).toBe(true);
    expect(await hits(server, c)).toBe(true);
    expect(await redis.zcard(`${prefix}lru`)).toBe(2);

    // And one more registration keeps the bound
    await registerApq(server, d);
    expect(await redis.zcard(`${prefix}lru`)).toBe(2);
    expect(await redis.keys(`${prefix}doc:*`)).toHaveLength(2);
  });
});

describe('an unreachable Redis', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Nothing listens on port 1 of the loopback: every cache command fails at once.
    server = await startTestServer({ apqCache: { maxEntries: 2, redisUrl: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => server.close());

  it('costs APQ clients a round trip, never a failed request', async () => {
    const query = documentNumber(21);
    expect(await hits(server, query)).toBe(false);
    await registerApq(server, query);
    expect(await hits(server, query)).toBe(false);
  });
});
