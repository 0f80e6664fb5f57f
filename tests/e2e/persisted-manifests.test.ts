// Registering manifests: both formats, ids that must be the sha256 of their body, malformed
// manifests refused whole with errors that say what is wrong, and the same rules in the CLI.
import { createHash } from 'node:crypto';
import { PersistedDocumentsDocument, RegisterPersistedDocumentsDocument } from '../generated/graphql';
import { runRegisterCli, tempDir, writeJson } from '../support/manifests';
import { startTestServer, type TestServer } from '../support/server';
import fs from 'node:fs';
import path from 'node:path';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

const COUNT = 'query Count { products(first: 1) { totalCount } }';
const NAMES = 'query Names($first: Int) { products(first: $first) { nodes { name } } }';
const ARCHIVE = 'mutation Archive($id: ID!) { archiveProduct(input: { id: $id }) { userErrors { code } } }';

function apollo(operations: unknown[]) {
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}
const entry = (body: string, overrides: Record<string, unknown> = {}) => ({
  id: sha256(body),
  name: /^\w+ (\w+)/.exec(body)?.[1],
  type: body.split(' ')[0],
  body,
  ...overrides,
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const register = async (manifest: unknown) =>
  (await server.query(RegisterPersistedDocumentsDocument, { manifest })).registerPersistedDocuments;
const trustedCount = () => server.database.prisma.persistedDocument.count();

describe('registerPersistedDocuments', () => {
  it('registers an Apollo manifest, then treats the same documents as already registered', async () => {
    const first = await register(apollo([entry(COUNT), entry(ARCHIVE)]));
    expect(first).toMatchObject({ registered: 2, alreadyRegistered: 0, userErrors: [] });
    expect(first.documents).toEqual(
      expect.arrayContaining([
        { documentId: `sha256:${sha256(COUNT)}`, operationName: 'Count', operationType: 'QUERY', body: COUNT },
        { documentId: `sha256:${sha256(ARCHIVE)}`, operationName: 'Archive', operationType: 'MUTATION', body: ARCHIVE },
      ]),
    );

    // The same documents in codegen's format (prefixed and bare ids) add nothing new but NAMES
    const second = await register({ [`sha256:${sha256(COUNT)}`]: COUNT, [sha256(NAMES)]: NAMES });
    expect(second).toMatchObject({ registered: 1, alreadyRegistered: 1, userErrors: [] });

    const audit = await server.database.prisma.auditEvent.findMany({
      where: { action: 'persisted_documents.registered' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((event) => event.details)).toEqual([
      { format: 'apollo', documents: 2, added: 2 },
      { format: 'codegen', documents: 2, added: 1 },
    ]);
  });

  it('lists the safelist newest first, by page, and by operation name', async () => {
    await register(apollo([entry(COUNT), entry(NAMES), entry(ARCHIVE)]));
    const all = await server.query(PersistedDocumentsDocument, { first: 2 });
    expect(all.persistedDocuments.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.persistedDocuments.nodes).toHaveLength(2);
    expect(all.persistedDocuments.pageInfo.hasNextPage).toBe(true);
    const rest = await server.query(PersistedDocumentsDocument, {
      first: 100,
      after: all.persistedDocuments.pageInfo.endCursor,
    });
    const ids = [...all.persistedDocuments.nodes, ...rest.persistedDocuments.nodes].map((node) => node.documentId);
    expect(new Set(ids).size).toBe(all.persistedDocuments.totalCount);
    const times = [...all.persistedDocuments.nodes, ...rest.persistedDocuments.nodes].map((node) => node.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const named = await server.query(PersistedDocumentsDocument, { operationName: 'Archive' });
    expect(named.persistedDocuments.nodes.map((node) => node.documentId)).toEqual([`sha256:${sha256(ARCHIVE)}`]);
  });

  it('refuses the whole manifest when one id is not the sha256 of its body', async () => {
    // Given a manifest whose second entry's body was changed after its id was computed
    const before = await trustedCount();
    const tampered = `${COUNT} `;
    const result = await register(apollo([entry(NAMES), entry(COUNT, { body: tampered })]));

    // Then nothing is registered, and the error names the entry and the right hash
    expect(result).toMatchObject({ registered: 0, alreadyRegistered: 0, documents: [] });
    expect(result.userErrors).toEqual([
      {
        code: 'HASH_MISMATCH',
        field: ['manifest', 'operations', '1', 'body'],
        message: `operations[1]: the id ${sha256(COUNT)} is not the sha256 of the body (that is ${sha256(tampered)}).`,
      },
    ]);
    expect(await trustedCount()).toBe(before);
  });

  it('explains a codegen manifest made with sha1, the preset default', async () => {
    const result = await register({ [sha1(COUNT)]: COUNT });
    expect(result.userErrors).toEqual([
      expect.objectContaining({
        code: 'HASH_MISMATCH',
        field: ['manifest', sha1(COUNT)],
        message: expect.stringMatching(
          /looks like a sha1: set presetConfig.persistedDocuments.hashAlgorithm to "sha256"/,
        ),
      }),
    ]);
  });

  it.each([
    ['a string', 'not a manifest', ['manifest'], /must be a JSON object/],
    ['a list', [COUNT], ['manifest'], /must be a JSON object/],
    ['an empty object', {}, ['manifest'], /has no documents/],
    ['another format', { format: 'relay', operations: [] }, ['manifest', 'format'], /apollo-persisted-query-manifest/],
    [
      'another version',
      { format: 'apollo-persisted-query-manifest', version: 2, operations: [] },
      ['manifest', 'version'],
      /version 1/,
    ],
    [
      'operations that are not a list',
      { format: 'apollo-persisted-query-manifest', version: 1, operations: {} },
      ['manifest', 'operations'],
      /must be a list/,
    ],
    ['an entry without a body', apollo([{ id: sha256(COUNT) }]), ['manifest', 'operations', '0'], /string body/],
    ['a codegen value that is not text', { [sha256(COUNT)]: { body: COUNT } }, ['manifest', sha256(COUNT)], /text/],
    [
      'a body that is not GraphQL',
      { [sha256('query {')]: 'query {' },
      ['manifest', sha256('query {')],
      /not a GraphQL document \(Syntax Error/,
    ],
    [
      'two operations in one body',
      { [sha256(`${COUNT} ${NAMES}`)]: `${COUNT} ${NAMES}` },
      ['manifest', sha256(`${COUNT} ${NAMES}`)],
      /exactly one operation; it holds 2/,
    ],
    [
      'a schema definition',
      { [sha256('type Query { x: Int }')]: 'type Query { x: Int }' },
      ['manifest', sha256('type Query { x: Int }')],
      /only an operation and its fragments/,
    ],
    [
      'a type that disagrees with the body',
      apollo([entry(COUNT, { type: 'mutation' })]),
      ['manifest', 'operations', '0', 'type'],
      /says mutation but the body is a query/,
    ],
    [
      'a name that disagrees with the body',
      apollo([entry(COUNT, { name: 'Other' })]),
      ['manifest', 'operations', '0', 'name'],
      /says Other but the body's operation is Count/,
    ],
  ])('refuses %s, registering nothing', async (_case, manifest, field, message) => {
    const before = await trustedCount();
    const result = await register(manifest);
    expect(result.userErrors).toEqual([{ code: expect.any(String), field, message: expect.stringMatching(message) }]);
    expect(result.registered).toBe(0);
    expect(await trustedCount()).toBe(before);
  });

  it('registers a document whose operation is anonymous, fragments included', async () => {
    const body = '{ products(first: 1) { nodes { ...Bits } } } fragment Bits on Product { sku }';
    const result = await register({ [sha256(body)]: body });
    expect(result.userErrors).toEqual([]);
    expect(result.documents).toEqual([
      { documentId: `sha256:${sha256(body)}`, operationName: null, operationType: 'QUERY', body },
    ]);
  });
});

describe('npm run persisted:register', () => {
  it('refuses a wrong manifest with the reasons and exit code 1, registering nothing', async () => {
    const before = await trustedCount();
    const good = writeJson({ [sha256(NAMES)]: NAMES });
    const bad = writeJson(apollo([entry(COUNT, { id: sha256('something else') })]), 'bad.json');
    const notJson = path.join(tempDir('manifest'), 'broken.json');
    fs.writeFileSync(notJson, '{ "format": ');

    const broken = await runRegisterCli(server.databaseUrl, [good, notJson]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not JSON/);

    const refused = await runRegisterCli(server.databaseUrl, [bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /bad\.json: refused, nothing registered:\n {2}HASH_MISMATCH operations\[0\]: the id/,
    );
    expect(await trustedCount()).toBe(before);
  });

  it('prints its usage without a file', async () => {
    const usage = await runRegisterCli(server.databaseUrl, []);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run persisted:register -- <manifest.json>/);
  });
});
