// Reads persisted-document manifests (Apollo's and graphql-codegen's) and checks every id is the
// sha256 of its body, so a registered id can never stand for a document other than its own.
import { createHash } from 'node:crypto';
import { Kind, parse, type OperationTypeNode } from 'graphql';
import { userError, type UserError } from '../../shared/errors';

export type OperationType = 'query' | 'mutation' | 'subscription';

/** One document ready to store: its hash, text, and the single operation it holds. */
export interface ManifestDocument {
  hash: string;
  body: string;
  operationName: string | null;
  operationType: OperationType;
}

export type ManifestFormat = 'apollo' | 'codegen';

export interface ParsedManifest {
  format: ManifestFormat | null;
  documents: ManifestDocument[];
  userErrors: UserError[];
}

export const MAX_MANIFEST_OPERATIONS = 10_000;
/** Reporting every error of a broken 10,000-entry manifest helps nobody. */
const MAX_REPORTED_ERRORS = 20;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const APOLLO_FORMAT = 'apollo-persisted-query-manifest';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The lowercase hex hash behind a document id: `sha256:<hex>` (the GraphQL-over-HTTP form) or
 * bare hex (Apollo's and codegen's). Null when it is neither.
 */
export function hashOfDocumentId(documentId: string): string | null {
  const hex = documentId.startsWith('sha256:') ? documentId.slice('sha256:'.length) : documentId;
  const lower = hex.toLowerCase();
  return SHA256_HEX.test(lower) ? lower : null;
}

export function documentIdOf(hash: string): string {
  return `sha256:${hash}`;
}

/**
 * Parses a manifest in either format:
 * - Apollo: `{ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`
 * - graphql-codegen client preset: `{ "<sha256>": "<document>", ... }`
 * Field paths in the errors are relative to the mutation input (`["manifest", ...]`).
 */
export function parseManifest(manifest: unknown): ParsedManifest {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return refused(
      null,
      ['manifest'],
      'manifest must be a JSON object: an Apollo persisted-query manifest or a graphql-codegen persisted-documents.json.',
    );
  }
  const record = manifest as Record<string, unknown>;
  if ('format' in record || 'operations' in record) return parseApollo(record);
  return parseCodegen(record);
}

function parseApollo(manifest: Record<string, unknown>): ParsedManifest {
  if (manifest.format !== APOLLO_FORMAT) {
    return refused('apollo', ['manifest', 'format'], `manifest.format must be "${APOLLO_FORMAT}".`);
  }
  if (manifest.version !== 1) {
    return refused('apollo', ['manifest', 'version'], 'Only version 1 of the Apollo manifest format is supported.');
  }
  const operations = manifest.operations;
  if (!Array.isArray(operations)) {
    return refused('apollo', ['manifest', 'operations'], 'manifest.operations must be a list.');
  }
  if (operations.length > MAX_MANIFEST_OPERATIONS) return tooMany('apollo', ['manifest', 'operations']);
  const errors: UserError[] = [];
  const documents: ManifestDocument[] = [];
  operations.forEach((entry: unknown, index) => {
    const path = ['manifest', 'operations', String(index)];
    if (typeof entry !== 'object' || entry === null) {
      errors.push(
        userError('INVALID_FORMAT', path, `operations[${index}] must be an object with id, name, type and body.`),
      );
      return;
    }
    const { id, name, type, body } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || typeof body !== 'string') {
      errors.push(userError('INVALID_FORMAT', path, `operations[${index}] needs a string id and a string body.`));
      return;
    }
    const document = checkedDocument(errors, [...path, 'body'], `operations[${index}]`, id, body);
    if (!document) return;
    if (type !== undefined && type !== document.operationType) {
      errors.push(
        userError(
          'INVALID_FORMAT',
          [...path, 'type'],
          `operations[${index}].type says ${String(type)} but the body is a ${document.operationType}.`,
        ),
      );
      return;
    }
    if (name !== undefined && name !== null && name !== document.operationName) {
      errors.push(
        userError(
          'INVALID_FORMAT',
          [...path, 'name'],
          `operations[${index}].name says ${String(name)} but the body's operation is ${document.operationName ?? 'anonymous'}.`,
        ),
      );
      return;
    }
    documents.push(document);
  });
  return finish('apollo', documents, errors);
}

function parseCodegen(manifest: Record<string, unknown>): ParsedManifest {
  const entries = Object.entries(manifest);
  if (entries.length === 0) return refused('codegen', ['manifest'], 'The manifest has no documents.');
  if (entries.length > MAX_MANIFEST_OPERATIONS) return tooMany('codegen', ['manifest']);
  const errors: UserError[] = [];
  const documents: ManifestDocument[] = [];
  for (const [id, body] of entries) {
    const path = ['manifest', id];
    if (typeof body !== 'string') {
      errors.push(
        userError(
          'INVALID_FORMAT',
          path,
          `manifest["${id}"] must be the document's text; this is neither an Apollo manifest nor a persisted-documents.json.`,
        ),
      );
      continue;
    }
    const document = checkedDocument(errors, path, `manifest["${id}"]`, id, body);
    if (document) documents.push(document);
  }
  return finish('codegen', documents, errors);
}

/** Checks one entry's id against its body and reads its operation; pushes an error when it fails. */
function checkedDocument(
  errors: UserError[],
  path: string[],
  label: string,
  id: string,
  body: string,
): ManifestDocument | null {
  const hash = sha256Hex(body);
  const given = hashOfDocumentId(id);
  if (given !== hash) {
    const hint = /^[0-9a-f]{40}$/i.test(id)
      ? ' It looks like a sha1: set presetConfig.persistedDocuments.hashAlgorithm to "sha256" in codegen.'
      : '';
    errors.push(
      userError(
        'HASH_MISMATCH',
        path,
        `${label}: the id ${id} is not the sha256 of the body (that is ${hash}).${hint}`,
      ),
    );
    return null;
  }
  const operation = describeOperation(body);
  if ('problem' in operation) {
    errors.push(userError('INVALID_FORMAT', path, `${label}: ${operation.problem}`));
    return null;
  }
  return { hash, body, ...operation };
}

/** The single operation a document holds (fragments may accompany it), or why it has not exactly one. */
export function describeOperation(
  body: string,
): { operationName: string | null; operationType: OperationType } | { problem: string } {
  let document;
  try {
    document = parse(body, { noLocation: true });
  } catch (error) {
    return {
      problem: `the body is not a GraphQL document (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const others = document.definitions.filter(
    (definition) => definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION,
  );
  if (others.length > 0) return { problem: 'the body may hold only an operation and its fragments.' };
  if (operations.length !== 1) {
    return { problem: `the body must hold exactly one operation; it holds ${operations.length}.` };
  }
  const [operation] = operations;
  return { operationName: operation!.name?.value ?? null, operationType: operation!.operation as OperationTypeNode };
}

function finish(format: ManifestFormat, documents: ManifestDocument[], errors: UserError[]): ParsedManifest {
  if (errors.length > MAX_REPORTED_ERRORS) {
    const more = errors.length - MAX_REPORTED_ERRORS;
    errors.splice(MAX_REPORTED_ERRORS);
    errors.push(userError('INVALID_FORMAT', ['manifest'], `…and ${more} more problem(s) like these.`));
  }
  return { format, documents: errors.length > 0 ? [] : documents, userErrors: errors };
}

function refused(format: ManifestFormat | null, field: string[], message: string): ParsedManifest {
  return { format, documents: [], userErrors: [userError('INVALID_FORMAT', field, message)] };
}

function tooMany(format: ManifestFormat, field: string[]): ParsedManifest {
  return {
    format,
    documents: [],
    userErrors: [
      userError('OUT_OF_RANGE', field, `A manifest may hold at most ${MAX_MANIFEST_OPERATIONS} documents; split it.`),
    ],
  };
}
