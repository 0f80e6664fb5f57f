// CLI: recomputes every stock level from the ledger and reports where the projection differs
// (`npm run stock:verify`). Exits 1 when there is any difference, so it can gate a deployment.
// Verifies DATABASE_URL, or without it the embedded PostgreSQL of `npm start`, running or not.
import { ConfigError, loadDatabaseConfig } from '../src/config';
import { openCliDatabase } from '../src/db/cli-database';
import { connectDatabase } from '../src/db/client';
import { EmbeddedDatabaseError } from '../src/db/embedded';
import { StockQueries } from '../src/modules/stock';

async function main(): Promise<number> {
  const target = await openCliDatabase({ ...loadDatabaseConfig(), create: false, log: (line) => console.log(line) });
  const database = connectDatabase({ url: target.url, poolSize: 2, connectionTimeoutMs: 10_000 });
  try {
    const { ok, checkedLevels, differences } = await new StockQueries(database.prisma).verify();
    console.log(`Checked ${checkedLevels} stock levels against the ledger.`);
    for (const difference of differences) {
      // Only the figures that differ: "on hand stored 7, ledger 6".
      const figures = [
        ['on hand', difference.storedOnHand, 'ledger', difference.ledgerOnHand],
        ['damaged', difference.storedDamaged, 'ledger', difference.ledgerDamaged],
        ['quality control', difference.storedQualityControl, 'ledger', difference.ledgerQualityControl],
        ['reserved', difference.storedReserved, 'held', difference.heldReserved],
        ['committed', difference.storedCommitted, 'held', difference.heldCommitted],
      ]
        .filter(([, stored, , actual]) => stored !== actual)
        .map(([name, stored, source, actual]) => `${name} stored ${stored}, ${source} ${actual}`);
      console.log(`  product ${difference.productId} at location ${difference.locationId}: ${figures.join('; ')}`);
    }
    console.log(
      ok
        ? 'No differences: every level matches the ledger.'
        : `${differences.length} level(s) differ from the ledger or the open reservations.`,
    );
    return ok ? 0 : 1;
  } finally {
    await database.close();
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // 2: no database to verify (bad settings, or an embedded one that cannot be opened); 1: differences or a failure.
    process.exit(error instanceof ConfigError || error instanceof EmbeddedDatabaseError ? 2 : 1);
  },
);
