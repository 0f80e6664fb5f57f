// Entry point: reads config, brings up the database (embedded when DATABASE_URL is unset),
// applies migrations, loads demo data on a first run, serves, and drains on SIGTERM.
import { tracing } from './tracing';
import fs from 'node:fs';
import http from 'node:http';
import type { Registry } from 'prom-client';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase } from './db/client';
import { EMBEDDED_DATABASE, EmbeddedDatabaseError, startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { applyMigrations } from './db/migrate';
import type { PersistedQueriesMode } from './graphql/persisted';
import { BUILT_IN_DOCUMENTS } from './modules/persisted';
import { isEmpty, loadDemoData } from '../prisma/seed/demo';
import { createServer } from './server';
import { sharedSigningKey } from './modules/auth';
import { WebhookDelivery } from './modules/webhooks';
import { ImportJobRunner } from './modules/import';
import type { PrismaClient } from './generated/prisma/client';
import { createServices } from './services';
import { createLogger, type Logger } from './shared/log';

async function openDatabaseUrl(config: Config, logger: Logger): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  logger.info('DATABASE_URL is not set; starting the embedded PostgreSQL', { dataDir: config.embedded.dataDir });
  const embedded = await startEmbeddedPostgres({
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    persistent: true,
    ownSignals: true,
    report: (message, fields) => logger.info(message, fields),
  });
  await embedded.createDatabase(EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}

/**
 * The token signing key. Production must configure one (config refuses to start otherwise).
 * Elsewhere an unset key is generated once and kept in the database, so that every instance on
 * that database accepts the others' tokens and a restart signs no one out.
 */
async function authSecret(config: Config, prisma: PrismaClient, logger: Logger): Promise<string> {
  if (!config.auth.secretIsGenerated) return config.auth.secret;
  // Earlier releases kept the embedded database's key in this file: offering it as the database's
  // key keeps their sessions valid across the upgrade. Once the database has a key the file is unused.
  const legacyFile = config.databaseUrl
    ? undefined
    : path.join(path.dirname(path.resolve(config.embedded.dataDir)), 'auth-secret');
  const legacy = legacyFile && fs.existsSync(legacyFile) ? fs.readFileSync(legacyFile, 'utf8').trim() : undefined;
  const secret = await sharedSigningKey(prisma, legacy && legacy.length >= 32 ? legacy : config.auth.secret);
  if (legacyFile && legacy !== undefined) {
    fs.rmSync(legacyFile, { force: true });
    logger.info('the token signing key is now kept in the database; removed the old key file', { file: legacyFile });
  }
  return secret;
}

/** /metrics alone on its own port (no token): for a scraper on a private network. */
async function serveMetrics(registry: Registry, options: { port?: number; host: string }, logger: Logger) {
  const server = http.createServer(async (req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  logger.info('metrics listening', { url: `http://${options.host}:${options.port}/metrics` });
  return server;
}

/**
 * The sign-in and first-request curls. Under PERSISTED_QUERIES=only text is refused, so they send
 * Stockroom's built-in documents by id.
 */
function howToSignIn(curl: string, email: string, password: string, mode: PersistedQueriesMode): string[] {
  if (mode === 'only') {
    const signIn = { documentId: BUILT_IN_DOCUMENTS.SignIn.documentId, variables: { input: { email, password } } };
    return [
      '  Sign in (PERSISTED_QUERIES=only runs trusted documents alone, so send the built-in SignIn by its id):',
      `    ${curl} -d '${JSON.stringify(signIn)}'`,
      '  Then send the token with every request, e.g. the built-in Me:',
      `    ${curl} -H 'authorization: Bearer <token>' -d '{"documentId":"${BUILT_IN_DOCUMENTS.Me.documentId}"}'`,
      "  Register your clients' documents with the built-in RegisterPersistedDocuments",
      `  (documentId ${BUILT_IN_DOCUMENTS.RegisterPersistedDocuments.documentId}) or \`npm run persisted:register\`.`,
    ];
  }
  const signIn = `mutation { signIn(input: { email: \\"${email}\\", password: \\"${password}\\" }) { token } }`;
  return [
    '  Sign in:',
    `    ${curl} -d '{"query":"${signIn}"}'`,
    '  Then send the token with every request:',
    `    ${curl} -H 'authorization: Bearer <token>' \\`,
    `      -d '{"query":"{ products(first: 5) { totalCount edges { node { sku name price } } } }"}'`,
  ];
}

/** What a new user needs to see: where the API is and how to sign in to it. */
function startupMessage(
  endpoint: string,
  firstAdmin: { email: string; generatedPassword?: string } | null,
  config: Config,
) {
  const json = `-H 'content-type: application/json'`;
  const email = firstAdmin?.email ?? '<email>';
  const password = firstAdmin?.generatedPassword ?? (firstAdmin ? '<ADMIN_PASSWORD>' : '<password>');
  const lines = [
    '',
    `  Stockroom GraphQL endpoint: ${endpoint}`,
    ...(config.ide ? ['  GraphQL IDE: open the endpoint in a browser, and sign in from its first tab'] : []),
    ...(config.app
      ? [`  Web app: ${endpoint.replace(/\/graphql$/, '/app')} (sign in with the same email and password)`]
      : []),
    firstAdmin?.generatedPassword
      ? `  First run: created the ADMIN ${email} with the password ${firstAdmin.generatedPassword}\n` +
        '  (shown only now; set ADMIN_EMAIL and ADMIN_PASSWORD to choose them on a first run)'
      : firstAdmin
        ? `  First run: created the ADMIN ${email} with the password in ADMIN_PASSWORD`
        : '  Sign in as an existing user (an ADMIN creates users with createUser).',
    ...howToSignIn(`curl -s ${endpoint} ${json}`, email, password, config.persistedQueries.mode),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Tidies expired holds (ReservationService.expireLapsed), builds the monthly stock checkpoints that
 * are due, and prunes events past their retention every `intervalMs` until stopped; reads never
 * wait for it. A failed sweep is logged and retried next time.
 */
function sweepExpiredHolds(services: ReturnType<typeof createServices>, intervalMs: number, logger: Logger) {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      try {
        const expired = await services.reservations.expireLapsed();
        if (expired > 0) logger.info('expired holds tidied', { reservations: expired });
      } catch (error) {
        logger.error('tidying expired holds failed; retrying at the next sweep', { err: error });
      }
      try {
        const built = await services.stock.buildCheckpoints();
        if (built > 0) logger.info('monthly stock checkpoints built', { months: built });
      } catch (error) {
        logger.error('building stock checkpoints failed; retrying at the next sweep', { err: error });
      }
      try {
        const pruned = await services.events.prune();
        if (pruned > 0) logger.info('events past their retention pruned', { events: pruned });
      } catch (error) {
        logger.error('pruning events failed; retrying at the next sweep', { err: error });
      }
    });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const { url, embedded } = await openDatabaseUrl(config, logger);
  const applied = await applyMigrations(url);
  if (applied.length > 0) logger.info('applied migrations', { migrations: applied });

  const database = connectDatabase({
    url,
    poolSize: config.pool.size,
    connectionTimeoutMs: config.pool.connectionTimeoutMs,
  });
  const wantsDemo = config.demoData === 'on' || (config.demoData === 'auto' && embedded !== undefined);
  if (wantsDemo && (await isEmpty(database.prisma))) {
    const summary = await loadDemoData(database.prisma);
    logger.info('loaded demo data', { ...summary });
  }

  const services = createServices(database, {
    transactionWaitMs: config.pool.connectionTimeoutMs,
    auth: { ...config.auth, secret: await authSecret(config, database.prisma, logger) },
    apqCache: { maxEntries: config.apqCache.size, redisUrl: config.apqCache.redisUrl },
    events: config.events,
    webhooks: config.webhooks,
    // Subscribers on every instance hear of each other's commits through LISTEN/NOTIFY on this database.
    live: { listenUrl: url, pollMs: config.subscriptions.pollMs },
    imports: config.imports,
  });
  const firstAdmin = await services.auth.ensureFirstAdmin(config.auth.adminEmail, config.auth.adminPassword);
  const server = await createServer({
    config: {
      ...config,
      metricsToken: config.metrics.token,
      subscriptionsPerCaller: config.subscriptions.perCaller,
      subscriptionRecheckMs: config.subscriptions.recheckMs,
    },
    database,
    services,
    logger,
    // The embedded cluster is up while it answers; with DATABASE_URL the gauge is left out.
    embeddedDatabaseUp: embedded ? () => database.isReachable() : undefined,
  });
  const metricsServer = config.metrics.port ? await serveMetrics(server.metrics, config.metrics, logger) : undefined;
  const port = await server.listen(config.port, config.host);
  releaseStartupMemory();
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const endpoint = `http://${shownHost}:${port}/graphql`;
  logger.info('Stockroom is listening', {
    endpoint,
    database: embedded ? `embedded on port ${embedded.port}` : 'DATABASE_URL',
  });
  process.stdout.write(startupMessage(endpoint, firstAdmin, config));
  const sweep = sweepExpiredHolds(services, config.reservationSweepMs, logger);
  // Every instance dispatches and sends webhooks from the queue in PostgreSQL (see modules/webhooks).
  const webhooks = new WebhookDelivery(database.prisma, config.webhooks, logger).start();
  // Every instance runs import jobs from the queue in PostgreSQL, one at a time (see modules/import).
  const imports = new ImportJobRunner(
    database.prisma,
    services.importJobs,
    {
      databaseUrl: url,
      leaseMs: config.imports.leaseMs,
      write: { events: config.events.enabled, transactionWaitMs: config.pool.connectionTimeoutMs },
    },
    logger,
  ).start();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down: draining in-flight requests', { signal });
    try {
      await server.stop();
      await sweep.stop();
      // Lets the attempts in flight finish (each within WEBHOOK_TIMEOUT_MS) and records them.
      await webhooks.stop();
      // The job in progress stops at its next batch and goes back to the queue for the next start.
      await imports.stop();
      metricsServer?.close();
      await services.persisted.close();
      await database.close();
      // Flush the spans of the last requests before the process ends.
      await tracing?.shutdown();
      await embedded?.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error('unclean shutdown', { err: error });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Both are written for the user as they are; a stack trace would only bury them.
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    createLogger().error('Stockroom failed to start', { err: error });
  }
  process.exit(1);
});

/**
 * One full, memory-reducing collection once the server is up. Start-up (loading and compiling some
 * 1,400 modules, the schema, the migrations check) allocates fast enough that V8 grows its young
 * generation to its largest (128 MB on a machine of this size) and keeps it, though what survives
 * is about 45 MB: given back, an idle server holds 138-185 MB instead of 240-270 (measured on a
 * 1M-movement dataset). Requests grow it again as they need.
 */
function releaseStartupMemory() {
  setFlagsFromString('--expose-gc');
  // The collector is exposed in a new context only, never as a global of this one.
  const collect = runInNewContext('gc') as (options: object) => void;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
