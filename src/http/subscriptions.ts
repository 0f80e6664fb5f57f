// GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol, graphql-ws), on the same
// port and path as HTTP. Credentials travel in connection_init's payload, as HTTP headers carry
// them: `{ "authorization": "Bearer <token or key>" }` or `{ "x-api-key": "<key>" }`. A socket
// without valid credentials is closed (4401). Each subscription then gets the same checks an HTTP
// request does: trusted documents when required, the query limits, input rules, the @auth of its
// field, and a bound on the subscriptions one caller keeps open in this process. Queries and
// mutations go over HTTP, where the plugins that log, measure and cache them run.
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, Server } from 'node:http';
import { getDirective } from '@graphql-tools/utils';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  Kind,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context as SocketContext } from 'graphql-ws';
import { Gauge, type Registry } from 'prom-client';
import { WebSocketServer } from 'ws';
import { createContext, type Context } from '../context';
import { requireRole } from '../graphql/auth';
import { formatError } from '../graphql/errors';
import { firstUnstorableText } from '../graphql/input-rules';
import { queryLimitRules, type QueryLimits } from '../graphql/limits';
import type { PersistedQueriesMode } from '../graphql/persisted';
import type { Authentication, Credentials } from '../modules/auth';
import { hashOfDocumentId } from '../modules/persisted';
import type { Services } from '../services';
import type { Actor, Role } from '../shared/actor';
import { RequestError } from '../shared/errors';
import { unstorableTextMessage } from '../shared/validation';
import type { Logger } from '../shared/log';
import { authenticateRequest, credentialsFrom, CredentialsUnavailable } from './credentials';

export interface SubscriptionOptions {
  /** Subscriptions one caller (a user or an API key) may keep open in this process. */
  perCaller: number;
  /**
   * How long an open subscription's credentials are trusted before its next event checks them
   * again (SUBSCRIPTION_RECHECK_SECONDS).
   */
  recheckMs: number;
  limits: QueryLimits;
  persistedQueries: PersistedQueriesMode;
  /** How long closing waits for clients to answer 1001 before their sockets are cut. */
  closeTimeoutMs: number;
  /** Leave "did you mean" suggestions out of validation errors (production). */
  hideSchemaDetails: boolean;
}

export interface SubscriptionServer {
  /** Closes every socket with 1001 (Going Away) and stops accepting new ones. */
  close(): Promise<void>;
}

/** What one socket carries between messages. */
interface SocketState {
  /** What connection_init sent: checked again for each subscription, as HTTP checks every request. */
  credentials: Credentials;
  clientAddress: string;
  /** The caller key each open subscription counts against, by operation id. */
  open: Map<string, string>;
}

/** The WebSocket close code for a socket whose credentials are missing or refused. */
const UNAUTHENTICATED_CLOSE = CloseCode.Unauthorized;
/** The server cannot check credentials right now (RFC 6455 1013, Try Again Later). */
const TRY_AGAIN_LATER = 1013;

function callerKey(actor: Actor): string {
  return actor.kind === 'user' ? `user:${actor.userId}` : `apiKey:${actor.apiKeyId}`;
}

function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** graphql-js's parse and validation errors with the code Apollo gives them over HTTP. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code, ...error.extensions },
  });
}

/** connection_init's payload, read like HTTP headers (names in any case). */
function credentialsOfParams(params: Record<string, unknown> | undefined) {
  const header = (name: string) => {
    const entry = Object.entries(params ?? {}).find(([key]) => key.toLowerCase() === name);
    return typeof entry?.[1] === 'string' ? entry[1] : undefined;
  };
  return credentialsFrom(header('authorization'), header('x-api-key'));
}

/** The root fields a subscription selects, fragments spread in (validation allows exactly one). */
function rootFieldNames(document: DocumentNode, selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(document, selection.selectionSet);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    return fragment && fragment.kind === Kind.FRAGMENT_DEFINITION
      ? rootFieldNames(document, fragment.selectionSet)
      : [];
  });
}

/**
 * Runs a subscription like graphql-js's `subscribe`, but executes each event with a fresh context
 * (new DataLoaders): a loader caches what it loaded, and one context living as long as the
 * subscription would answer every later event with the first event's products and locations.
 */
async function subscribeWithFreshContexts(args: ExecutionArgs, fresh: () => Promise<Context | GraphQLError>) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  let ended = false;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      if (ended) return { value: undefined, done: true };
      const event = await events.next();
      if (event.done) return { value: undefined, done: true };
      const contextValue = await fresh();
      if (contextValue instanceof GraphQLError) {
        // The caller may no longer see this: one last message says why, then the subscription ends.
        ended = true;
        await events.return?.();
        return { value: { errors: [contextValue] }, done: false };
      }
      return { value: await execute({ ...args, rootValue: event.value, contextValue }), done: false };
    },
    async return() {
      await events.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}

/**
 * Over HTTP a subscription would run once as if it were a query, with no event behind it: it is
 * refused before any resolver runs, pointing to the WebSocket.
 */
export function subscriptionsOverHttpPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          throw new GraphQLError(
            'Subscriptions run over a WebSocket at this same URL (the graphql-transport-ws protocol, e.g. the graphql-ws client), not over HTTP.',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        },
      };
    },
  };
}

export function serveSubscriptions(deps: {
  httpServer: Server;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  metrics: Registry;
  options: SubscriptionOptions;
}): SubscriptionServer {
  const { schema, services, logger, options } = deps;
  const wss = new WebSocketServer({ server: deps.httpServer, path: '/graphql' });
  const sockets = new WeakMap<object, SocketState>();
  /** How to build a fresh context like each subscription's first (one per event). */
  const renewals = new WeakMap<Context, () => Promise<Context | GraphQLError>>();
  /** Open subscriptions by caller key, across every socket of this process. */
  const openByCaller = new Map<string, number>();
  let openTotal = 0;
  const rules = [...specifiedRules, ...queryLimitRules(options.limits)];

  new Gauge({
    name: 'stockroom_subscriptions_open',
    help: 'GraphQL subscriptions open on this instance.',
    registers: [deps.metrics],
    collect() {
      this.set(openTotal);
    },
  });

  const release = (state: SocketState, id: string) => {
    const key = state.open.get(id);
    if (key === undefined) return;
    state.open.delete(id);
    openTotal -= 1;
    const left = (openByCaller.get(key) ?? 1) - 1;
    if (left > 0) openByCaller.set(key, left);
    else openByCaller.delete(key);
  };

  const contextOf = (state: SocketState, authentication: Authentication, requestId: string) =>
    createContext(services, { requestId, authentication, clientAddress: state.clientAddress });

  /**
   * Each event's context, with the caller's credentials checked again once `recheckMs` has
   * passed since the last check: a key revoked, a user deactivated or a token expired while the
   * subscription is open ends it (UNAUTHENTICATED) at its next event, as a new request would be
   * refused, instead of streaming on for as long as the socket lives.
   */
  function renewal(state: SocketState, first: Authentication, requestId: string) {
    let authentication = first;
    let checkedAt = Date.now();
    return async (): Promise<Context | GraphQLError> => {
      if (Date.now() - checkedAt >= options.recheckMs) {
        try {
          authentication = await authenticateRequest({ services, logger }, state.credentials, requestId);
        } catch (error) {
          if (error instanceof CredentialsUnavailable) return refusal(error.code, error.message);
          throw error;
        }
        checkedAt = Date.now();
        if (!('actor' in authentication)) {
          const why = 'problem' in authentication ? authentication.problem : 'Sign in again.';
          return refusal('UNAUTHENTICATED', `These credentials no longer hold: ${why}`);
        }
      }
      return contextOf(state, authentication, requestId);
    };
  }

  /** The document to run: its text, or a trusted document named by its hash. */
  async function documentOf(payload: SubscribePayload, viewer: Actor): Promise<string | GraphQLError> {
    const extensions = (payload.extensions ?? {}) as Record<string, unknown>;
    const persisted = extensions.persistedQuery as { sha256Hash?: unknown } | undefined;
    const named = typeof extensions.documentId === 'string' ? extensions.documentId : persisted?.sha256Hash;
    if (typeof named === 'string') {
      const hash = hashOfDocumentId(named);
      const trusted = hash && (await services.persisted.findTrusted(hash));
      if (!trusted) return refusal('PERSISTED_QUERY_NOT_FOUND', 'No trusted document has this id.');
      return trusted.body;
    }
    const trustedOnly =
      options.persistedQueries === 'only' || (viewer.kind === 'apiKey' && viewer.requirePersistedQueries === true);
    if (trustedOnly) {
      return refusal(
        'PERSISTED_QUERY_REQUIRED',
        'Only trusted documents run here: send `extensions.documentId` of a registered document instead of its text.',
      );
    }
    return payload.query;
  }

  /** Every check of an HTTP request, then a slot under the caller's bound; errors refuse the subscription. */
  async function prepare(
    ctx: SocketContext<Record<string, unknown>, Extra>,
    id: string,
    payload: SubscribePayload,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const state = sockets.get(ctx);
    if (!state) return [refusal('UNAUTHENTICATED', 'Send credentials in connection_init first.')];
    const requestId = randomUUID();
    // A key revoked or a user deactivated since the socket opened opens nothing more.
    let authentication: Authentication;
    try {
      authentication = await authenticateRequest({ services, logger }, state.credentials, requestId);
    } catch (error) {
      if (error instanceof CredentialsUnavailable) return [refusal(error.code, error.message)];
      throw error;
    }
    if (!('actor' in authentication)) {
      return [refusal('UNAUTHENTICATED', 'problem' in authentication ? authentication.problem : 'Sign in first.')];
    }
    const viewer = authentication.actor;
    const text = await documentOf(payload, viewer);
    if (text instanceof GraphQLError) return [text];
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens: options.limits.maxTokens });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return [coded(error, 'GRAPHQL_PARSE_FAILED')];
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length > 0) return invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [refusal('BAD_REQUEST', 'Name the operation to run (operationName).')];
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [
        refusal(
          'BAD_REQUEST',
          `This socket runs subscriptions only; send ${operation.operation === OperationTypeNode.QUERY ? 'queries' : 'mutations'} over HTTP.`,
        ),
      ];
    }
    const variables = payload.variables ?? {};
    const unstorable = firstUnstorableText(document, operation, variables);
    if (unstorable) {
      return [refusal('BAD_USER_INPUT', unstorableTextMessage(unstorable.path, unstorable.what))];
    }
    const contextValue = contextOf(state, authentication, requestId);
    renewals.set(contextValue, renewal(state, authentication, requestId));
    const refused = rootFieldRefusal(operation, document, contextValue);
    if (refused) return [refused];

    const key = callerKey(viewer);
    const open = openByCaller.get(key) ?? 0;
    if (open >= options.perCaller) {
      return [
        refusal(
          'TOO_MANY_SUBSCRIPTIONS',
          `You have ${open} subscriptions open on this server, the most one caller may keep; complete one first.`,
        ),
      ];
    }
    openByCaller.set(key, open + 1);
    openTotal += 1;
    state.open.set(id, key);
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: variables,
      contextValue,
    };
  }

  /** The @auth of the subscription's root field, checked before anything runs (withAuthorization checks it again). */
  function rootFieldRefusal(
    operation: OperationDefinitionNode,
    document: DocumentNode,
    ctx: Context,
  ): GraphQLError | undefined {
    const root = schema.getSubscriptionType();
    for (const name of rootFieldNames(document, operation.selectionSet)) {
      const field = root?.getFields()[name];
      const [auth] = (field && getDirective(schema, field, 'auth')) ?? [];
      if (!auth) continue;
      try {
        requireRole(ctx, auth.requires as Role, auth.orKeyGrant ?? undefined);
      } catch (error) {
        if (error instanceof RequestError) return refusal(error.code, error.message);
        throw error;
      }
    }
    return undefined;
  }

  const format = (errors: readonly GraphQLError[], requestId?: string): GraphQLFormattedError[] =>
    errors.map((error) => {
      const answer = formatError(error.toJSON(), error);
      // As Apollo does over HTTP in production: no field-name suggestions for strangers to probe.
      const formatted = options.hideSchemaDetails
        ? { ...answer, message: answer.message.replace(/ ?Did you mean .+\?$/, '') }
        : answer;
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        logger.error('subscription fault', { requestId, path: error.path, err: error.originalError ?? error });
      }
      return formatted;
    });

  const handle = useServer<Record<string, unknown>>(
    {
      schema,
      async onConnect(ctx) {
        const request: IncomingMessage = ctx.extra.request;
        const credentials = credentialsOfParams(ctx.connectionParams);
        let authentication: Authentication;
        try {
          authentication = await authenticateRequest({ services, logger }, credentials, randomUUID());
        } catch (error) {
          if (!(error instanceof CredentialsUnavailable)) throw error;
          ctx.extra.socket.close(TRY_AGAIN_LATER, error.message.slice(0, 120));
          return false;
        }
        if (!('actor' in authentication)) {
          const why =
            'problem' in authentication
              ? authentication.problem
              : 'Send credentials in connection_init: {"authorization": "Bearer <token or API key>"}.';
          ctx.extra.socket.close(UNAUTHENTICATED_CLOSE, why.slice(0, 120));
          return false;
        }
        sockets.set(ctx, {
          credentials,
          clientAddress: request.socket.remoteAddress ?? 'unknown',
          open: new Map(),
        });
        return true;
      },
      onSubscribe: (ctx, id, payload) => prepare(ctx, id, payload),
      subscribe: (args) => {
        const first = args.contextValue as Context;
        return subscribeWithFreshContexts(args, renewals.get(first) ?? (async () => first));
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: format(result.errors, (args.contextValue as Context).requestId) };
      },
      onComplete: (ctx, id) => {
        const state = sockets.get(ctx);
        if (state) release(state, id);
      },
      onClose: (ctx) => {
        const state = sockets.get(ctx);
        if (!state) return;
        for (const id of [...state.open.keys()]) release(state, id);
        sockets.delete(ctx);
      },
    },
    wss,
  );

  return {
    async close() {
      // graphql-ws closes each socket with 1001 and waits for the sockets to close; a client that
      // does not answer is cut once closeTimeoutMs has passed.
      const cut = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, options.closeTimeoutMs);
      try {
        await handle.dispose();
      } finally {
        clearTimeout(cut);
      }
    },
  };
}
