// When the database goes away, clients get a masked, typed error and /readyz says so; nothing
// internal (SQL, driver messages, stack traces) reaches the response.
import { ProductPageDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Given the database connection pool has been shut down under the running server
  await server.database.pool.end();
});
afterAll(() => server.close().catch(() => undefined));

describe('a database fault', () => {
  it('is reported as INTERNAL_SERVER_ERROR with a request id and no internals', async () => {
    const response = await server.send(ProductPageDocument, { first: 1 });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    const [error] = response.body.errors ?? [];
    expect(error?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: response.headers.get('x-request-id'),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/pool|prisma|SELECT|stack/i);
  });

  it('turns /readyz to 503 while /healthz stays live', async () => {
    expect((await server.fetch('/readyz')).status).toBe(503);
    expect((await server.fetch('/healthz')).status).toBe(200);
  });
});
