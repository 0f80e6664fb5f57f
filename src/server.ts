// createServer(deps) -> the HTTP app: GraphQL at /graphql, health probes. main.ts and tests use it.
import http from 'node:http';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { ideByDefault, type Config } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/client';
import { withAuthorization } from './graphql/auth';
import { exportRoutes } from './exports/router';
import { importRoutes } from './http/imports';
import { faultLoggingPlugin, formatError } from './graphql/errors';
import { compiledExecution } from './graphql/executor';
import { inputRulesPlugin } from './graphql/input-rules';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from './graphql/limits';
import {
  admitPersisted,
  DEFAULT_PERSISTED_QUERIES,
  persistedQueriesPlugin,
  resolvePersistedDocuments,
} from './graphql/persisted';
import { requestLogPlugin } from './graphql/request-log';
import { authenticateRequest, credentialsOf, CredentialsUnavailable } from './http/credentials';
import { serveSubscriptions, subscriptionsOverHttpPlugin } from './http/subscriptions';
import { ideRoutes } from './ide/routes';
import { appRoutes } from './app/routes';
import { createMetrics } from './metrics';
import type { Credentials } from './modules/auth';
import type { Registry } from 'prom-client';
import { resolvers } from './modules/resolvers.generated';
import { typeDefs } from './modules/typeDefs.generated';
import type { Services } from './services';
import { answerTo } from './shared/failures';
import type { Logger } from './shared/log';

export interface ServerDeps {
  config: Pick<Config, 'bodyLimitBytes' | 'shutdownTimeoutMs' | 'trustProxy'> &
    Partial<
      Pick<Config, 'queryLimits' | 'env' | 'introspection' | 'corsOrigins' | 'allowBatchedRequests' | 'ide' | 'app'>
    > & {
      /** Subscriptions one caller may keep open on this instance; 100 when omitted. */
      subscriptionsPerCaller?: number;
      subscriptionRecheckMs?: number;
      metricsToken?: string;
      persistedQueries?: Config['persistedQueries'];
    };
  database: Database;
  services: Services;
  logger: Logger;
  /** Whether the embedded PostgreSQL still runs (for metrics); absent with DATABASE_URL. */
  embeddedDatabaseUp?: () => Promise<boolean>;
}

export interface StockroomServer {
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting connections and waits (bounded) for in-flight requests to finish. */
  stop(): Promise<void>;
  /** Prometheus text for /metrics, for a separate metrics port. */
  metrics: Registry;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Conservative headers on every response; the API serves JSON, so nothing may be framed or sniffed. */
const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  next();
};

/**
 * CORS for the configured browser origins only. Everything else gets no CORS headers, so browsers
 * on other origins cannot read responses; Apollo's CSRF prevention stays on regardless.
 */
function cors(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin && allowed.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
      res.setHeader(
        'access-control-allow-headers',
        'authorization, content-type, x-api-key, x-request-id, apollo-require-preflight',
      );
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-expose-headers', 'x-request-id');
      res.setHeader('access-control-max-age', '600');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/** Reuses a well-formed X-Request-Id from a proxy, or makes one; echoes it on the response. */
const requestId: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
};

export async function createServer(deps: ServerDeps): Promise<StockroomServer> {
  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy, req.ip is the client's address from X-Forwarded-For; otherwise the peer's.
  app.set('trust proxy', deps.config.trustProxy);
  const httpServer = http.createServer(app);
  const limits = deps.config.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const metrics = createMetrics(deps.database, deps.embeddedDatabaseUp);
  const persistedQueries = deps.config.persistedQueries ?? DEFAULT_PERSISTED_QUERIES;

  const schema = withAuthorization(makeExecutableSchema({ typeDefs, resolvers }));
  // Subscriptions over WebSocket on the same port and path, with the same schema (and so the same @auth).
  const subscriptions = serveSubscriptions({
    httpServer,
    schema,
    services: deps.services,
    logger: deps.logger,
    metrics: metrics.registry,
    options: {
      perCaller: deps.config.subscriptionsPerCaller ?? 100,
      recheckMs: deps.config.subscriptionRecheckMs ?? 10_000,
      limits,
      persistedQueries: persistedQueries.mode,
      closeTimeoutMs: Math.max(deps.config.shutdownTimeoutMs, 100),
      hideSchemaDetails: deps.config.env === 'production',
    },
  });
  deps.services.live.start(deps.logger);
  deps.services.auth.start(deps.logger);
  const apollo = new ApolloServer<Context>({
    // Operations run compiled (graphql/executor); Apollo still parses, validates and runs the plugins.
    gateway: compiledExecution(schema, { cacheSize: 1000 }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: deps.config.introspection ?? true,
    allowBatchedHttpRequests: deps.config.allowBatchedRequests ?? false,
    // In production, validation errors do not suggest field names ("did you mean …").
    hideSchemaDetailsFromClientErrors: deps.config.env === 'production',
    // Limits run before any resolver: the parser stops at maxTokens, the rules check the rest.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    // main.ts owns SIGTERM/SIGINT: it drains, then closes the pool and the embedded database.
    stopOnTerminationSignals: false,
    // Persisted documents and APQ are handled in graphql/persisted (safelist, shared bounded cache).
    persistedQueries: false,
    // A GET passes CSRF prevention with any header a browser must preflight. Stockroom's
    // credentials travel in such headers (never cookies), so they count as well as Apollo's two.
    csrfPrevention: {
      requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization', 'x-api-key'],
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: deps.config.shutdownTimeoutMs }),
      // On stop, every subscription socket is closed with 1001 (Going Away), then the event bus stops.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await subscriptions.close();
              await deps.services.live.stop();
              await deps.services.auth.stop();
            },
          };
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field resolver to compute cache hints nobody reads
      // here; measured to cost throughput on list-heavy pages.
      ApolloServerPluginCacheControlDisabled(),
      faultLoggingPlugin(deps.logger),
      // No text with a NUL character reaches a resolver, whichever argument carries it.
      inputRulesPlugin(),
      subscriptionsOverHttpPlugin(),
      metrics.plugin,
      requestLogPlugin(deps.logger),
      persistedQueriesPlugin(deps.services.persisted, persistedQueries, deps.logger),
    ],
  });
  await apollo.start();

  app.use(requestId);
  app.use(securityHeaders);
  app.use(cors(deps.config.corsOrigins ?? []));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const reachable = await deps.database.isReachable();
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ok' : 'database unreachable' });
  });
  const metricsToken = deps.config.metricsToken;
  if (metricsToken) {
    app.get('/metrics', async (req, res) => {
      if (!sameSecret(req.get('authorization') ?? '', `Bearer ${metricsToken}`)) {
        res.status(401).json({
          errors: [{ message: 'Send the metrics token as a bearer token.', extensions: { code: 'UNAUTHENTICATED' } }],
        });
        return;
      }
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  app.use(exportRoutes({ ...deps, schema }));
  app.use(importRoutes(deps));
  // Browsers asking for /graphql get the IDE page; GraphQL requests go on to Apollo.
  if (deps.config.ide ?? ideByDefault(deps.config.env, persistedQueries.mode)) app.use(ideRoutes(deps.logger));
  // The web app at /app; mounting it trusts its shipped documents (src/app/routes.ts). On unless turned off.
  if (deps.config.app ?? true) app.use(appRoutes(deps.logger, deps.services.persisted, persistedQueries.mode));
  app.use(
    '/graphql',
    express.json({ limit: deps.config.bodyLimitBytes }),
    resolvePersistedDocuments(deps.services.persisted, persistedQueries.mode, deps.logger),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        const authentication = await authenticate(deps, credentialsOf(req), requestId);
        const viewer = 'actor' in authentication ? authentication.actor : null;
        return createContext(deps.services, {
          requestId,
          authentication,
          clientAddress: req.ip ?? 'unknown',
          apqRegistrations: admitPersisted(res, persistedQueries.mode, viewer, { logger: deps.logger, requestId }),
        });
      },
    }),
  );
  app.use(jsonErrors(deps.logger));

  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    stop: () => apollo.stop(),
    metrics: metrics.registry,
  };
}

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checking credentials needs the database; when it is down the answer is 503, not a 500 or a 401. */
async function authenticate(deps: ServerDeps, credentials: Credentials, requestId: string) {
  try {
    return await authenticateRequest(deps, credentials, requestId);
  } catch (error) {
    if (!(error instanceof CredentialsUnavailable)) throw error;
    const { status, code, message } = answerTo(error);
    throw new GraphQLError(message, { extensions: { code, requestId, http: { status } } });
  }
}

/**
 * Turns body-parser and other HTTP-level failures into JSON errors with a code; never a stack
 * trace. Express's default handler would answer with HTML, and a 500 for anything unknown.
 */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = httpStatusOf(error);
    const requestId = String(res.locals.requestId);
    if (status === 500) logger.error('http fault', { requestId, err: error });
    const message = status === 500 ? 'Internal server error.' : describeHttpError(error, status);
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}

function httpStatusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

function describeHttpError(error: unknown, status: number): string {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  if (status === 413) return 'The request body is larger than this server accepts.';
  if (type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return 'Unsupported request body encoding.';
  return 'The request could not be read.';
}
