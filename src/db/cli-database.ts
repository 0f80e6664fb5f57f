// The database a command-line tool works on, found as the service finds its own: DATABASE_URL;
// without it the embedded PostgreSQL in EMBEDDED_PG_DIR, whose port changes at every start. A CLI
// connects to the cluster a running Stockroom (or a crashed one) left up, and leaves it running;
// when none runs, it starts the cluster for the job and stops it afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { runningClusterPort } from './data-directory';
import { EMBEDDED_DATABASE, embeddedUrl, EmbeddedDatabaseError, startEmbeddedPostgres } from './embedded';

export interface CliDatabase {
  url: string;
  /** True when this process started the embedded cluster, which `close` then stops. */
  started: boolean;
  close(): Promise<void>;
}

export interface CliDatabaseOptions {
  /** From loadDatabaseConfig: DATABASE_URL, and the embedded cluster's data directory. */
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  /**
   * Initialise the embedded cluster and its database when the data directory has none yet (for
   * tools that then migrate it); otherwise such a directory is an error, since there is nothing in
   * it to work on.
   */
  create: boolean;
  /** Where the tool says which database it uses. */
  log: (line: string) => void;
}

export async function openCliDatabase(options: CliDatabaseOptions): Promise<CliDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, started: false, close: async () => undefined };
  const dataDir = path.resolve(options.embeddedDataDir);
  // A running cluster belongs to the Stockroom that started it: connect, never stop it.
  const port = runningClusterPort(dataDir);
  if (port !== undefined) {
    options.log(`DATABASE_URL is not set; using the embedded PostgreSQL running on ${dataDir} (port ${port}).`);
    return { url: embeddedUrl(port, EMBEDDED_DATABASE), started: false, close: async () => undefined };
  }
  if (!options.create && !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new EmbeddedDatabaseError(
      `DATABASE_URL is not set, and there is no embedded PostgreSQL in ${dataDir} (EMBEDDED_PG_DIR): ` +
        'start Stockroom once (`npm start`) to create it, or set DATABASE_URL.',
    );
  }
  options.log(`DATABASE_URL is not set; starting the embedded PostgreSQL in ${dataDir} for this job.`);
  // Its own free port: EMBEDDED_PG_PORT is the server's, which may start meanwhile (and will then
  // find the data directory claimed by this process, and say so).
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
  try {
    if (options.create) await embedded.createDatabase(EMBEDDED_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: embedded.url(EMBEDDED_DATABASE), started: true, close: () => embedded.stop() };
}
