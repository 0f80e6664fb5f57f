// /metrics speaks the Prometheus text format, behind its token, and counts what happened.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { CategoriesDocument, ProductPageDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../support/server';

const TOKEN = 'metrics-token-for-tests';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ metricsToken: TOKEN });
});
afterAll(() => server.close());

interface Family {
  name: string;
  type: string;
  metrics: Array<{ labels?: Record<string, string>; value?: string; buckets?: Record<string, string> }>;
}

describe('/metrics', () => {
  it('refuses a scrape without the token', async () => {
    expect((await server.fetch('/metrics')).status).toBe(401);
    expect(
      (await server.fetch('/metrics', { headers: { authorization: 'Bearer wrong-token-of-same-size' } })).status,
    ).toBe(401);
  });

  it('parses as Prometheus text and counts requests by operation and outcome, errors, and the pool', async () => {
    await server.query(CategoriesDocument, {});
    await server.send(ProductPageDocument, { first: 1000 });

    const response = await server.fetch('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const families = parsePrometheusTextFormat(await response.text()) as Family[];
    const family = (name: string) => families.find((candidate) => candidate.name === name);

    const requests = family('stockroom_graphql_requests_total');
    expect(requests?.type).toBe('COUNTER');
    expect(requests?.metrics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ labels: { operation: 'Categories', outcome: 'ok' }, value: '1' }),
        expect.objectContaining({ labels: { operation: 'ProductPage', outcome: 'error' }, value: '1' }),
      ]),
    );
    expect(family('stockroom_graphql_request_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(family('stockroom_graphql_errors_total')?.metrics).toEqual(
      expect.arrayContaining([expect.objectContaining({ labels: { code: 'PAGE_SIZE_EXCEEDED' } })]),
    );
    const pool = family('stockroom_db_pool_connections')?.metrics.map((metric) => metric.labels?.state);
    expect(pool?.sort()).toEqual(['idle', 'total', 'waiting']);
    expect(family('stockroom_process_resident_memory_bytes')).toBeDefined();
  });
});

describe('/metrics for refused requests', () => {
  it('counts a request refused before it runs (a free-form document where only persisted ones may run)', async () => {
    const strict = await startTestServer({ metricsToken: TOKEN, persistedQueries: { mode: 'only' } });
    try {
      const refused = await strict.send(CategoriesDocument, {});
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
      const response = await strict.fetch('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
      const families = parsePrometheusTextFormat(await response.text()) as Family[];
      const family = (name: string) => families.find((candidate) => candidate.name === name);
      expect(family('stockroom_graphql_requests_total')?.metrics).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ labels: { operation: '(refused)', outcome: 'error' }, value: '1' }),
        ]),
      );
      expect(family('stockroom_graphql_errors_total')?.metrics).toEqual(
        expect.arrayContaining([expect.objectContaining({ labels: { code: 'PERSISTED_QUERY_REQUIRED' }, value: '1' })]),
      );
    } finally {
      await strict.close();
    }
  });
});
