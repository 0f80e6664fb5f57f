// `stockroom import movements FILE`: receipts, shipments, transfers, adjustments, returns and
// write-offs with their business dates, costs and counterparties, recorded through the ledger's
// rules in batches of rows, in file order. Each row is checked with the stock mutations' rules
// (movements-rows.ts), then each batch is staged with COPY and recorded set-based under the
// ledger's locks (movements-store.ts). Each row's idempotency key is claimed in the transaction
// that records it, so an import killed at any moment and run again records every row exactly once.
import postgres from 'postgres';
import type { Location, Product } from '../../generated/prisma/client';
import { productColumnsSql } from '../catalog';
import { announceEvents } from '../events';
import { Decimal } from '../../shared/decimal';
import { userError } from '../../shared/errors';
import { MAX_INT } from '../../shared/validation';
import {
  catalogKey,
  contentOf,
  keyReused,
  MOVEMENT_COLUMNS,
  planMovement,
  reusesKey,
  RowKeys,
  type PlannedMovement,
} from './movements-rows';
import { recordBatch, type BatchOutcome } from './movements-store';
import { openSource, type SourceRow } from './source';
import { ImportTally } from './tally';
import { ImportFatalError, type Importer, type RowError } from './types';

/**
 * Rows per transaction. Large enough that the fixed cost of a batch (a dozen statements, the
 * locks, scans of the staging tables) is small per row: 1,000,000 rows took 282 s in batches of
 * 5,000 and 306 s in batches of 2,000. Small enough that a batch's locks are held for about a
 * second and a half, and its staging, events and memory stay bounded (the command line peaked at
 * 272 MB).
 */
export const MOVEMENT_BATCH_ROWS = 5_000;

const REQUIRED_COLUMNS = ['kind', 'sku', 'quantity'] as const;

/** A row of the batch: its errors, already recorded (unchanged), or ready to record. */
type Entry =
  { row: number; errors: RowError[] } | { row: number; unchanged: true } | { row: number; planned: PlannedMovement };

/** Thrown inside the transaction of a dry run or of an atomic import that failed, to roll it back. */
class Rollback {}

export const importMovements: Importer = async (deps, request, hooks = {}) => {
  const source = await openSource(request, MOVEMENT_COLUMNS);
  const missing = source.columns ? REQUIRED_COLUMNS.filter((column) => !source.columns!.includes(column)) : [];
  if (missing.length > 0) {
    throw new ImportFatalError(
      'MISSING_COLUMN',
      `The file has no ${missing.join(', ')} column (its columns: ${source.columns!.join(', ')}); name them with --map ${missing[0]}=<column>.`,
    );
  }
  const keys = new RowKeys();
  const tally = new ImportTally(hooks, source.bytesTotal);
  const dryRun = request.dryRun ?? false;
  const atomic = request.atomic ?? false;
  const events = deps.events ?? true;
  // Its own connections (not Prisma's pool): one for the batches' transactions, one for the
  // lookups of the next batch, which run while a batch is written.
  const options = {
    max: 1,
    onnotice: () => undefined,
    idle_timeout: 10,
    // The shared SQL (insertEventsSql) passes JSON as text, as node-postgres does; sent as is.
    types: {
      jsonText: {
        to: 3802,
        from: [3802, 114],
        serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
        parse: (value: string) => JSON.parse(value) as unknown,
      },
    },
  };
  const sql = postgres(deps.databaseUrl, options);
  const lookup = postgres(deps.databaseUrl, options);
  const locations = await readLocations(lookup).catch(async (error: unknown) => {
    await Promise.all([sql.end(), lookup.end()]);
    throw error;
  });

  /** The next batch of rows, read and checked, or null at the end of the file. */
  const rows = source.rows()[Symbol.asyncIterator]();
  /** How far into the file each batch read: progress is reported as a batch commits. */
  const bytesAfter = new WeakMap<Entry[], number>();
  const nextBatch = async (): Promise<Entry[] | null> => {
    let lastBytes = 0;
    const read: SourceRow[] = [];
    while (read.length < MOVEMENT_BATCH_ROWS) {
      const next = await rows.next();
      if (next.done) break;
      read.push(next.value);
      lastBytes = next.value.bytesRead;
    }
    if (read.length === 0) return null;
    const entries = await prepare(read);
    bytesAfter.set(entries, lastBytes);
    return entries;
  };

  const prepare = async (read: SourceRow[]): Promise<Entry[]> => {
    const skus = new Set<string>();
    const withKeys = read.map((row) => {
      if (row.error) return { row, key: null, content: null };
      const sku = row.fields.sku?.trim();
      if (sku) skus.add(sku);
      return { row, key: keys.keyOf(row.fields), content: contentOf(row.fields) };
    });
    const [products, recorded] = await Promise.all([
      readProducts(lookup, [...skus]),
      recordedKeys(
        lookup,
        withKeys.flatMap(({ key }) => (key ? [key] : [])),
      ),
    ]);
    const catalog = { products, locations };
    /** The batch's keys so far, each with its row's content (contentOf). */
    const inBatch = new Map<string, string | null>();
    return withKeys.map(({ row, key, content }): Entry => {
      if (row.error) return { row: row.row, errors: [row.error] };
      // Recorded before (by an earlier run, or an earlier row with the same idempotencyKey): nothing
      // to do, unless the row reuses its own key for other content.
      const earlier = recorded.has(key!) ? (recorded.get(key!) ?? null) : inBatch.get(key!);
      if (earlier !== undefined) {
        return reusesKey(earlier, content)
          ? { row: row.row, errors: [keyReused(row.row)] }
          : { row: row.row, unchanged: true };
      }
      inBatch.set(key!, content);
      const planned = planMovement({ row: row.row, fields: row.fields }, key!, catalog, content);
      return 'errors' in planned ? { row: row.row, errors: planned.errors } : { row: row.row, planned };
    });
  };

  /** Records a batch in `tx`; its rows are reported once it has committed (see `report`). */
  const record = async (tx: postgres.TransactionSql, entries: Entry[]): Promise<BatchOutcome> => {
    const ready = entries.flatMap((entry) => ('planned' in entry ? [entry.planned] : []));
    try {
      return await recordBatch(tx, ready, { actor: request.actor, events });
    } catch (error) {
      // refresh_movement_cost found a product's totals beyond their columns (22003): the ledger
      // rolls such a write back whole and answers OUT_OF_RANGE, and so does this batch.
      if ((error as { code?: unknown }).code === '22003') throw new CostOverflow(entries);
      throw error;
    }
  };

  /** Counts a batch's rows and reports its errors, in file order. */
  const report = async (entries: Entry[], outcome: BatchOutcome | 'overflow'): Promise<void> => {
    let index = 0;
    for (const entry of entries) {
      if ('errors' in entry) await tally.fail(entry.errors);
      else if ('unchanged' in entry) tally.count('unchanged');
      else {
        const ord = index++;
        const refused = outcome === 'overflow' ? overflowError : outcome.failed.get(ord);
        if (refused) {
          // The column the error names: quantity for the ledger's refusals, idempotencyKey for a reused key.
          const column = refused.field?.[0] ?? 'quantity';
          await tally.fail([{ row: entry.row, column, code: refused.code, message: refused.message }]);
        } else tally.count(outcome !== 'overflow' && outcome.unchanged.has(ord) ? 'unchanged' : 'created');
      }
    }
    tally.progress(bytesAfter.get(entries) ?? 0, true);
  };

  let cancelled = false;
  try {
    if (dryRun || atomic) {
      // One transaction: every row sees the rows before it, and nothing stays unless all is well.
      try {
        await sql.begin(async (tx) => {
          for (let batch = await nextBatch(); batch; batch = await nextBatch()) {
            await report(batch, await record(tx, batch));
            if (hooks.signal?.aborted) {
              cancelled = true;
              break;
            }
          }
          if (dryRun || cancelled || tally.failed > 0) throw new Rollback();
        });
        if (events) announceEvents();
      } catch (error) {
        if (error instanceof CostOverflow) await report(error.entries, 'overflow');
        else if (!(error instanceof Rollback)) throw error;
        if (!dryRun) {
          // All or nothing: the rows that would have been recorded were not.
          tally.unchanged += tally.created;
          tally.created = 0;
        }
      }
      return tally.result(dryRun, cancelled);
    }
    // Batches commit one by one; the next batch is read and checked while this one is written.
    let batch = await nextBatch();
    while (batch) {
      const current = batch;
      const following = nextBatch();
      // A rejection is handled where it is awaited, below; until then it must not count as unhandled.
      following.catch(() => undefined);
      try {
        const outcome = await sql.begin((tx) => record(tx, current));
        if (events) announceEvents();
        await report(current, outcome);
      } catch (error) {
        if (!(error instanceof CostOverflow)) throw error;
        await report(current, 'overflow');
      }
      batch = await following;
      if (batch && hooks.signal?.aborted) {
        cancelled = true;
        break;
      }
    }
    return tally.result(false, cancelled);
  } finally {
    await Promise.all([sql.end({ timeout: 5 }), lookup.end({ timeout: 5 })]);
  }
};

/** A batch whose cost fold overflowed: rolled back, each of its rows refused (see record). */
class CostOverflow extends Error {
  constructor(readonly entries: Entry[]) {
    super('A product total of the batch would overflow.');
  }
}

/** The ledger's answer to a write whose product totals overflow (foldCosts in stock/ledger.ts). */
const overflowError = userError(
  'OUT_OF_RANGE',
  ['quantity'],
  `A product's totals would overflow: its on-hand quantity over all locations must stay at most ${MAX_INT}, ` +
    'and its stock value below 10^20, at every point of its history.',
);

/** Every location, by lower-cased code (codes are citext): few, read once. */
async function readLocations(lookup: postgres.Sql): Promise<Map<string, Location>> {
  const rows = await lookup<Location[]>`/* importMovements: locations */
    SELECT id::text AS id, code::text AS code, name, address, kind, allocation_priority AS "allocationPriority", active,
           archived_at AS "archivedAt", created_at AS "createdAt", updated_at AS "updatedAt"
    FROM location`;
  return new Map(rows.map((location) => [catalogKey(location.code), location]));
}

/** The products the batch names, by lower-cased SKU (SKUs are citext), as the catalogue reads them. */
async function readProducts(lookup: postgres.Sql, skus: string[]): Promise<Map<string, Product>> {
  if (skus.length === 0) return new Map();
  const rows = await lookup.unsafe<
    Array<Omit<Product, 'price' | 'eventPosition'> & { price: string; eventPosition: string }>
  >(
    `/* importMovements: products */ SELECT ${productColumnsSql('p').text} FROM product p WHERE p.sku = ANY($1::citext[])`,
    [skus],
  );
  return new Map(
    rows.map((row) => {
      const product: Product = { ...row, price: new Decimal(row.price), eventPosition: BigInt(row.eventPosition) };
      return [catalogKey(product.sku), product];
    }),
  );
}

/** The keys among `keys` that an earlier run recorded, each with its row's content (null for a content key). */
async function recordedKeys(lookup: postgres.Sql, keys: string[]): Promise<Map<string, string | null>> {
  if (keys.length === 0) return new Map();
  const rows = await lookup.unsafe<Array<{ key: string; content: string | null }>>(
    '/* importMovements: recorded keys */ SELECT key, content FROM imported_movement WHERE key = ANY($1::text[])',
    [keys],
  );
  return new Map(rows.map((row) => [row.key, row.content]));
}
