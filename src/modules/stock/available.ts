// What `available` means: the units of a stock level that can be shipped or transferred now. This
// is its one definition, written twice side by side because it is read in two languages: in
// TypeScript for levels in memory (the ledger's locked levels, StockLevel.available) and in SQL
// for statements that sum or filter by it (Product.available, lowStock, days of cover, the
// stock-level export). A product's available is the sum of its levels' available, always.
// tests/e2e/available.test.ts holds the two equal over the same rows and every reader to them:
// change one, change the other in the same commit.
import { Prisma } from '../../generated/prisma/client';

/** The figures of a stock level that `available` is made from. */
export interface AvailabilityFigures {
  onHand: number;
  reserved: number;
}

/** Units of one level that can be shipped or transferred: on hand less what is reserved. */
export function available(level: AvailabilityFigures): number {
  return level.onHand - level.reserved;
}

const ALIAS = /^[a-z_][a-z0-9_]*$/;

/**
 * `available` of the stock_level row named `level` (its alias in the statement), as a SQL
 * expression: `SUM(${availableSql('s')})` is a product's available over the levels `s` selects.
 */
export function availableSql(level: string): Prisma.Sql {
  if (!ALIAS.test(level)) throw new Error(`availableSql takes a table alias, not ${JSON.stringify(level)}`);
  const row = Prisma.raw(level);
  return Prisma.sql`(${row}.on_hand - ${row}.reserved)`;
}
