// PERSISTED_QUERIES=only: the safelist is the whole API. Documents come from manifests made by
// the integrator's tools, registered with the CLI or with the (itself trusted) mutation.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generatePersistedQueryIdsFromManifest } from '@apollo/persisted-query-lists';
import { ConfigError, loadConfig } from '../../src/config';
import { BUILT_IN_DOCUMENTS, BUILT_IN_OPERATIONS } from '../../src/modules/persisted/builtin';
import { hashOfDocumentId } from '../../src/modules/persisted/manifest';
import { apolloManifest, codegenPersistedDocuments, runRegisterCli, writeJson } from '../support/manifests';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const LIST_QUERY =
  'query ListTrusted($operationName: String) { persistedDocuments(operationName: $operationName) { totalCount nodes { documentId operationType } } }';
const LIST_ID = sha256(LIST_QUERY);

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: { code: string } }>;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ persistedQueries: { mode: 'only' } });
});
afterAll(() => server.close());

const stored = async () => ({
  trusted: await server.database.prisma.persistedDocument.count(),
  automatic: await server.database.prisma.apqEntry.count(),
});

async function post(body: unknown, headers: Record<string, string> = server.adminHeaders) {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
}

const firstCode = (answer: { body: Answer }) => answer.body.errors?.[0]?.extensions.code;

describe('PERSISTED_QUERIES=only', () => {
  it('refuses every document that is not in the safelist, and stores nothing', async () => {
    // Given a server with an empty safelist
    const before = await stored();
    const query = '{ products(first: 1) { totalCount } }';

    // When an admin sends a free-form document
    const freeForm = await post({ query });
    // Then it is refused before it runs, with a code that says what to do
    expect(freeForm.status).toBe(400);
    expect(firstCode(freeForm)).toBe('PERSISTED_QUERY_REQUIRED');
    expect(freeForm.body.errors![0]!.message).toMatch(/documentId/);
    expect(freeForm.body.data).toBeUndefined();

    // When a client tries to register it through APQ (hash and text)
    const apq = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const registration = await post({ query, extensions: apq });
    // Then that is refused too
    expect(registration.status).toBe(400);
    expect(firstCode(registration)).toBe('PERSISTED_QUERY_REQUIRED');
    expect(registration.body.errors![0]!.message).toMatch(/registration through APQ is refused/);

    // When unknown ids are sent, by APQ hash and by documentId over GET
    const byHash = await post({ extensions: apq });
    const byId = await server.fetch(`/graphql?documentId=sha256:${sha256(query)}`, { headers: server.adminHeaders });
    // Then each gets a single PERSISTED_QUERY_NOT_FOUND error
    expect(byHash.status).toBe(400);
    expect(firstCode(byHash)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(byId.status).toBe(400);
    expect(((await byId.json()) as Answer).errors).toEqual([
      expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }),
    ]);

    // When Apollo Client's APQ link tries (hash, then hash and text)
    const client = new ApolloClient({
      link: new PersistedQueryLink({ sha256 }).concat(
        new HttpLink({ uri: `${server.url}/graphql`, headers: server.adminHeaders }),
      ),
      cache: new InMemoryCache(),
    });
    // Then the client gets the refusal
    await expect(client.query({ query: gql(query), fetchPolicy: 'network-only' })).rejects.toThrow(
      /only trusted documents/,
    );

    // And not even the admin's own registration mutation runs unless it is trusted
    const register = await post({
      query: 'mutation { registerPersistedDocuments(input: { manifest: {} }) { registered } }',
    });
    expect(firstCode(register)).toBe('PERSISTED_QUERY_REQUIRED');

    // And nothing was stored anywhere
    expect(await stored()).toEqual(before);
  });

  it("runs documents registered with the CLI from Apollo's manifest, through Apollo Client's persisted query lists", async () => {
    // Given the integrator's operations in Apollo's manifest, registered with the CLI
    const manifest = await apolloManifest();
    expect(manifest.operations.map((operation) => operation.name).sort()).toEqual([
      'RegisterManifest',
      'ShopLocation',
      'ShopProducts',
    ]);
    const file = writeJson(manifest, 'persisted-query-manifest.json');
    const cli = await runRegisterCli(server.databaseUrl, [file]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/apollo manifest\): 3 document\(s\) registered, 0 already registered/);

    // When Apollo Client sends the manifest's ids (never the text)
    const sentText: boolean[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      sentText.push(String(init?.body).includes('"query"'));
      return fetch(input, init);
    };
    const client = new ApolloClient({
      link: new PersistedQueryLink(generatePersistedQueryIdsFromManifest({ loadManifest: () => manifest })).concat(
        new HttpLink({ uri: `${server.url}/graphql`, headers: server.adminHeaders, fetch: recordingFetch }),
      ),
      cache: new InMemoryCache(),
    });
    const shopProducts = manifest.operations.find((operation) => operation.name === 'ShopProducts')!;
    const result = await client.query({ query: gql(shopProducts.body), variables: { first: 5 } });

    // Then the trusted document ran on its id alone
    expect(result.data).toEqual({ products: { __typename: 'ProductConnection', totalCount: 0, nodes: [] } });
    expect(sentText).toEqual([false]);

    // And registering the same manifest again changes nothing
    const again = await runRegisterCli(server.databaseUrl, [file]);
    expect(again.stdout).toMatch(/0 document\(s\) registered, 3 already registered/);
  });

  it('runs documents registered with the mutation, the mutation itself being a trusted document', async () => {
    // Given the admin's registration mutation and a listing query trusted through the CLI
    const manifest = await apolloManifest();
    const cli = await runRegisterCli(server.databaseUrl, [writeJson(manifest), writeJson({ [LIST_ID]: LIST_QUERY })]);
    expect(cli.code).toBe(0);
    const registerManifest = manifest.operations.find((operation) => operation.name === 'RegisterManifest')!;
    const before = await server.database.prisma.persistedDocument.count();

    // When the admin registers a codegen manifest by sending that mutation's documentId
    const codegen = await codegenPersistedDocuments();
    const registered = await post({
      documentId: `sha256:${registerManifest.id}`,
      variables: { manifest: codegen },
    });

    // Then the codegen documents are trusted
    expect(registered.status).toBe(200);
    expect(registered.body.data).toEqual({
      registerPersistedDocuments: {
        __typename: 'RegisterPersistedDocumentsPayload',
        registered: 3,
        alreadyRegistered: 0,
        userErrors: [],
      },
    });
    expect(await server.database.prisma.persistedDocument.count()).toBe(before + 3);

    // And a client runs them by the ids codegen generated: a query over GET, a mutation over POST
    const idOf = (name: string) => Object.keys(codegen).find((id) => codegen[id]!.includes(` ${name}(`))!;
    const products = await server.fetch(
      `/graphql?documentId=${encodeURIComponent(idOf('ShopProducts'))}&variables=${encodeURIComponent('{"first":1}')}`,
      { headers: server.adminHeaders },
    );
    expect(products.status).toBe(200);
    expect(products.headers.get('cache-control')).toBe('private, max-age=10');
    expect(await products.json()).toEqual({ data: { products: { totalCount: 0, nodes: [] } } });

    const location = await post({
      documentId: idOf('ShopLocation'),
      variables: { input: { code: 'ONLY-1', name: 'Trusted' } },
    });
    expect(location.body).toEqual({
      data: { createLocation: { location: { code: 'ONLY-1', name: 'Trusted' }, userErrors: [] } },
    });

    // And the safelist lists them with the ids clients send (Apollo's and codegen's texts differ)
    const listed = await post({
      documentId: `sha256:${LIST_ID}`,
      variables: { operationName: 'ShopLocation' },
    });
    const apolloShopLocation = manifest.operations.find((operation) => operation.name === 'ShopLocation')!;
    expect(listed.body.data).toEqual({
      persistedDocuments: {
        totalCount: 2,
        nodes: expect.arrayContaining([
          { documentId: `sha256:${hashOfDocumentId(idOf('ShopLocation'))}`, operationType: 'MUTATION' },
          { documentId: `sha256:${apolloShopLocation.id}`, operationType: 'MUTATION' },
        ]),
      },
    });
  });
});

const ROOT = path.join(__dirname, '..', '..');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * The "Built-in documents" section of docs/persisted-documents.md: the ids in its table, the texts
 * it shows, the ids its curls send.
 */
function documentedBuiltIns() {
  const guide = fs.readFileSync(path.join(ROOT, 'docs', 'persisted-documents.md'), 'utf8');
  const start = guide.indexOf('\n## Built-in documents\n');
  expect(start).toBeGreaterThan(0);
  const rest = guide.slice(start + 1);
  // Up to the next section, or the end of the guide.
  const end = rest.slice(1).search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end + 1);
  return {
    ids: Object.fromEntries(
      [...section.matchAll(/^\| `(\w+)` \| `(sha256:[0-9a-f]{64})` \|/gm)].map((match) => [match[1]!, match[2]!]),
    ),
    bodies: [...section.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((match) => match[1]!),
    sent: [...section.matchAll(/documentId"?: ?"(sha256:[0-9a-f]{64})"/g)].map((match) => match[1]!),
  };
}

describe("Stockroom's built-in documents under PERSISTED_QUERIES=only", () => {
  let fresh: TestServer;
  beforeAll(async () => {
    fresh = await startTestServer({ persistedQueries: { mode: 'only' } });
  });
  afterAll(() => fresh.close());

  async function send(body: unknown, headers: Record<string, string> = {}) {
    const response = await fresh.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  }

  it('are listed in the docs with the ids and texts the server trusts', () => {
    const documented = documentedBuiltIns();
    const files = BUILT_IN_OPERATIONS.map((operation) =>
      fs.readFileSync(path.join(ROOT, 'src', 'modules', 'persisted', 'builtin', `${operation}.graphql`), 'utf8'),
    );
    // The ids are the sha256 of the files themselves, not only of a generated copy
    expect(BUILT_IN_OPERATIONS.map((operation) => BUILT_IN_DOCUMENTS[operation].body)).toEqual(files);
    expect(BUILT_IN_OPERATIONS.map((operation) => BUILT_IN_DOCUMENTS[operation].documentId)).toEqual(
      files.map((file) => `sha256:${sha256(file)}`),
    );
    // and the docs show exactly those ids and texts, and their curls send no other id
    expect(documented.ids).toEqual(
      Object.fromEntries(BUILT_IN_OPERATIONS.map((operation) => [operation, BUILT_IN_DOCUMENTS[operation].documentId])),
    );
    expect(documented.bodies).toEqual(files);
    expect(documented.sent.length).toBeGreaterThanOrEqual(3);
    for (const id of documented.sent) expect(Object.values(documented.ids)).toContain(id);
  });

  it('sign in, register a manifest and run a registered document, starting from an empty safelist', async () => {
    // Given a server under `only` on which nothing was ever registered, and the ids the docs give
    const ids = documentedBuiltIns().ids;
    expect(await fresh.database.prisma.persistedDocument.count()).toBe(0);

    // When a new user sends signIn as text
    const asText = await send({
      query: `mutation { signIn(input: { email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}" }) { token } }`,
    });
    // Then it is refused, and the refusal names the id to send instead
    expect(asText.status).toBe(400);
    expect(firstCode(asText)).toBe('PERSISTED_QUERY_REQUIRED');
    expect(asText.body.errors![0]!.message).toContain(`SignIn (${ids.SignIn})`);

    // When they send the built-in SignIn by its id, with no credentials
    const signIn = await send({
      documentId: ids.SignIn,
      variables: { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } },
    });
    // Then they get a token
    expect(signIn.status).toBe(200);
    const signedIn = signIn.body.data!.signIn as { token: string; user: { email: string; role: string } };
    expect(signedIn).toMatchObject({ user: { email: ADMIN_EMAIL, role: 'ADMIN' }, userErrors: [] });
    const admin = { authorization: `Bearer ${signedIn.token}` };

    // And the token works with the built-in Me, by documentId over GET and by APQ hash over POST
    const me = { me: expect.objectContaining({ __typename: 'User', email: ADMIN_EMAIL, role: 'ADMIN' }) };
    const byGet = await fresh.fetch(`/graphql?documentId=${encodeURIComponent(ids.Me!)}`, { headers: admin });
    expect(byGet.status).toBe(200);
    expect(await byGet.json()).toEqual({ data: me });
    const byApq = await send(
      { extensions: { persistedQuery: { version: 1, sha256Hash: hashOfDocumentId(ids.Me!) } } },
      admin,
    );
    expect(byApq.body).toEqual({ data: me });

    // Given a client's document, which does not run yet
    const clientDocument = 'query CountProducts { products(first: 1) { totalCount } }';
    const clientId = `sha256:${sha256(clientDocument)}`;
    const unknown = await send({ documentId: clientId }, admin);
    expect(unknown.status).toBe(400);
    expect(firstCode(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.errors![0]!.message).toContain(ids.RegisterPersistedDocuments);
    const manifest = { [clientId]: clientDocument };

    // When an anonymous caller sends the built-in RegisterPersistedDocuments
    const anonymous = await send({ documentId: ids.RegisterPersistedDocuments, variables: { input: { manifest } } });
    // Then being trusted lets it be sent, not run: its @auth still applies, and nothing is stored
    expect(firstCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(await fresh.database.prisma.persistedDocument.count()).toBe(0);

    // When the admin sends it with a codegen manifest
    const registered = await send(
      { documentId: ids.RegisterPersistedDocuments, variables: { input: { manifest } } },
      admin,
    );
    // Then the client's document is trusted
    expect(registered.body).toEqual({
      data: {
        registerPersistedDocuments: {
          registered: 1,
          alreadyRegistered: 0,
          documents: [{ documentId: clientId, operationName: 'CountProducts', operationType: 'QUERY' }],
          userErrors: [],
        },
      },
    });

    // And it runs by its id
    const ran = await send({ documentId: clientId }, admin);
    expect(ran.status).toBe(200);
    expect(ran.body).toEqual({ data: { products: { totalCount: 0 } } });

    // And the safelist holds that document alone: the built-in ones are not rows anyone could delete
    expect(await fresh.database.prisma.persistedDocument.findMany({ select: { hash: true } })).toEqual([
      { hash: sha256(clientDocument) },
    ]);
  });

  it('serves no IDE, which could run nothing here, and refuses a configuration that asks for one', async () => {
    // A browser at the endpoint gets GraphQL's JSON answer, not the IDE page
    const page = await fresh.fetch('/graphql', { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/json/);
    expect(page.headers.get('content-security-policy')).toBeNull();
    // and none of the IDE's files
    const bundle = fs.readdirSync(path.join(ROOT, 'dist', 'ide')).filter((file) => file.endsWith('.js'));
    expect(bundle.length).toBeGreaterThan(0);
    const file = await fresh.fetch(`/graphql/ide/${bundle[0]}`);
    expect(file.status).not.toBe(200);
    expect(file.headers.get('content-type')).not.toMatch(/javascript/);

    // The configuration turns it off by default under `only`, and refuses IDE_ENABLED=true there
    expect(loadConfig({}).ide).toBe(true);
    expect(loadConfig({ PERSISTED_QUERIES: 'only' }).ide).toBe(false);
    expect(loadConfig({ PERSISTED_QUERIES: 'only', IDE_ENABLED: 'false' }).ide).toBe(false);
    expect(() => loadConfig({ PERSISTED_QUERIES: 'only', IDE_ENABLED: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ PERSISTED_QUERIES: 'only', IDE_ENABLED: 'true' })).toThrow(/IDE_ENABLED/);
  });
});
