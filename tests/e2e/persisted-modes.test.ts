// Per-key enforcement (an API key flagged requirePersistedQueries runs trusted documents only,
// even in `allow` mode) and PERSISTED_QUERIES=off.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import {
  CreatePersistedOnlyApiKeyDocument,
  RegisterPersistedDocumentsDocument,
  UpdateApiKeyDocument,
} from '../generated/graphql';
import { givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TRUSTED = 'query TrustedCount { products(first: 1) { totalCount } }';
const UNTRUSTED = 'query Untrusted { products(first: 1) { totalCount } }';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: { code: string } }>;
}

async function post(server: TestServer, body: unknown, headers: Record<string, string>) {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
const codeOf = (answer: { body: Answer }) => answer.body.errors?.[0]?.extensions.code;

describe('an API key that requires persisted queries, in allow mode', () => {
  let server: TestServer;
  let flagged: Record<string, string>;
  let flaggedId: string;
  let plain: Record<string, string>;

  const logged: Array<{ message: string; fields: Record<string, unknown> }> = [];

  beforeAll(async () => {
    server = await startTestServer({
      persistedQueries: { mode: 'allow' },
      logger: { info: (message, fields = {}) => logged.push({ message, fields }), error: () => undefined },
    });
    await givenProduct(server);
    const { registerPersistedDocuments } = await server.query(RegisterPersistedDocumentsDocument, {
      manifest: { [sha256(TRUSTED)]: TRUSTED },
    });
    expect(registerPersistedDocuments.registered).toBe(1);
    const created = await server.query(CreatePersistedOnlyApiKeyDocument, {
      name: 'Shop (persisted only)',
      role: 'VIEWER',
      requirePersistedQueries: true,
    });
    expect(created.createApiKey.apiKey?.requirePersistedQueries).toBe(true);
    flagged = { 'x-api-key': created.createApiKey.secret! };
    flaggedId = created.createApiKey.apiKey!.id;
    const other = await server.query(CreatePersistedOnlyApiKeyDocument, { name: 'Plain', role: 'VIEWER' });
    expect(other.createApiKey.apiKey?.requirePersistedQueries).toBe(false);
    plain = { 'x-api-key': other.createApiKey.secret! };
  });
  afterAll(() => server.close());

  it('cannot send free-form documents, which other callers still may', async () => {
    const refused = await post(server, { query: UNTRUSTED }, flagged);
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe('PERSISTED_QUERY_REQUIRED');
    expect(refused.body.errors![0]!.message).toMatch(/This API key may run only trusted documents/);

    const allowed = await post(server, { query: UNTRUSTED }, plain);
    expect(allowed).toEqual({ status: 200, body: { data: { products: { totalCount: 1 } } } });
  });

  it('leaves a log line for each refusal, with the request id, the key and the code', async () => {
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...flagged },
      body: JSON.stringify({ query: UNTRUSTED }),
    });
    expect(response.status).toBe(400);
    const requestId = response.headers.get('x-request-id');
    expect(logged.filter((line) => line.fields.requestId === requestId)).toEqual([
      {
        message: 'graphql request refused',
        fields: {
          requestId,
          caller: expect.stringMatching(/^apiKey:[0-9a-f-]{36}$/),
          errorCodes: ['PERSISTED_QUERY_REQUIRED'],
        },
      },
    ]);
  });

  it('runs trusted documents by documentId and by APQ hash', async () => {
    const byId = await post(server, { documentId: `sha256:${sha256(TRUSTED)}` }, flagged);
    expect(byId).toEqual({ status: 200, body: { data: { products: { totalCount: 1 } } } });
    const byHash = await post(server, { extensions: apq(TRUSTED) }, flagged);
    expect(byHash.body).toEqual({ data: { products: { totalCount: 1 } } });
    // Sending the trusted text along with its hash is fine too: it is the same document.
    const withText = await post(server, { query: TRUSTED, extensions: apq(TRUSTED) }, flagged);
    expect(withText.body).toEqual({ data: { products: { totalCount: 1 } } });
  });

  it('can neither register through APQ nor use what others registered there', async () => {
    // When the flagged key tries to register a document through APQ
    const registration = await post(server, { query: UNTRUSTED, extensions: apq(UNTRUSTED) }, flagged);
    // Then it is refused and nothing is stored
    expect(codeOf(registration)).toBe('PERSISTED_QUERY_REQUIRED');
    expect(await server.database.prisma.apqEntry.count({ where: { hash: sha256(UNTRUSTED) } })).toBe(0);

    // Given another caller registered it through APQ
    const registered = await post(server, { query: UNTRUSTED, extensions: apq(UNTRUSTED) }, plain);
    expect(registered.status).toBe(200);
    expect(await server.database.prisma.apqEntry.count({ where: { hash: sha256(UNTRUSTED) } })).toBe(1);

    // Then the other caller gets it by hash, the flagged key does not: APQ is not the safelist
    expect((await post(server, { extensions: apq(UNTRUSTED) }, plain)).body.data).toEqual({
      products: { totalCount: 1 },
    });
    const refused = await post(server, { extensions: apq(UNTRUSTED) }, flagged);
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(refused.body.errors![0]!.message).toMatch(/is not one of them/);
  });

  it('is flagged and unflagged with updateApiKey, from its next request on', async () => {
    // When the admin lifts the flag
    const lifted = await server.query(UpdateApiKeyDocument, {
      input: { id: flaggedId, requirePersistedQueries: false },
    });
    expect(lifted.updateApiKey).toEqual({
      apiKey: { id: flaggedId, name: 'Shop (persisted only)', requirePersistedQueries: false },
      userErrors: [],
    });
    // Then the key's free-form documents run
    expect((await post(server, { query: UNTRUSTED }, flagged)).status).toBe(200);

    // When the admin sets it again (and renames the key)
    await server.query(UpdateApiKeyDocument, {
      input: { id: flaggedId, name: 'Shop', requirePersistedQueries: true },
    });
    // Then they are refused again
    expect(codeOf(await post(server, { query: UNTRUSTED }, flagged))).toBe('PERSISTED_QUERY_REQUIRED');
    const audit = await server.database.prisma.auditEvent.findMany({
      where: { action: 'api_key.updated' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((event) => event.details)).toEqual([
      { requirePersistedQueries: false },
      { name: 'Shop', requirePersistedQueries: true },
    ]);
  });

  it('refuses bad updateApiKey input as user errors', async () => {
    const unknown = await server.query(UpdateApiKeyDocument, {
      input: { id: Buffer.from('ApiKey:00000000-0000-4000-8000-000000000000').toString('base64url') },
    });
    expect(unknown.updateApiKey.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'], message: 'No API key has this ID.' },
    ]);
    const blank = await server.query(UpdateApiKeyDocument, { input: { id: flaggedId, name: '  ' } });
    expect(blank.updateApiKey.userErrors.map((error) => error.code)).toEqual(['BLANK']);
    const wrongType = await server.query(UpdateApiKeyDocument, {
      input: { id: Buffer.from('Product:00000000-0000-4000-8000-000000000000').toString('base64url') },
    });
    expect(wrongType.updateApiKey.userErrors.map((error) => error.code)).toEqual(['INVALID_ID']);
  });
});

describe('PERSISTED_QUERIES=off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ persistedQueries: { mode: 'off' } });
  });
  afterAll(() => server.close());

  it("answers APQ with PERSISTED_QUERY_NOT_SUPPORTED, and Apollo Client's link falls back to the text", async () => {
    // Given Apollo Client with the persisted-queries link
    const sent: Array<{ text: boolean; codes: string[] }> = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const answer = (await response.clone().json()) as Answer;
      sent.push({
        text: String(init?.body).includes('"query"'),
        codes: (answer.errors ?? []).map((error) => error.extensions.code),
      });
      return response;
    };
    const client = new ApolloClient({
      link: new PersistedQueryLink({ sha256 }).concat(
        new HttpLink({ uri: `${server.url}/graphql`, headers: server.adminHeaders, fetch: recordingFetch }),
      ),
      cache: new InMemoryCache(),
    });

    // When it runs two queries
    for (const first of [1, 2]) {
      const result = await client.query({ query: gql(UNTRUSTED), variables: { first }, fetchPolicy: 'network-only' });
      expect(result.data).toEqual({ products: { __typename: 'ProductConnection', totalCount: 0 } });
    }

    // Then the first hash was refused, and from then on the link sent plain documents
    expect(sent).toEqual([
      { text: false, codes: ['PERSISTED_QUERY_NOT_SUPPORTED'] },
      { text: true, codes: [] },
      { text: true, codes: [] },
    ]);
    expect(await server.database.prisma.apqEntry.count()).toBe(0);
  });

  it('refuses documentId with a 400', async () => {
    const response = await post(server, { documentId: `sha256:${sha256(TRUSTED)}` }, server.adminHeaders);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(response.body.errors![0]!.message).toMatch(/PERSISTED_QUERIES=off/);
  });
});
