// `stockroom verify`: recomputes every stock level from the ledger and reports where the stored
// projection differs. Exits 1 when there is any difference, so it can gate a deployment.
import { StockQueries } from '../modules/stock';
import { withDatabase } from './database';

export async function verifyCommand(): Promise<number> {
  return withDatabase(
    (line) => console.log(line),
    async ({ database }) => {
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
    },
    { poolSize: 2 },
  );
}
