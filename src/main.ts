// Entry point: reads config, brings up the database (embedded when DATABASE_URL is unset),
// applies migrations, loads demo data on a first run, serves, and drains on SIGTERM.
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase } from './db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { applyMigrations } from './db/migrate';
import { isEmpty, loadDemoData } from '../prisma/seed/demo';
import { createServer } from './server';
import { createServices } from './services';
import { createLogger, type Logger } from './shared/log';

const EMBEDDED_DATABASE = 'stockroom';

async function openDatabaseUrl(config: Config, logger: Logger): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  logger.info('DATABASE_URL is not set; starting the embedded PostgreSQL', { dataDir: config.embedded.dataDir });
  const embedded = await startEmbeddedPostgres({
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    persistent: true,
    ownSignals: true,
  });
  await embedded.createDatabase(EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger();
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

  const server = await createServer({
    config,
    database,
    services: createServices(database.prisma, { transactionWaitMs: config.pool.connectionTimeoutMs }),
    logger,
  });
  const port = await server.listen(config.port, config.host);
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const endpoint = `http://${shownHost}:${port}/graphql`;
  logger.info('Stockroom is listening', {
    endpoint,
    database: embedded ? `embedded on port ${embedded.port}` : 'DATABASE_URL',
  });
  process.stdout.write(
    `\n  Stockroom GraphQL endpoint: ${endpoint}\n` +
      `  Try: curl -s ${endpoint} -H 'content-type: application/json' \\\n` +
      `         -d '{"query":"{ products(first: 5) { totalCount edges { node { sku name price } } } }"}'\n` +
      `  Sign-in: none yet; every caller may use the API until authentication is added.\n\n`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down: draining in-flight requests', { signal });
    try {
      await server.stop();
      await database.close();
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
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    createLogger().error('Stockroom failed to start', { err: error });
  }
  process.exit(1);
});
