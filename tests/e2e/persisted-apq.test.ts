// Automatic persisted queries with a real client: Apollo Client's persisted-queries link against
// the running server (miss, registration, hit), then the same document by documentId over GET.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { CreateLocationDocument, ProductByIdDocument, ProductBySkuDocument } from '../generated/graphql';
import { givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface SentRequest {
  method: string;
  hash: string | undefined;
  sentText: boolean;
  status: number;
  codes: string[];
  cacheControl: string | null;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Apollo Client with the persisted-queries link; every HTTP exchange is recorded in `sent`. */
function apolloClient(headers: Record<string, string>, options: { useGETForHashedQueries?: boolean } = {}) {
  const sent: SentRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(String(input));
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    const extensions = (body.extensions ?? JSON.parse(url.searchParams.get('extensions') ?? '{}')) as {
      persistedQuery?: { sha256Hash: string };
    };
    const answer = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    sent.push({
      method: init?.method ?? 'GET',
      hash: extensions.persistedQuery?.sha256Hash,
      sentText: typeof body.query === 'string' || url.searchParams.has('query'),
      status: response.status,
      codes: (answer.errors ?? []).map((error) => String(error.extensions?.code)),
      cacheControl: response.headers.get('cache-control'),
    });
    return response;
  };
  const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: options.useGETForHashedQueries }).concat(
    new HttpLink({ uri: `${server.url}/graphql`, fetch: recordingFetch, headers }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const apqRows = () => server.database.prisma.apqEntry.findMany({ select: { hash: true, body: true } });

describe('APQ with Apollo Client', () => {
  it('misses, registers the document, then hits; the same document then runs by documentId over GET', async () => {
    // Given a product and an Apollo Client with the persisted-queries link
    const product = await givenProduct(server, { name: 'Persisted widget' });
    const { client, sent } = apolloClient(server.adminHeaders);
    expect(await apqRows()).toEqual([]);

    // When it runs a query the server has never seen
    const first = await client.query({
      query: ProductBySkuDocument,
      variables: { sku: product.sku },
      fetchPolicy: 'network-only',
    });

    // Then the hash alone missed, the link sent the text with the hash, and the server stored it
    expect(first.data?.product?.name).toBe('Persisted widget');
    expect(sent).toEqual([
      {
        method: 'POST',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        sentText: false,
        status: 200,
        codes: ['PERSISTED_QUERY_NOT_FOUND'],
        cacheControl: 'no-store',
      },
      { method: 'POST', hash: sent[0]!.hash, sentText: true, status: 200, codes: [], cacheControl: null },
    ]);
    const hash = sent[0]!.hash!;
    const rows = await apqRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).toBe(hash);
    expect(sha256(rows[0]!.body)).toBe(hash);

    // When a second client (another instance's worth of cold state) runs it again
    const second = apolloClient(server.adminHeaders);
    const again = await second.client.query({
      query: ProductBySkuDocument,
      variables: { sku: product.sku },
      fetchPolicy: 'network-only',
    });

    // Then the hash alone was enough
    expect(again.data?.product?.name).toBe('Persisted widget');
    expect(second.sent).toEqual([
      { method: 'POST', hash, sentText: false, status: 200, codes: [], cacheControl: null },
    ]);

    // When the same document is called by documentId over GET, with only the bearer token
    const variables = encodeURIComponent(JSON.stringify({ sku: product.sku }));
    const byId = await server.fetch(`/graphql?documentId=sha256:${hash}&variables=${variables}`, {
      headers: server.adminHeaders,
    });

    // Then it runs, and the answer may be kept by the caller's own cache for a short while
    expect(byId.status).toBe(200);
    expect(((await byId.json()) as { data: { product: { name: string } } }).data.product.name).toBe('Persisted widget');
    expect(byId.headers.get('cache-control')).toBe('private, max-age=10');
    expect(byId.headers.get('vary')).toMatch(/Authorization/);
    expect(byId.headers.get('vary')).toMatch(/X-Api-Key/);
    expect(byId.headers.get('etag')).toBeTruthy();

    // And a browser's revalidation with that ETag gets 304 Not Modified (fetch would add
    // `cache-control: no-cache` to a conditional request unless told otherwise)
    const revalidated = await server.fetch(`/graphql?documentId=sha256:${hash}&variables=${variables}`, {
      headers: { ...server.adminHeaders, 'if-none-match': byId.headers.get('etag')!, 'cache-control': 'max-age=0' },
    });
    expect(revalidated.status).toBe(304);

    // And the bare hex id and Apollo's GET form (extensions in the query string) work too
    const bare = await server.fetch(`/graphql?documentId=${hash}&variables=${variables}`, {
      headers: server.adminHeaders,
    });
    expect(bare.status).toBe(200);
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    const apqGet = await server.fetch(`/graphql?extensions=${extensions}&variables=${variables}`, {
      headers: server.adminHeaders,
    });
    expect(apqGet.status).toBe(200);
    expect(((await apqGet.json()) as { data: { product: { name: string } } }).data.product.name).toBe(
      'Persisted widget',
    );
  });

  it('sends hashed queries with GET when the link is asked to, and those answers carry cache headers', async () => {
    // Given a client whose link uses GET for hashed queries, and a document new to the server
    const product = await givenProduct(server, { name: 'GET widget' });
    // (the bearer token alone gets the GETs past CSRF prevention)
    const { client, sent } = apolloClient(server.adminHeaders, { useGETForHashedQueries: true });

    // When it runs the query twice
    for (let i = 0; i < 2; i += 1) {
      const result = await client.query({
        query: ProductByIdDocument,
        variables: { id: product.id },
        fetchPolicy: 'network-only',
      });
      expect(result.data?.product?.name).toBe('GET widget');
    }

    // Then the miss was a GET, the registration a POST (the link's rule), and the hit a GET
    expect(
      sent.map(({ method, sentText, codes, cacheControl }) => ({ method, sentText, codes, cacheControl })),
    ).toEqual([
      { method: 'GET', sentText: false, codes: ['PERSISTED_QUERY_NOT_FOUND'], cacheControl: 'no-store' },
      { method: 'POST', sentText: true, codes: [], cacheControl: null },
      { method: 'GET', sentText: false, codes: [], cacheControl: 'private, max-age=10' },
    ]);
  });

  it('registers mutations through APQ over POST but never runs one over GET', async () => {
    // Given a mutation registered through APQ by running it once
    const { client, sent } = apolloClient(server.adminHeaders);
    const created = await client.mutate({
      mutation: CreateLocationDocument,
      variables: { input: { code: 'APQ-1', name: 'Registered by APQ' } },
    });
    expect(created.data?.createLocation.location?.code).toBe('APQ-1');
    const hash = sent[0]!.hash!;
    expect((await apqRows()).map((row) => row.hash)).toContain(hash);

    // When it is called by documentId over GET
    const variables = encodeURIComponent(JSON.stringify({ input: { code: 'APQ-2', name: 'Over GET' } }));
    const response = await server.fetch(`/graphql?documentId=sha256:${hash}&variables=${variables}`, {
      headers: server.adminHeaders,
    });

    // Then it is refused as the GraphQL-over-HTTP spec requires, uncached, and nothing was written
    expect(response.status).toBe(405);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await server.database.prisma.location.count({ where: { code: 'APQ-2' } })).toBe(0);
  });

  it('refuses a hash that does not match the text, and stores nothing', async () => {
    // Given the text of one document under the hash of another
    const before = (await apqRows()).length;
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...server.adminHeaders },
      body: JSON.stringify({
        query: '{ products(first: 1) { totalCount } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } },
      }),
    });

    // Then the request is refused before it runs
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(body.errors[0]!.message).toMatch(/provided sha does not match query/);
    expect(await apqRows()).toHaveLength(before);
  });

  it('answers an unknown documentId with one error, and malformed ids and versions with 400', async () => {
    const unknown = await server.fetch(`/graphql?documentId=sha256:${sha256('{ nothing }')}`, {
      headers: server.adminHeaders,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    const body = (await unknown.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const malformed = await server.fetch('/graphql?documentId=sha256:xyz', { headers: server.adminHeaders });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as typeof body).errors[0]!.extensions.code).toBe('BAD_REQUEST');

    const version = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...server.adminHeaders },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 2, sha256Hash: sha256('x') } } }),
    });
    expect(version.status).toBe(400);
    expect(((await version.json()) as typeof body).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('registers nothing for an anonymous caller, though the request itself runs', async () => {
    // Given an APQ registration without credentials (signIn is the only public field)
    const query =
      'mutation SignInAnonymously { signIn(input: { email: "nobody@example.com", password: "wrong-password" }) { token } }';
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
    });

    // Then it ran, but the shared cache did not take it
    expect(response.status).toBe(200);
    expect((await apqRows()).map((row) => row.hash)).not.toContain(sha256(query));
  });
});
