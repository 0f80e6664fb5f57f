// Proves the generated ledger valid: the projection matches the lines (the service's own check), and
// no (product, location) balance ever dipped below zero in business-time order.
import type { Client } from 'pg';
import { connectDatabase } from '../../src/db/client';
import { StockQueries, type StockDifference } from '../../src/modules/stock/queries';

export interface LedgerCheck {
  ok: boolean;
  checkedLevels: number;
  differences: StockDifference[];
  negativeBalances: number;
}

export async function verifyLedger(url: string, client: Client): Promise<LedgerCheck> {
  const database = connectDatabase({ url, poolSize: 2, connectionTimeoutMs: 10_000 });
  try {
    const [verification, negativeBalances] = await Promise.all([
      new StockQueries(database.prisma).verify(),
      countNegativeBalances(client),
    ]);
    return {
      ok: verification.ok && negativeBalances === 0,
      checkedLevels: verification.checkedLevels,
      differences: verification.differences,
      negativeBalances,
    };
  } finally {
    await database.close();
  }
}

// Ties on occurred_at are broken by movement id, the order in which the ledger applies them.
async function countNegativeBalances(client: Client): Promise<number> {
  const { rows } = await client.query<{ count: string }>(
    `SELECT COUNT(*) AS count
       FROM (SELECT SUM(delta) OVER (PARTITION BY product_id, location_id ORDER BY occurred_at, movement_id
                                     ROWS UNBOUNDED PRECEDING) AS balance
               FROM movement_line) AS running
      WHERE balance < 0`,
  );
  return Number(rows[0]?.count ?? 0);
}
