// CLI: recomputes every stock level from the ledger and reports where the projection differs
// (`npm run stock:verify`). Exits 1 when there is any difference, so it can gate a deployment.
import { connectDatabase } from '../src/db/client';
import { StockQueries } from '../src/modules/stock/queries';

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set; it names the database to verify.');
    return 2;
  }
  const database = connectDatabase({ url, poolSize: 2, connectionTimeoutMs: 10_000 });
  try {
    const { ok, checkedLevels, differences } = await new StockQueries(database.prisma).verify();
    console.log(`Checked ${checkedLevels} stock levels against the ledger.`);
    for (const difference of differences) {
      console.log(
        `  product ${difference.productId} at location ${difference.locationId}: ` +
          `stored ${difference.storedOnHand}, ledger ${difference.ledgerOnHand}`,
      );
    }
    console.log(
      ok ? 'No differences: every level matches the ledger.' : `${differences.length} level(s) differ from the ledger.`,
    );
    return ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
