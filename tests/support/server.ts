// Starts the real HTTP server on a fresh database cloned from the migrated template, with an
// ADMIN signed in; requests go out as that admin unless a test says otherwise.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { connectDatabase, type Database } from '../../src/db/client';
import { DEFAULT_PERSISTED_QUERIES, type PersistedQueriesOptions } from '../../src/graphql/persisted';
import type { ApqCacheOptions } from '../../src/modules/persisted/apq-cache';
import type { AuthOptions } from '../../src/modules/auth/service';
import { createServer } from '../../src/server';
import { createServices, type Services } from '../../src/services';
import { WebhookDelivery, type DeliveryOptions } from '../../src/modules/webhooks';
import { ImportJobRunner, type ImportJobOptions } from '../../src/modules/import';
import { createLogger, type Logger } from '../../src/shared/log';
import { withDatabase } from '../setup/global-setup';

/**
 * How long a test may wait for an event to reach the feed (and so the webhook dispatcher and
 * subscriptions). It is long: the feed shows an event only once no older writing transaction is
 * open anywhere in the cluster, and the test files share one cluster, some of them (imports) with
 * long transactions.
 */
export const FEED_WAIT_MS = 90_000;

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
}

/** Sends typed operations with a given set of headers (a token, an API key, or none). */
export interface Caller {
  /** Sends a typed operation over HTTP and returns the parsed response, errors included. */
  send<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GraphQLResponse<R>>;
  /** Like send, but fails the test unless the response has data and no errors. */
  query<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
}

export interface TestServer extends Caller {
  url: string;
  /** The test file's own database, for assertions that must bypass the API. */
  databaseUrl: string;
  database: Database;
  services: Services;
  /** The webhook dispatcher and worker, when the options asked for them (`webhooks.deliver`). */
  webhooks: WebhookDelivery | undefined;
  /** The signing secret, for tests that forge or tamper with tokens. */
  authSecret: string;
  /** The signed-in admin's headers, for raw HTTP. */
  adminHeaders: Record<string, string>;
  /** The same server, called with other headers, e.g. `{ authorization: 'Bearer …' }` or `{}`. */
  as(headers: Record<string, string>): Caller;
  /** Raw HTTP for tests of the transport itself. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  auth?: Partial<AuthOptions>;
  metricsToken?: string;
  corsOrigins?: string[];
  env?: 'development' | 'production' | 'test';
  introspection?: boolean;
  pool?: { size: number; timeoutMs: number };
  allowBatchedRequests?: boolean;
  /** PERSISTED_QUERIES mode and GET freshness; the server's defaults (allow, 10 s) when unset. */
  persistedQueries?: Partial<PersistedQueriesOptions>;
  /** The APQ cache's size, and Redis instead of PostgreSQL when a URL is given. */
  apqCache?: Partial<ApqCacheOptions>;
  /** The GraphQL IDE at GET /graphql; the server's default (on outside production) when unset. */
  ide?: boolean;
  /** The web app at /app; on when unset, as in the server. */
  app?: boolean;
  logger?: Logger;
  /** Subscriptions: the per-caller bound (100) and the event bus's poll interval (1 s) when unset. */
  subscriptions?: { perCaller?: number; pollMs?: number; recheckMs?: number };
  /** Webhook settings (public https only when unset); `deliver: true` also runs the delivery loops. */
  webhooks?: Partial<DeliveryOptions> & { deliver?: boolean };
  /** Import job limits (the server's defaults when unset); `run: true` also runs the import job runner. */
  imports?: Partial<ImportJobOptions> & { run?: boolean; leaseMs?: number };
}

export const ADMIN_EMAIL = 'admin@test.stockroom';
export const ADMIN_PASSWORD = 'admin-password-for-tests';

export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env.STOCKROOM_TEST_SERVER_URL;
  const template = process.env.STOCKROOM_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('tests/setup/global-setup.ts did not run');
  const name = `${template.replace('template', 'test')}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

function caller(url: string, headers: Record<string, string>): Caller {
  const send = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GraphQLResponse<R>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse<R>['body'],
    };
  };
  return {
    send,
    async query(document, variables) {
      const response = await send(document, variables);
      if (response.body.errors?.length || !response.body.data) {
        throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.body.errors)}`);
      }
      return response.body.data;
    },
  };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const databaseUrl = await createTestDatabase();
  const database = connectDatabase({
    url: databaseUrl,
    poolSize: options.pool?.size ?? 10,
    connectionTimeoutMs: options.pool?.timeoutMs ?? 5_000,
  });
  const auth: AuthOptions = {
    secret: randomBytes(32).toString('base64url'),
    tokenTtlSeconds: 3600,
    throttleWindowMs: 60_000,
    maxFailuresPerAccount: 20,
    maxFailuresPerAddress: 1000,
    ...options.auth,
  };
  const services = createServices(database, {
    transactionWaitMs: options.pool?.timeoutMs ?? 30_000,
    auth,
    apqCache: options.apqCache,
    // Like main.ts: the bus hears other instances' commits with LISTEN/NOTIFY on the same database.
    live: { listenUrl: databaseUrl, pollMs: options.subscriptions?.pollMs ?? 1000 },
    webhooks: options.webhooks,
    imports: options.imports,
  });
  const server = await createServer({
    config: {
      bodyLimitBytes: 1024 * 1024,
      shutdownTimeoutMs: 1_000,
      trustProxy: false,
      metricsToken: options.metricsToken,
      corsOrigins: options.corsOrigins,
      env: options.env ?? 'test',
      introspection: options.introspection,
      allowBatchedRequests: options.allowBatchedRequests,
      persistedQueries: { ...DEFAULT_PERSISTED_QUERIES, ...options.persistedQueries },
      ide: options.ide,
      app: options.app,
      subscriptionsPerCaller: options.subscriptions?.perCaller,
      subscriptionRecheckMs: options.subscriptions?.recheckMs,
    },
    database,
    services,
    logger: options.logger ?? createLogger({ silent: true }),
  });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  await services.auth.ensureFirstAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
  const { token } = await services.auth.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, 'test-setup');
  const adminHeaders = { authorization: `Bearer ${token}` };
  const asAdmin = caller(url, adminHeaders);
  const logger = options.logger ?? createLogger({ silent: true });
  const webhooks = options.webhooks?.deliver
    ? new WebhookDelivery(
        database.prisma,
        {
          allowHttp: false,
          allowPrivateNetworks: false,
          timeoutMs: 10_000,
          retrySchedule: [],
          concurrency: 8,
          ...options.webhooks,
        },
        logger,
      ).start()
    : undefined;
  const imports = options.imports?.run
    ? new ImportJobRunner(
        database.prisma,
        services.importJobs,
        { databaseUrl, leaseMs: options.imports.leaseMs, reportMs: 200, pollMs: 500 },
        logger,
      ).start()
    : undefined;

  return {
    ...asAdmin,
    url,
    databaseUrl,
    database,
    services,
    webhooks,
    authSecret: auth.secret,
    adminHeaders,
    as: (headers) => caller(url, headers),
    fetch: (path, init) => fetch(`${url}${path}`, init),
    async close() {
      await server.stop();
      await webhooks?.stop();
      await imports?.stop();
      await services.persisted.close();
      await database.close();
    },
  };
}
