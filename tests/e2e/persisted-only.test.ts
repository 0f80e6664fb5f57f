// PERSISTED_QUERIES=only: the safelist is the whole API. Documents come from manifests made by
// the integrator's tools, registered with the CLI or with the (itself trusted) mutation.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generatePersistedQueryIdsFromManifest } from '@apollo/persisted-query-lists';
import { hashOfDocumentId } from '../../src/modules/persisted/manifest';
import { apolloManifest, codegenPersistedDocuments, runRegisterCli, writeJson } from '../support/manifests';
import { startTestServer, type TestServer } from '../support/server';

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
