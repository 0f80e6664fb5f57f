// When the database goes away, clients get a typed error (503 when credentials cannot be checked,
// a masked INTERNAL_SERVER_ERROR inside a resolver) and /readyz says so; nothing internal (SQL,
// driver messages, stack traces, submitted secrets) reaches the response.
import { Client } from 'pg';
import { ProductPageDocument, ProductStockTotalsDocument, SignInDocument } from '../generated/graphql';
import { givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Given the database connection pool has been shut down under the running server
  await server.database.pool.end();
});
afterAll(() => server.close().catch(() => undefined));

describe('a database fault', () => {
  it('answers 503 SERVICE_UNAVAILABLE with a request id when credentials cannot be checked', async () => {
    const response = await server.send(ProductPageDocument, { first: 1 });
    expect(response.status).toBe(503);
    const [error] = response.body.errors ?? [];
    expect(error?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: response.headers.get('x-request-id') });
    expect(JSON.stringify(response.body)).not.toMatch(/pool|prisma|SELECT|stack/i);
  });

  it('masks a fault inside a resolver as INTERNAL_SERVER_ERROR with a request id', async () => {
    // signIn needs no credentials, so the request reaches a resolver that needs the database.
    const response = await server
      .as({})
      .send(SignInDocument, { input: { email: 'a@b.c', password: 'whatever-password' } });
    expect(response.status).toBe(200);
    const [error] = response.body.errors ?? [];
    expect(error?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: response.headers.get('x-request-id'),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/pool|prisma|SELECT|stack|whatever-password/i);
  });

  it('turns /readyz to 503 while /healthz stays live', async () => {
    expect((await server.fetch('/readyz')).status).toBe(503);
    expect((await server.fetch('/healthz')).status).toBe(200);
  });
});

describe('a forced internal error (a table dropped under the server)', () => {
  const logged: Array<{ message: string; fields?: Record<string, unknown> }> = [];
  let broken: TestServer;
  beforeAll(async () => {
    broken = await startTestServer({
      logger: { info: () => undefined, error: (message, fields) => logged.push({ message, fields }) },
    });
    await givenProduct(broken);
    const client = new Client({ connectionString: broken.databaseUrl });
    await client.connect();
    await client.query('DROP TABLE stock_level CASCADE');
    await client.end();
  });
  afterAll(() => broken.close());

  it('shows the client a generic message and the request id, and logs the cause under that id', async () => {
    const response = await broken.send(ProductStockTotalsDocument, { first: 1 });
    const requestId = response.headers.get('x-request-id');
    expect(response.status).toBe(200);
    const [error] = response.body.errors ?? [];
    expect(error?.message).toBe('Internal server error. Quote extensions.requestId when reporting it.');
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(JSON.stringify(response.body)).not.toMatch(/stock_level|relation|prisma/i);

    const entry = logged.find((line) => line.fields?.requestId === requestId);
    expect(entry?.message).toBe('resolver fault');
    expect(String((entry?.fields?.err as Error | undefined)?.message)).toMatch(/stock_level/);
  });
});

describe('an exhausted connection pool', () => {
  let busy: TestServer;
  beforeAll(async () => {
    busy = await startTestServer({ pool: { size: 2, timeoutMs: 300 } });
  });
  afterAll(() => busy.close());

  it('fails fast with DATABASE_BUSY instead of hanging', async () => {
    // Given every pooled connection is held by someone else
    const held = [await busy.database.pool.connect(), await busy.database.pool.connect()];
    try {
      const asAdmin = await busy.send(ProductPageDocument, { first: 1 });
      expect(asAdmin.status).toBe(503);
      expect(asAdmin.body.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_BUSY' });

      const anonymous = await busy
        .as({})
        .send(SignInDocument, { input: { email: 'a@b.c', password: 'whatever-password' } });
      expect(anonymous.body.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_BUSY' });
      expect(JSON.stringify(anonymous.body)).not.toMatch(/timeout exceeded|prisma/i);
    } finally {
      for (const client of held) client.release();
    }
    // And once connections are free again, requests succeed
    expect((await busy.send(ProductPageDocument, { first: 1 })).status).toBe(200);
  });

  it('answers an export with the same 503 DATABASE_BUSY as /graphql', async () => {
    const held = [await busy.database.pool.connect(), await busy.database.pool.connect()];
    let response: Response;
    try {
      response = await busy.fetch('/exports/movements.csv', { headers: busy.adminHeaders });
    } finally {
      for (const client of held) client.release();
    }
    expect(response.status).toBe(503);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({
      message: 'The database is busy; no connection came free in time. Try again shortly.',
      extensions: { code: 'DATABASE_BUSY' },
    });
  });
});
