// Applies prisma/migrations to a database at runtime, keeping Prisma's own `_prisma_migrations` bookkeeping.
// Not the WebAssembly engine's applyMigrations (docs/development.md, "Migrations without network access"): through
// adapter-pg it splits scripts on `;` and breaks our `$$` bodies, records failures that then block every
// start, applies edited migrations silently, gives up on the advisory lock after 10 s, and costs more.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export interface Migration {
  /** Directory name, e.g. 20261121120000_init; also the name recorded in `_prisma_migrations`. */
  name: string;
  sql: string;
  /** sha256 hex of migration.sql's bytes, as `prisma migrate deploy` records it. */
  checksum: string;
}

export interface ApplyOptions {
  migrationsDir?: string;
  log?: (msg: string) => void;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

// The key `prisma migrate deploy` locks on, so this runner and Prisma's CLI also exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;

// Prisma's exact DDL (sql-schema-connector, PostgreSQL flavour), so its CLI accepts the table as its own.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

/** prisma/migrations of this project, whether running from src/ (tsx) or dist/src/ (compiled). */
export function defaultMigrationsDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`No prisma/migrations directory found above ${__dirname}; pass options.migrationsDir.`);
    }
  }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every <name>/migration.sql under migrationsDir, in name order (the order Prisma applies them). */
export function readMigrations(migrationsDir: string): Migration[] {
  if (!fs.existsSync(migrationsDir)) throw new Error(`Migrations directory ${migrationsDir} does not exist.`);
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      if (!fs.existsSync(file)) throw new Error(`Migration directory ${name} has no migration.sql (${file}).`);
      const bytes = fs.readFileSync(file);
      return { name, sql: bytes.toString('utf8'), checksum: sha256(bytes) };
    });
}

// Prisma accepts a checksum taken with either line ending, because git may convert them on checkout.
function checksumMatches(migration: Migration, recorded: string): boolean {
  const variants = [migration.sql.replace(/\r\n/g, '\n'), migration.sql.replace(/\r?\n/g, '\r\n')];
  return recorded === migration.checksum || variants.some((sql) => sha256(sql) === recorded);
}

async function lock(client: Client, log: (msg: string) => void): Promise<void> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
    PRISMA_ADVISORY_LOCK,
  ]);
  if (rows[0]?.locked) return;
  log(`Waiting for another migration run to finish (pg_advisory_lock(${PRISMA_ADVISORY_LOCK}))...`);
  await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
}

async function recordedMigrations(client: Client): Promise<MigrationRow[]> {
  // Look before creating: CREATE TABLE IF NOT EXISTS needs CREATE on the schema even when the table exists.
  const { rows: found } = await client.query<{ present: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present",
  );
  if (!found[0]?.present) {
    await client.query(CREATE_MIGRATIONS_TABLE);
    return [];
  }
  const { rows } = await client.query<MigrationRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at',
  );
  return rows;
}

function refuseFailed(rows: MigrationRow[]): void {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length === 0) return;
  const details = failed.map((row) => `  ${row.migration_name}${row.logs ? `: ${row.logs.trim()}` : ''}`).join('\n');
  // Only Prisma's CLI leaves such rows (this runner records nothing for a failed, rolled-back migration).
  throw new Error(
    `Refusing to migrate: _prisma_migrations records failed migrations:\n${details}\n` +
      'Repair the database by hand, then run `prisma migrate resolve --rolled-back <name>` (or --applied <name>), ' +
      "or without Prisma's CLI: UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '<name>' " +
      'AND finished_at IS NULL;',
  );
}

function refuseEdited(migrations: Migration[], applied: MigrationRow[]): void {
  const edited = applied.filter((row) => {
    const migration = migrations.find((m) => m.name === row.migration_name);
    return migration !== undefined && !checksumMatches(migration, row.checksum);
  });
  if (edited.length === 0) return;
  const names = edited.map((row) => row.migration_name).join(', ');
  throw new Error(
    `Refusing to migrate: migration.sql changed after it was applied: ${names}.\n` +
      'Restore the applied file (see git history) and put the change in a new migration.',
  );
}

function lineOf(sql: string, position: string | undefined): string {
  if (!position) return '';
  return ` (line ${sql.slice(0, Number(position)).split('\n').length})`;
}

// One transaction per migration, record included: a failure leaves neither schema changes nor a
// half-written record behind, so fixing the file and rerunning is enough.
async function applyOne(client: Client, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    // The row `prisma migrate deploy` leaves after a success: logs NULL, one applied step.
    await client.query(
      `INSERT INTO _prisma_migrations
         (id, checksum, started_at, finished_at, migration_name, logs, rolled_back_at, applied_steps_count)
       VALUES ($1, $2, now(), clock_timestamp(), $3, NULL, NULL, 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    // The migration's own error is the one worth reporting, even if ROLLBACK fails too.
    await client.query('ROLLBACK').catch(() => undefined);
    const { message, position } = error as { message: string; position?: string };
    const where = lineOf(migration.sql, position);
    throw new Error(`Migration ${migration.name} failed${where} and was rolled back: ${message}`);
  }
}

// host:port/database for messages; never the password.
function describe(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.host}${url.pathname}`;
  } catch {
    return 'the database';
  }
}

// The migrations still to apply, after refusing histories that `prisma migrate deploy` refuses (failed
// migrations) or that mean the files no longer describe the database (edited migrations).
function pendingMigrations(migrations: Migration[], rows: MigrationRow[], log: (msg: string) => void): Migration[] {
  refuseFailed(rows);
  const applied = rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null);
  refuseEdited(migrations, applied);
  const appliedNames = new Set(applied.map((row) => row.migration_name));
  const unknown = [...appliedNames].filter((name) => !migrations.some((m) => m.name === name));
  // Not an error: an older release must still start against a database a newer one migrated.
  if (unknown.length > 0)
    log(`Database has migrations this code does not know (newer release?): ${unknown.join(', ')}`);
  return migrations.filter((m) => !appliedNames.has(m.name));
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns the names it applied. */
export async function applyMigrations(connectionString: string, options: ApplyOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  const client = new Client({ connectionString });
  // Errors also reject the pending query; without a listener a dropped connection would crash the process.
  client.on('error', () => {});
  await client.connect().catch((error: Error) => {
    throw new Error(`Cannot connect to ${describe(connectionString)} to migrate it: ${error.message}`);
  });
  try {
    await lock(client, log);
    const pending = pendingMigrations(migrations, await recordedMigrations(client), log);
    for (const migration of pending) {
      log(`Applying migration ${migration.name}`);
      await applyOne(client, migration);
    }
    return pending.map((m) => m.name);
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end();
  }
}
