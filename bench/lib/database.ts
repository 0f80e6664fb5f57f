// The benchmark's PostgreSQL: BENCH_DATABASE_URL when set, otherwise a persistent embedded cluster.
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';

export interface BenchDatabase {
  url: string;
  /** Stops the embedded cluster; does nothing for BENCH_DATABASE_URL. */
  stop(): Promise<void>;
}

export const BENCH_DATABASE_NAME = 'stockroom_bench';

// Anchored to the repository, so the data survives whatever directory the command runs from.
const EMBEDDED_DIR = path.join(__dirname, '..', '..', '.data', 'bench-postgres');

/** The benchmark database, created (empty) when missing; its cluster started when embedded. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    await withMaintenanceClient(external, async (client, name) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    });
    return { url: external, stop: async () => {} };
  }
  const cluster = await startEmbeddedPostgres({ dataDir: EMBEDDED_DIR, port: 0, persistent: true });
  await cluster.createDatabase(BENCH_DATABASE_NAME);
  return { url: cluster.url(BENCH_DATABASE_NAME), stop: () => cluster.stop() };
}

/** Drops the database `url` names (disconnecting its sessions) and creates it again, empty. */
export async function recreateDatabase(url: string): Promise<void> {
  await withMaintenanceClient(url, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  });
}

/**
 * A copy of the database `url` names, as it is now, under the name `name` (replacing any copy of
 * that name an interrupted run left); returns its URL. PostgreSQL refuses while any session is
 * connected to the source, so every pool on it must be closed first. FILE_COPY copies the files
 * instead of writing every page to the WAL: far faster for a dataset of gigabytes.
 */
export async function copyDatabase(url: string, name: string): Promise<string> {
  await withMaintenanceClient(url, async (client, source) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    await client.query(
      `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(source)} STRATEGY FILE_COPY`,
    );
  });
  const copy = new URL(url);
  copy.pathname = `/${encodeURIComponent(name)}`;
  return copy.toString();
}

/** Drops the database `url` names, disconnecting its sessions; nothing when it is already gone. */
export async function dropDatabase(url: string): Promise<void> {
  await withMaintenanceClient(url, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  });
}

/** Host and database of a URL for messages, never its password. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

// A database cannot be created or dropped from a session inside it, so these go through `postgres`.
async function withMaintenanceClient(url: string, work: (client: Client, name: string) => Promise<void>) {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!name) throw new Error(`The database URL ${describeDatabase(url)} names no database.`);
  parsed.pathname = '/postgres';
  const client = new Client({ connectionString: parsed.toString() });
  // A dropped connection fails the query in flight; without a listener it would also crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await work(client, name);
  } finally {
    await client.end();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
