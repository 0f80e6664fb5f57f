// Hostile requests are refused with a specific code, below HTTP 500, before any resolver runs
// (the only SQL allowed is the one statement that checks the caller's session).
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function refuse(body: unknown, raw?: string) {
  const before = server.database.statementCount();
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.adminHeaders },
    body: raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  const statements = server.database.statementCount() - before;
  const parsed = JSON.parse(text) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    code: parsed.errors?.[0]?.extensions?.code,
    message: parsed.errors?.[0]?.message,
    data: parsed.data,
    statements,
  };
}

/** A valid query `levels` deep: products > edges > node > (movements > edges > node > product)… */
function nest(levels: number): string {
  const path = ['products(first: 1)', 'edges', 'node'];
  const cycle = ['movements(first: 1)', 'edges', 'node', 'product'];
  while (path.length < levels) path.push(cycle[(path.length - 3) % cycle.length]!);
  return `{ ${path.reduceRight((inner, field) => `${field} { ${inner} }`, '__typename')} }`;
}

describe('query limits', () => {
  it('refuses a depth-20 query', async () => {
    const result = await refuse({ query: nest(20) });
    expect(result).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP' });
    expect(result.statements).toBeLessThanOrEqual(1);
    expect(result.message).toBe('The query is 20 levels deep; at most 12 are allowed.');
    // …while a query at the limit still runs.
    const atLimit = await refuse({ query: nest(12) });
    expect(atLimit).toMatchObject({ status: 200, code: undefined });
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `a${index}: __typename`).join(' ');
    const result = await refuse({ query: `{ ${aliases} }` });
    expect(result).toMatchObject({ status: 400, code: 'TOO_MANY_ALIASES' });
    expect(result.statements).toBeLessThanOrEqual(1);
  });

  it('refuses a cost bomb of nested connections with first: 100', async () => {
    const query = `{ products(first: 100) { edges { node { movements(first: 100) { edges { node {
      product { movements(first: 100) { edges { node { id } } } } } } } } } } }`;
    const result = await refuse({ query });
    expect(result).toMatchObject({ status: 400, code: 'QUERY_TOO_COSTLY' });
    expect(result.message).toMatch(/would cost \d+/);
    expect(result.statements).toBeLessThanOrEqual(1);
  });

  it('refuses 10,000 tokens', async () => {
    const fields = Array.from({ length: 5000 }, () => '__typename').join(' ');
    const result = await refuse({ query: `{ ${fields} }` });
    expect(result).toMatchObject({ status: 400, code: 'TOO_MANY_TOKENS' });
    expect(result.statements).toBeLessThanOrEqual(1);
  });

  it('refuses a directive flood', async () => {
    const fragments = Array.from({ length: 60 }, () => '... @include(if: true) { __typename }').join(' ');
    const result = await refuse({ query: `{ ${fragments} }` });
    expect(result).toMatchObject({ status: 400, code: 'TOO_MANY_DIRECTIVES' });
    expect(result.statements).toBeLessThanOrEqual(1);
  });

  it('refuses a 5 MB body', async () => {
    const result = await refuse(
      undefined,
      JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } }),
    );
    expect(result).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(result.statements).toBe(0);
  });

  it('accepts batches only when configured', async () => {
    const batching = await startTestServer({ allowBatchedRequests: true });
    try {
      const response = await batching.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...batching.adminHeaders },
        body: JSON.stringify([{ query: '{ categories { name } }' }, { query: '{ __typename }' }]),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as unknown[]).length).toBe(2);
    } finally {
      await batching.close();
    }
  });

  it('refuses a batch of 100 operations', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ categories { name } }' }));
    const result = await refuse(batch);
    expect(result.status).toBe(400);
    expect(result.code).toBe('BAD_REQUEST');
    expect(result.statements).toBeLessThanOrEqual(1);
  });
});
