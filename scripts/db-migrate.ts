// CLI: applies pending prisma/migrations to DATABASE_URL (`npm run db:migrate`).
import { applyMigrations } from '../src/db/migrate';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is not set; it names the database to migrate, e.g.\n' +
        '  DATABASE_URL=postgresql://user:pass@localhost:5432/stockroom npm run db:migrate',
    );
    process.exitCode = 2;
    return;
  }
  const applied = await applyMigrations(url, { log: (msg) => console.log(msg) });
  console.log(applied.length > 0 ? `Applied ${applied.length} migration(s).` : 'Database is up to date.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
