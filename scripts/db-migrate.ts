// CLI: applies pending prisma/migrations (`npm run db:migrate`) to DATABASE_URL, or without it to
// the embedded PostgreSQL of `npm start`, running or not (created when it does not exist yet).
import { ConfigError, loadDatabaseConfig } from '../src/config';
import { openCliDatabase } from '../src/db/cli-database';
import { EmbeddedDatabaseError } from '../src/db/embedded';
import { applyMigrations } from '../src/db/migrate';

async function main(): Promise<void> {
  const target = await openCliDatabase({ ...loadDatabaseConfig(), create: true, log: (line) => console.log(line) });
  try {
    const applied = await applyMigrations(target.url, { log: (msg) => console.log(msg) });
    console.log(applied.length > 0 ? `Applied ${applied.length} migration(s).` : 'Database is up to date.');
  } finally {
    await target.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // 2: no database to work on (bad settings, or an embedded one that cannot be opened); 1: it failed.
  process.exitCode = error instanceof ConfigError || error instanceof EmbeddedDatabaseError ? 2 : 1;
});
