// Stockroom's own operations, trusted from start-up: without them PERSISTED_QUERIES=only would
// refuse the very sign-in and registration that make any other document trusted.
//
// They are built into the trusted lookup rather than written into the safelist: every instance
// trusts them the moment it starts, whatever the database holds, nothing can delete them, and a
// release that changes one brings its new id with it. Their texts are the files in builtin/,
// validated against the schema by codegen (documents.generated.ts).
import { documentTexts } from './builtin/documents.generated';
import { describeOperation, documentIdOf, sha256Hex, type ManifestDocument } from './manifest';

/**
 * The set is kept to what an operator needs before anything is registered:
 * - SignIn: a user's first request, before any token exists;
 * - RegisterPersistedDocuments: how an ADMIN makes the client's documents trusted over HTTP (the
 *   CLI needs access to the database);
 * - Me: which user or API key a credential stands for, to check a token or key before anything
 *   else is registered; it reads only the caller's own record.
 */
export const BUILT_IN_OPERATIONS = ['SignIn', 'RegisterPersistedDocuments', 'Me'] as const;
export type BuiltInOperation = (typeof BUILT_IN_OPERATIONS)[number];

export interface BuiltInDocument extends ManifestDocument {
  operationName: BuiltInOperation;
  /** `sha256:<hex>`, the id clients send. */
  documentId: string;
}

function load(operation: BuiltInOperation): BuiltInDocument {
  const file = `${operation}.graphql`;
  const body = documentTexts[file];
  if (body === undefined) throw new Error(`built-in document ${file} is missing; run \`npm run codegen\``);
  const described = describeOperation(body);
  if ('problem' in described) throw new Error(`built-in document ${file}: ${described.problem}`);
  if (described.operationName !== operation) {
    throw new Error(`built-in document ${file} holds ${described.operationName ?? 'an anonymous operation'}`);
  }
  const hash = sha256Hex(body);
  return {
    hash,
    body,
    operationName: operation,
    operationType: described.operationType,
    documentId: documentIdOf(hash),
  };
}

// A file in builtin/ that is not in the list would be validated and shipped but never trusted.
const unlisted = Object.keys(documentTexts).filter(
  (file) => !BUILT_IN_OPERATIONS.some((operation) => file === `${operation}.graphql`),
);
if (unlisted.length > 0) throw new Error(`built-in documents not in BUILT_IN_OPERATIONS: ${unlisted.join(', ')}`);

export const BUILT_IN_DOCUMENTS: Readonly<Record<BuiltInOperation, BuiltInDocument>> = Object.freeze(
  Object.fromEntries(BUILT_IN_OPERATIONS.map((operation) => [operation, load(operation)])) as Record<
    BuiltInOperation,
    BuiltInDocument
  >,
);

const byHash: ReadonlyMap<string, BuiltInDocument> = new Map(
  Object.values(BUILT_IN_DOCUMENTS).map((document) => [document.hash, document]),
);

/** The built-in document with this sha256, or undefined. */
export function findBuiltIn(hash: string): BuiltInDocument | undefined {
  return byHash.get(hash);
}
