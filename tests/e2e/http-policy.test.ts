// Browser-facing policy: security headers, CORS for configured origins only, and what production
// hides (schema suggestions) or may switch off (introspection).
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  server = await startTestServer({ corsOrigins: ['https://app.example.com'] });
  production = await startTestServer({ env: 'production', introspection: false });
});
afterAll(async () => {
  await server.close();
  await production.close();
});

const post = (target: TestServer, query: string) =>
  target.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.adminHeaders },
    body: JSON.stringify({ query }),
  });

describe('HTTP policy', () => {
  it('sends security headers on every response', async () => {
    for (const path of ['/healthz', '/graphql']) {
      const response = await server.fetch(path);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('answers CORS preflights for configured origins only', async () => {
    const preflight = (origin: string) =>
      server.fetch('/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('suggests field names in development but not in production', async () => {
    const typo = '{ prodcts(first: 1) { totalCount } }';
    const development = (await (await post(server, typo)).json()) as { errors: Array<{ message: string }> };
    expect(development.errors[0]?.message).toMatch(/Did you mean "products"/);
    const hidden = (await (await post(production, typo)).json()) as { errors: Array<{ message: string }> };
    expect(hidden.errors[0]?.message).not.toMatch(/Did you mean/);
    expect(hidden.errors[0]?.message).toMatch(/Cannot query field "prodcts"/);
  });

  it('turns introspection off when configured', async () => {
    const response = (await (await post(production, '{ __schema { queryType { name } } }')).json()) as {
      errors?: Array<{ message: string }>;
    };
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    const open = (await (await post(server, '{ __schema { queryType { name } } }')).json()) as { data?: unknown };
    expect(open.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
