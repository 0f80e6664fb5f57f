// What `available` means: the units of a stock level that can be sold, reserved or transferred now.
// This is its one definition, written twice side by side because it is read in two languages: in
// TypeScript for levels in memory (the ledger's locked levels, StockLevel.available) and in SQL for
// statements that sum or filter by it (Product.available, lowStock, days of cover, the stock-level
// export). A product's available is the sum of its levels' available, always.
// tests/e2e/available.test.ts holds the two equal over the same rows and every reader to them:
// change one, change the other in the same commit.
//
// `reserved` is read here too, because a hold expires by the clock with no write: stock_level keeps
// the units of active holds as of its last write (stored_reserved) and the earliest expiry among
// them (reserved_until). Until that instant the stored figure is exact; from it on, the figure is
// summed from the holds that are still active. No reader may use stored_reserved directly.
import { Prisma } from '../../generated/prisma/client';
import type { StockState } from '../../generated/prisma/enums';

/** The figures of a stock level that `available` is made from. */
export interface AvailabilityFigures {
  onHand: number;
  /** Units of active holds that have not expired. */
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
}

/** On-hand units that no hold claims and that are sellable: what a correction (count, write-off) may take. */
export function unheld(level: AvailabilityFigures): number {
  return level.onHand - level.reserved - level.committed - level.damaged - level.qualityControl;
}

/** Units of one level that can be sold, reserved or transferred: the unheld units less safety stock, never below 0. */
export function available(level: AvailabilityFigures): number {
  return Math.max(unheld(level) - level.safetyStock, 0);
}

/**
 * How many units an outbound movement may take from a level's `state`. Sales and transfers take
 * from `available`, so they never dip into safety stock or held units; corrections (a count that
 * found fewer, a write-off, a state change) record what physically happened to unheld units,
 * safety stock included; damaged and quality-control units are taken from their own state.
 */
export function takeable(level: AvailabilityFigures, state: StockState, purpose: 'sale' | 'correction'): number {
  if (state === 'DAMAGED') return level.damaged;
  if (state === 'QUALITY_CONTROL') return level.qualityControl;
  return purpose === 'sale' ? available(level) : Math.max(unheld(level), 0);
}

const ALIAS = /^[a-z_][a-z0-9_]*$/;

function rowOf(level: string): Prisma.Sql {
  if (!ALIAS.test(level)) throw new Error(`a stock level is named by a table alias, not ${JSON.stringify(level)}`);
  return Prisma.raw(level);
}

/**
 * What a statement judges expiry by. `at` is the instant, as SQL: `now()` (the statement's start)
 * for reads. The ledger passes a column holding the moment its lock on that row was granted, read
 * once per row: two readings of clock_timestamp() could fall either side of an expiry, and then
 * `reserved` and `reservedUntil` of one row would disagree.
 *
 * `latest` says which holds are summed when the stored figure is no longer exact: those in the
 * statement's snapshot (reads, so every figure of a row comes from one moment), or those committed
 * when the row is reached (the ledger's lock statement: it may have waited for a write that changed
 * the level's holds, and its snapshot, taken before that write committed, would miss the change).
 */
export interface Clock {
  at: Prisma.Sql;
  latest: boolean;
}

const NOW: Clock = { at: Prisma.sql`now()`, latest: false };

/**
 * The units (or the earliest expiry) of the active holds on the level `level`, unexpired at the
 * clock: the SQL functions held_units and held_until (migration stock_states_and_reservations),
 * which sum open reservation lines whose reservation is ACTIVE with expires_at after the clock, or
 * their VOLATILE twins held_units_latest and held_until_latest (migration held_figures_at_lock).
 */
function activeHolds(level: string, clock: Clock, figure: 'units' | 'earliestExpiry'): Prisma.Sql {
  const row = rowOf(level);
  const name = `${figure === 'units' ? 'held_units' : 'held_until'}${clock.latest ? '_latest' : ''}`;
  return Prisma.sql`${Prisma.raw(name)}(${row}.product_id, ${row}.location_id, ${clock.at})`;
}

/** True while the stored figure of `level` is exact: no hold it counts has expired at `clock`. */
function storedIsExact(level: string, clock: Clock): Prisma.Sql {
  const row = rowOf(level);
  return Prisma.sql`(${row}.reserved_until IS NULL OR ${row}.reserved_until > ${clock.at})`;
}

/** `reserved` of the stock_level row named `level` (its alias in the statement), as a SQL expression. */
export function reservedSql(level: string, clock: Clock = NOW): Prisma.Sql {
  const row = rowOf(level);
  return Prisma.sql`(CASE WHEN ${storedIsExact(level, clock)} THEN ${row}.stored_reserved ELSE ${activeHolds(level, clock, 'units')} END)`;
}

/** The earliest expiry among the holds `reservedSql` counts (a lower bound while the stored figure is exact). */
export function reservedUntilSql(level: string, clock: Clock = NOW): Prisma.Sql {
  const row = rowOf(level);
  return Prisma.sql`(CASE WHEN ${storedIsExact(level, clock)} THEN ${row}.reserved_until ELSE ${activeHolds(level, clock, 'earliestExpiry')} END)`;
}

/**
 * `available` of the stock_level row named `level`, as a SQL expression: `SUM(${availableSql('s')})`
 * is a product's available over the levels `s` selects.
 */
export function availableSql(level: string, clock: Clock = NOW): Prisma.Sql {
  const row = rowOf(level);
  return Prisma.sql`GREATEST(${row}.on_hand - ${reservedSql(level, clock)} - ${row}.committed - ${row}.damaged
    - ${row}.quality_control - ${row}.safety_stock, 0)`;
}

/**
 * Every figure of the stock_level row `level`, named as LevelFigures: what any statement that
 * returns levels selects, so no reader can take stored_reserved for `reserved`.
 */
export function levelColumns(level: string, clock: Clock = NOW): Prisma.Sql {
  const row = rowOf(level);
  // uuid columns arrive as strings; a ::text cast would only cost the hot reads time.
  return Prisma.sql`${row}.product_id AS "productId", ${row}.location_id AS "locationId",
    ${row}.on_hand AS "onHand", ${reservedSql(level, clock)} AS reserved, ${row}.committed, ${row}.damaged,
    ${row}.quality_control AS "qualityControl", ${row}.safety_stock AS "safetyStock", ${row}.updated_at AS "updatedAt"`;
}

/** A stock level as every reader returns it (levelColumns). */
export interface LevelFigures extends AvailabilityFigures {
  productId: string;
  locationId: string;
  updatedAt: Date;
}
