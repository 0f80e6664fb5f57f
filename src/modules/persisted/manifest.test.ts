// Persisted-document manifests without a database: both formats, and an id that is not the sha256
// of its body refused, so a registered id can only ever stand for its own document.
import { createHash } from 'node:crypto';
import {
  describeOperation,
  documentIdOf,
  hashOfDocumentId,
  MAX_MANIFEST_OPERATIONS,
  parseManifest,
  sha256Hex,
} from './manifest';

const ME = 'query Me { me { id } }';
const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }';
const hashOf = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');
const sha1Of = (body: string) => createHash('sha1').update(body, 'utf8').digest('hex');

/** ME and SIGN_IN as a manifest of either format yields them. */
const BOTH = [
  { hash: hashOf(ME), body: ME, operationName: 'Me', operationType: 'query' },
  { hash: hashOf(SIGN_IN), body: SIGN_IN, operationName: 'SignIn', operationType: 'mutation' },
];

function apollo(operations: unknown[]) {
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

describe('document ids', () => {
  it('hash a body as lowercase sha256 hex of its UTF-8 bytes', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('query { é }')).toBe(hashOf('query { é }'));
  });

  it('read the hash behind sha256:<hex> and bare hex, in either case', () => {
    const hash = hashOf(ME);
    expect(hashOfDocumentId(hash)).toBe(hash);
    expect(hashOfDocumentId(`sha256:${hash}`)).toBe(hash);
    expect(hashOfDocumentId(hash.toUpperCase())).toBe(hash);
    expect(documentIdOf(hash)).toBe(`sha256:${hash}`);
  });

  it.each([
    ['a sha1', sha1Of(ME)],
    ['another algorithm', `sha512:${hashOf(ME)}`],
    ['one hex digit short', hashOf(ME).slice(1)],
    ['a non-hex digit', `${hashOf(ME).slice(1)}g`],
    ['an empty id', ''],
    ['the prefix alone', 'sha256:'],
  ])('are none for %s', (_label, id) => {
    expect(hashOfDocumentId(id)).toBeNull();
  });
});

describe('parseManifest, Apollo format', () => {
  it('reads each operation with its hash, name and type', () => {
    const parsed = parseManifest(
      apollo([
        { id: hashOf(ME), name: 'Me', type: 'query', body: ME },
        { id: hashOf(SIGN_IN), name: 'SignIn', type: 'mutation', body: SIGN_IN },
      ]),
    );
    expect(parsed).toEqual({
      format: 'apollo',
      userErrors: [],
      documents: BOTH,
    });
  });

  it('takes name and type as optional, and an anonymous operation with a null name', () => {
    const body = '{ me { id } }';
    expect(parseManifest(apollo([{ id: hashOf(body), body, name: null }])).documents).toEqual([
      { hash: hashOf(body), body, operationName: null, operationType: 'query' },
    ]);
  });

  it('refuses an id that is not the sha256 of the body, with the right hash, and stores nothing', () => {
    const other = hashOf('query Other { me { id } }');
    const parsed = parseManifest(
      apollo([
        { id: hashOf(ME), body: ME },
        { id: other, body: SIGN_IN },
      ]),
    );
    expect(parsed.documents).toEqual([]);
    expect(parsed.userErrors).toEqual([
      {
        code: 'HASH_MISMATCH',
        field: ['manifest', 'operations', '1', 'body'],
        message: `operations[1]: the id ${other} is not the sha256 of the body (that is ${hashOf(SIGN_IN)}).`,
      },
    ]);
  });

  it('tells a sha1 id to switch codegen to sha256', () => {
    const [error] = parseManifest(apollo([{ id: sha1Of(ME), body: ME }])).userErrors;
    expect(error?.code).toBe('HASH_MISMATCH');
    expect(error?.message).toMatch(
      /It looks like a sha1: set presetConfig.persistedDocuments.hashAlgorithm to "sha256"/,
    );
  });

  it('refuses a type or a name the body does not have', () => {
    expect(parseManifest(apollo([{ id: hashOf(ME), type: 'mutation', body: ME }])).userErrors).toEqual([
      {
        code: 'INVALID_FORMAT',
        field: ['manifest', 'operations', '0', 'type'],
        message: 'operations[0].type says mutation but the body is a query.',
      },
    ]);
    expect(parseManifest(apollo([{ id: hashOf(ME), name: 'You', body: ME }])).userErrors).toEqual([
      {
        code: 'INVALID_FORMAT',
        field: ['manifest', 'operations', '0', 'name'],
        message: "operations[0].name says You but the body's operation is Me.",
      },
    ]);
  });

  it.each([
    [{ format: 'something-else', version: 1, operations: [] }, ['manifest', 'format']],
    [{ format: 'apollo-persisted-query-manifest', version: 2, operations: [] }, ['manifest', 'version']],
    [{ format: 'apollo-persisted-query-manifest', version: 1, operations: {} }, ['manifest', 'operations']],
    [{ operations: [] }, ['manifest', 'format']],
  ])('refuses the envelope %j at %j', (manifest, field) => {
    const parsed = parseManifest(manifest);
    expect(parsed.format).toBe('apollo');
    expect(parsed.userErrors.map((error) => [error.code, error.field])).toEqual([['INVALID_FORMAT', field]]);
  });

  it('refuses entries that are not objects with a string id and body', () => {
    const parsed = parseManifest(apollo([null, 'text', { id: 1, body: ME }, { id: hashOf(ME) }]));
    expect(parsed.userErrors.map((error) => error.field)).toEqual([
      ['manifest', 'operations', '0'],
      ['manifest', 'operations', '1'],
      ['manifest', 'operations', '2'],
      ['manifest', 'operations', '3'],
    ]);
    expect(parsed.userErrors.every((error) => error.code === 'INVALID_FORMAT')).toBe(true);
  });

  it(`refuses more than ${MAX_MANIFEST_OPERATIONS} operations without reading them`, () => {
    const parsed = parseManifest(apollo(Array.from({ length: MAX_MANIFEST_OPERATIONS + 1 }, () => null)));
    expect(parsed.userErrors).toEqual([
      {
        code: 'OUT_OF_RANGE',
        field: ['manifest', 'operations'],
        message: 'A manifest may hold at most 10000 documents; split it.',
      },
    ]);
  });

  it('reports the first 20 problems and counts the rest', () => {
    const parsed = parseManifest(apollo(Array.from({ length: 25 }, () => ({ id: hashOf(ME), body: SIGN_IN }))));
    expect(parsed.userErrors).toHaveLength(21);
    expect(parsed.userErrors.slice(0, 20).every((error) => error.code === 'HASH_MISMATCH')).toBe(true);
    expect(parsed.userErrors[20]).toEqual({
      code: 'INVALID_FORMAT',
      field: ['manifest'],
      message: '…and 5 more problem(s) like these.',
    });
  });
});

describe('parseManifest, graphql-codegen format', () => {
  it('reads each id and body', () => {
    expect(parseManifest({ [hashOf(ME)]: ME, [`sha256:${hashOf(SIGN_IN)}`]: SIGN_IN })).toEqual({
      format: 'codegen',
      userErrors: [],
      documents: BOTH,
    });
  });

  it('refuses a body that is not text, naming its id', () => {
    expect(parseManifest({ [hashOf(ME)]: { body: ME } }).userErrors).toEqual([
      {
        code: 'INVALID_FORMAT',
        field: ['manifest', hashOf(ME)],
        message: `manifest["${hashOf(ME)}"] must be the document's text; this is neither an Apollo manifest nor a persisted-documents.json.`,
      },
    ]);
  });

  it('refuses a mismatched id at the entry', () => {
    const id = hashOf('query Other { me { id } }');
    const [error] = parseManifest({ [id]: ME }).userErrors;
    expect(error).toMatchObject({ code: 'HASH_MISMATCH', field: ['manifest', id] });
    expect(error?.message.startsWith(`manifest["${id}"]: the id ${id} is not the sha256 of the body`)).toBe(true);
  });

  it('refuses an empty manifest', () => {
    expect(parseManifest({})).toEqual({
      format: 'codegen',
      documents: [],
      userErrors: [{ code: 'INVALID_FORMAT', field: ['manifest'], message: 'The manifest has no documents.' }],
    });
  });
});

describe('parseManifest, neither format', () => {
  it.each([[null], [[ME]], ['text'], [42]])('refuses %j as no manifest at all', (manifest) => {
    const parsed = parseManifest(manifest);
    expect(parsed.format).toBeNull();
    expect(parsed.documents).toEqual([]);
    expect(parsed.userErrors.map((error) => [error.code, error.field])).toEqual([['INVALID_FORMAT', ['manifest']]]);
  });
});

describe('describeOperation', () => {
  it('reads the one operation, beside its fragments', () => {
    const body = 'query Stock { me { ...Who } } fragment Who on User { id }';
    expect(describeOperation(body)).toEqual({ operationName: 'Stock', operationType: 'query' });
    expect(describeOperation('subscription S { x }')).toEqual({ operationName: 'S', operationType: 'subscription' });
  });

  it.each([
    ['no operation', 'fragment Who on User { id }', 'the body must hold exactly one operation; it holds 0.'],
    ['two operations', `${ME} ${SIGN_IN}`, 'the body must hold exactly one operation; it holds 2.'],
    ['a type definition', `${ME} type Extra { id: ID }`, 'the body may hold only an operation and its fragments.'],
  ])('explains %s', (_label, body, problem) => {
    expect(describeOperation(body)).toEqual({ problem });
  });

  it('quotes the parser on text that is not GraphQL', () => {
    expect(describeOperation('query {')).toEqual({
      problem: expect.stringMatching(/^the body is not a GraphQL document \(Syntax Error: .+\)\.$/),
    });
  });
});
