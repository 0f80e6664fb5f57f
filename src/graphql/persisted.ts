// Persisted documents over HTTP: Apollo's APQ extension and the GraphQL-over-HTTP `documentId`.
// An Express middleware turns a persisted request into a plain one (it looks the text up and puts
// it in `query`), the context decides with the caller known whether the request may run
// (PERSISTED_QUERIES mode, per-key flag), and a plugin registers APQ documents once they validate
// and sets cache headers on GET responses.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { BUILT_IN_DOCUMENTS, hashOfDocumentId, sha256Hex, type PersistedDocumentService } from '../modules/persisted';
import type { Actor } from '../shared/actor';
import type { Logger } from '../shared/log';

/**
 * off: only free-form documents (persisted requests get PERSISTED_QUERY_NOT_SUPPORTED);
 * allow: free-form, trusted and APQ documents; only: trusted documents alone.
 */
export type PersistedQueriesMode = 'off' | 'allow' | 'only';

export interface PersistedQueriesOptions {
  mode: PersistedQueriesMode;
  /** Freshness of a successful query answered over GET (Cache-Control: private, max-age). */
  getMaxAgeSeconds: number;
}

export const DEFAULT_PERSISTED_QUERIES: PersistedQueriesOptions = { mode: 'allow', getMaxAgeSeconds: 10 };

/** What one operation of a request turned out to be, before anyone knows who sent it. */
export type Resolution =
  | { kind: 'none' }
  | { kind: 'free-form' }
  | { kind: 'trusted'; hash: string }
  /** Found in the APQ cache, not the safelist. */
  | { kind: 'automatic'; hash: string }
  /** APQ hash and text together, text not trusted: registered once it validates. */
  | { kind: 'register'; hash: string }
  | { kind: 'not-found'; hash: string; apq: boolean }
  | { kind: 'not-supported'; apq: boolean }
  | { kind: 'malformed'; code: string; message: string }
  | { kind: 'unavailable' };

interface RequestParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

interface Resolved {
  resolution: Resolution;
  /** The document text to run, when it had to be looked up. */
  query?: string;
}

const PERSISTED_LOCALS = 'persistedResolutions';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves documentId and the APQ extension to a document's text; decides nothing about the caller. */
export function resolvePersistedDocuments(
  persisted: PersistedDocumentService,
  mode: PersistedQueriesMode,
  logger: Logger,
): RequestHandler {
  async function resolve(params: RequestParams): Promise<Resolved> {
    // GraphQL over HTTP: extensions, when given, is a map (graphql-http audits 58B0-58B3).
    if (params.extensions !== undefined && params.extensions !== null && !isRecord(params.extensions)) {
      return malformed('BAD_REQUEST', 'The `extensions` parameter must be a JSON object.');
    }
    const apq = isRecord(params.extensions) ? params.extensions.persistedQuery : undefined;
    const hasApq = apq !== undefined && apq !== null;
    const hasDocumentId = params.documentId !== undefined && params.documentId !== null && params.documentId !== '';
    const query = typeof params.query === 'string' && params.query !== '' ? params.query : undefined;
    if (!hasApq && !hasDocumentId) return { resolution: query ? { kind: 'free-form' } : { kind: 'none' } };
    // Apollo Client's link falls back to full documents when told APQ is not supported.
    const apqOnly = hasApq && !hasDocumentId;
    if (mode === 'off') return { resolution: { kind: 'not-supported', apq: apqOnly } };

    let hash: string | null = null;
    if (hasDocumentId) {
      hash = typeof params.documentId === 'string' ? hashOfDocumentId(params.documentId) : null;
      if (!hash) return malformed('BAD_REQUEST', 'documentId must be "sha256:" followed by 64 hexadecimal digits.');
    }
    if (hasApq) {
      if (!isRecord(apq) || apq.version !== 1) {
        return malformed(
          'BAD_REQUEST',
          'Unsupported persisted query version: extensions.persistedQuery.version must be 1.',
        );
      }
      const apqHash = typeof apq.sha256Hash === 'string' ? hashOfDocumentId(apq.sha256Hash) : null;
      if (!apqHash) {
        return malformed('BAD_REQUEST', 'extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits.');
      }
      if (hash && hash !== apqHash) {
        return malformed(
          'BAD_REQUEST',
          'documentId and extensions.persistedQuery.sha256Hash name different documents.',
        );
      }
      hash = apqHash;
    }
    if (!hash) return malformed('BAD_REQUEST', 'No document id.');

    try {
      if (query) {
        // Only the hash of the text itself may name it: no client can file one text under another's id.
        const actual = sha256Hex(query);
        if (actual !== hash) {
          return malformed(
            'PERSISTED_QUERY_HASH_MISMATCH',
            `provided sha does not match query: the query's sha256 is ${actual}, not ${hash}.`,
          );
        }
        if (await persisted.findTrusted(hash)) return { resolution: { kind: 'trusted', hash } };
        return { resolution: hasApq ? { kind: 'register', hash } : { kind: 'free-form' } };
      }
      const trusted = await persisted.findTrusted(hash);
      if (trusted) return { resolution: { kind: 'trusted', hash }, query: trusted.body };
      if (mode === 'allow') {
        const body = await persisted.apq.get(hash).catch((error: unknown) => {
          // A cache outage costs the client one more round trip (it sends the text), not the request.
          logger.error('APQ cache read failed; answering as a miss', { err: error });
          return undefined;
        });
        if (body !== undefined) return { resolution: { kind: 'automatic', hash }, query: body };
      }
      return { resolution: { kind: 'not-found', hash, apq: apqOnly } };
    } catch (error) {
      logger.error('could not look up a persisted document', { err: error });
      return { resolution: { kind: 'unavailable' } };
    }
  }

  return async (req, res, next) => {
    try {
      if (req.method === 'GET') {
        const url = new URL(req.url, 'http://stockroom.invalid');
        const params = url.searchParams;
        if (!params.has('documentId') && !params.has('extensions')) return next();
        if (params.getAll('documentId').length > 1 || params.getAll('extensions').length > 1) return next();
        let extensions: unknown;
        try {
          extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
        } catch {
          // Apollo answers malformed JSON with its own 400.
          return next();
        }
        const { resolution, query } = await resolve({
          query: params.get('query') ?? undefined,
          documentId: params.get('documentId') ?? undefined,
          extensions,
        });
        params.delete('documentId');
        if (query !== undefined) params.set('query', query);
        const rest = withoutPersistedQuery(extensions);
        if (rest === undefined) params.delete('extensions');
        else params.set('extensions', JSON.stringify(rest));
        req.url = `${url.pathname}?${params.toString()}`;
        res.locals[PERSISTED_LOCALS] = [resolution];
      } else if (req.method === 'POST' && (isRecord(req.body) || Array.isArray(req.body))) {
        // A batch (when ALLOW_BATCHED_REQUESTS is on) is resolved operation by operation.
        const batch = Array.isArray(req.body) ? (req.body as unknown[]) : [req.body];
        const resolutions: Resolution[] = [];
        const rewritten = await Promise.all(
          batch.map(async (operation) => {
            if (!isRecord(operation)) return operation;
            const { resolution, query } = await resolve(operation);
            resolutions.push(resolution);
            const { documentId: _documentId, extensions: _extensions, ...rest } = operation;
            const extensions = withoutPersistedQuery(operation.extensions);
            return {
              ...rest,
              ...(query !== undefined ? { query } : {}),
              ...(extensions !== undefined ? { extensions } : {}),
            };
          }),
        );
        req.body = Array.isArray(req.body) ? rewritten : rewritten[0];
        res.locals[PERSISTED_LOCALS] = resolutions;
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

function malformed(code: string, message: string): Resolved {
  return { resolution: { kind: 'malformed', code, message } };
}

/** The extensions without persistedQuery (which Apollo would otherwise act on), or undefined when none remain. */
function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (!isRecord(extensions)) return undefined;
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

function refusal(code: string, message: string, status: number): GraphQLError {
  // Refusals are never cached; a PERSISTED_QUERY_NOT_FOUND in particular is about to be fixed by the client.
  return new GraphQLError(message, {
    extensions: { code, http: { status, headers: new HeaderMap([['cache-control', 'no-store']]) } },
  });
}

/** Hashes of documents this request may register in the APQ cache, once they validate. */
export type ApqRegistrations = ReadonlySet<string>;

/**
 * Decides, now that the caller is known, whether the request may run. Throws the GraphQLError the
 * client gets (Apollo answers it with its status); returns the APQ registrations allowed. A refusal
 * never reaches Apollo's request pipeline, so it gets its own log line here.
 */
export function admitPersisted(
  res: Response,
  mode: PersistedQueriesMode,
  viewer: Actor | null,
  log: { logger: Logger; requestId: string },
): ApqRegistrations {
  const resolutions = (res.locals[PERSISTED_LOCALS] as Resolution[] | undefined) ?? [];
  try {
    return decide(resolutions, mode, viewer);
  } catch (error) {
    if (error instanceof GraphQLError) {
      log.logger.info('graphql request refused', {
        requestId: log.requestId,
        caller: viewer ? (viewer.kind === 'user' ? `user:${viewer.userId}` : `apiKey:${viewer.apiKeyId}`) : 'anonymous',
        errorCodes: [error.extensions.code],
      });
    }
    throw error;
  }
}

/** What a refused caller can still send: the built-in documents run wherever trusted ones do. */
const BUILT_IN_LIST = `Stockroom's own documents are always trusted: ${Object.values(BUILT_IN_DOCUMENTS)
  .map((document) => `${document.operationName} (${document.documentId})`)
  .join(', ')}.`;
const HOW_TO_REGISTER = `an ADMIN registers documents by sending the built-in RegisterPersistedDocuments (documentId ${BUILT_IN_DOCUMENTS.RegisterPersistedDocuments.documentId}).`;

function decide(resolutions: Resolution[], mode: PersistedQueriesMode, viewer: Actor | null): ApqRegistrations {
  const keyRequiresPersisted = viewer?.kind === 'apiKey' && viewer.requirePersistedQueries === true;
  const trustedOnly = mode === 'only' || keyRequiresPersisted;
  const why =
    mode === 'only'
      ? 'This server runs only trusted documents (PERSISTED_QUERIES=only)'
      : 'This API key may run only trusted documents';
  const registrations = new Set<string>();
  for (const resolution of resolutions) {
    switch (resolution.kind) {
      case 'none':
      case 'trusted':
        break;
      case 'free-form':
        if (trustedOnly) {
          throw refusal(
            'PERSISTED_QUERY_REQUIRED',
            `${why}: send the documentId of a registered document instead of its text. ${BUILT_IN_LIST}`,
            400,
          );
        }
        break;
      case 'register':
        if (trustedOnly) {
          throw refusal(
            'PERSISTED_QUERY_REQUIRED',
            `${why}, and registration through APQ is refused: ${HOW_TO_REGISTER}`,
            400,
          );
        }
        registrations.add(resolution.hash);
        break;
      case 'automatic':
        if (trustedOnly) throw notTrusted(resolution.hash, why);
        break;
      case 'not-found':
        if (trustedOnly) throw notTrusted(resolution.hash, why);
        // Apollo's protocol: 200 and this exact message, after which the client sends the text.
        if (resolution.apq) throw refusal('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound', 200);
        throw refusal(
          'PERSISTED_QUERY_NOT_FOUND',
          `No persisted document has the id sha256:${resolution.hash}; register it, or send its text.`,
          400,
        );
      case 'not-supported':
        throw refusal(
          'PERSISTED_QUERY_NOT_SUPPORTED',
          resolution.apq
            ? 'PersistedQueryNotSupported'
            : 'Persisted documents are turned off on this server (PERSISTED_QUERIES=off).',
          resolution.apq ? 200 : 400,
        );
      case 'malformed':
        throw refusal(resolution.code, resolution.message, 400);
      case 'unavailable':
        throw refusal(
          'SERVICE_UNAVAILABLE',
          'Persisted documents cannot be looked up right now; try again shortly.',
          503,
        );
    }
  }
  return registrations;
}

function notTrusted(hash: string, why: string): GraphQLError {
  return refusal('PERSISTED_QUERY_NOT_FOUND', `${why}, and sha256:${hash} is not one of them: ${HOW_TO_REGISTER}`, 400);
}

/**
 * Registers APQ documents after they parse and validate (as Apollo does), for signed-in callers
 * only, so anonymous clients cannot churn the shared cache; and gives GET responses cache headers.
 */
export function persistedQueriesPlugin(
  persisted: PersistedDocumentService,
  options: PersistedQueriesOptions,
  logger: Logger,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, queryHash, source }) {
          if (!contextValue.apqRegistrations?.has(queryHash) || !contextValue.viewer) return;
          await persisted.apq.set(queryHash, source).catch((error: unknown) => {
            logger.error('APQ cache write failed; the client will send the text again', { err: error });
          });
        },
        async willSendResponse({ request, response, operation }) {
          if (request.http?.method !== 'GET') return;
          const failed = response.body.kind !== 'single' || Boolean(response.body.singleResult.errors?.length);
          // Answers depend on who asks, so only the caller's own cache may keep them (private),
          // and only per set of credentials (Vary).
          response.http.headers.set(
            'cache-control',
            !failed && operation?.operation === 'query' ? `private, max-age=${options.getMaxAgeSeconds}` : 'no-store',
          );
          response.http.headers.set('vary', 'Authorization, X-Api-Key, Origin, Accept');
        },
      };
    },
  };
}
