// The HTTP layer itself: probes, GET queries, request ids, and malformed requests that must
// get a typed error, never a 500 or a stack trace.
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  server.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

async function expectTypedError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const text = await response.text();
  expect(text).not.toMatch(/\bat \S+ \(|stacktrace|node_modules/);
  const body = JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> };
  expect(body.errors[0]?.extensions.code).toBe(code);
}

describe('HTTP', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await server.fetch('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await server.fetch('/readyz');
    expect(ready.status).toBe(200);
  });

  it('serves queries over GET', async () => {
    const query = encodeURIComponent('{ products(first: 1) { totalCount } }');
    const response = await server.fetch(`/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true', ...server.adminHeaders },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { products: { totalCount: 0 } } });
  });

  it('refuses mutations over GET', async () => {
    const query = encodeURIComponent('mutation { archiveProduct(input: { id: "x" }) { userErrors { code } } }');
    const response = await server.fetch(`/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await post('{"query":"{ __typename }"}', { 'x-request-id': 'req-123' });
    expect(given.headers.get('x-request-id')).toBe('req-123');
    const made = await post('{"query":"{ __typename }"}');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON with a typed 400', async () => {
    await expectTypedError(await post('{"query": '), 400, 'BAD_REQUEST');
  });

  it('answers an oversized body with a typed 413', async () => {
    const huge = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    await expectTypedError(await post(huge), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a syntax error and an unknown field with typed 400s', async () => {
    await expectTypedError(await post('{"query":"{ products(first: 1 { totalCount } }"}'), 400, 'GRAPHQL_PARSE_FAILED');
    await expectTypedError(await post('{"query":"{ nope }"}'), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a body without a query with a typed 400', async () => {
    await expectTypedError(await post('{}'), 400, 'BAD_REQUEST');
  });
});
