// Stock counts by SKU and location code (opening balances, stocktakes): each row is an adjustment
// to the counted quantity, as adjustStock(countedQuantity, expectedOnHand) records it, written
// through the ledger in batches. Each row has an idempotency key made of the file's digest and
// the row's content, claimed in the batch's transaction: a re-run skips the rows already recorded
// even when stock has moved since, so an interrupted import finishes without doubling a count.
import { createHash } from 'node:crypto';
import { Prisma, type Location, type PrismaClient, type Product } from '../../generated/prisma/client';
import { MovementReason } from '../../generated/prisma/enums';
import type { Actor } from '../../shared/actor';
import { userError, type UserError } from '../../shared/errors';
import { MAX_INT } from '../../shared/validation';
import { productColumnsSql } from '../catalog';
import {
  checkRow,
  MAX_MOVEMENT_QUANTITY,
  StockService,
  type LevelBook,
  type MovementDraft,
  type PlannedRow,
} from '../stock';
import { RowCells } from './cells';
import { fileDigest, openSource, type SourceRow } from './source';
import { ImportTally } from './tally';
import { ImportFatalError, type ImportDeps, type ImportWriteOptions, type Importer, type RowError } from './types';

/** Our column names for a stock file: `quantity` is the counted quantity on hand. */
export const STOCK_COLUMNS = [
  'sku',
  'location',
  'quantity',
  'expectedOnHand',
  'occurredAt',
  'reason',
  'reference',
  'note',
] as const;

const REQUIRED_COLUMNS = ['sku', 'location', 'quantity'] as const;

/** Rows per ledger write (the ledger's own batch bound, recordMovements' 500). */
const BATCH_ROWS = 500;

/** A checked row: what to count, and the key that makes it happen once. */
interface Count {
  row: number;
  sku: string;
  location: Location;
  quantity: number;
  expectedOnHand: number | undefined;
  occurredAt: Date | undefined;
  reason: MovementReason;
  reference: string | undefined;
  note: string | undefined;
  key: string;
}

type Entry = { row: number; errors: RowError[] } | Count;
type Outcome = 'created' | 'updated' | 'unchanged' | RowError[];

/** Field names of the ledger's rules -> our columns. */
const COLUMN_OF: Record<string, string> = {
  productId: 'sku',
  toLocationId: 'location',
  fromLocationId: 'location',
  countedQuantity: 'quantity',
};

export const importStock: Importer = async (deps, request, hooks = {}) => {
  const source = await openSource(request, STOCK_COLUMNS);
  const missing = source.columns ? REQUIRED_COLUMNS.filter((column) => !source.columns!.includes(column)) : [];
  if (missing.length > 0) {
    throw new ImportFatalError(
      'MISSING_COLUMN',
      `The file has no ${missing.join(', ')} column (its columns: ${source.columns!.join(', ')}); name them with --map ${missing[0]}=<column>.`,
    );
  }
  const digest = await fileDigest(request.file);
  // Locations are few: all of them, by lower-cased code (codes are citext).
  const locations = new Map(
    (await deps.prisma.location.findMany()).map((location) => [location.code.toLowerCase(), location]),
  );
  const counts = new StockCounts(deps, request.actor, digest, locations);

  /** One pass over the file; `flush` decides (and maybe writes) each batch. */
  const pass = async (flush: (entries: Entry[]) => Promise<void>, tally: ImportTally): Promise<boolean> => {
    const seen = new Map<string, number>();
    let entries: Entry[] = [];
    for await (const row of source.rows()) {
      entries.push(counts.check(row, seen));
      tally.progress(row.bytesRead);
      if (entries.length >= BATCH_ROWS) {
        await flush(entries);
        entries = [];
        if (hooks.signal?.aborted) return false;
      }
    }
    await flush(entries);
    return true;
  };

  const tally = new ImportTally(hooks, source.bytesTotal);
  const report = async (entries: Entry[], outcomes: Map<number, Outcome>) => {
    for (const entry of entries) {
      const outcome = 'errors' in entry ? entry.errors : outcomes.get(entry.row)!;
      if (Array.isArray(outcome)) await tally.fail(outcome);
      else tally.count(outcome);
    }
  };
  const dryRun = request.dryRun ?? false;
  if (dryRun || request.atomic) {
    // --atomic validates the whole file first, as a dry run does, and writes only when every row passed.
    const finished = await pass(async (entries) => report(entries, await counts.decide(entries, null)), tally);
    if (dryRun || !finished || tally.failed > 0) {
      if (!dryRun) {
        tally.unchanged += tally.created + tally.updated;
        tally.created = 0;
        tally.updated = 0;
      }
      return tally.result(dryRun, !finished);
    }
    const all: Entry[] = [];
    await pass(async (entries) => void all.push(...entries), new ImportTally({}, source.bytesTotal));
    const written = new ImportTally(hooks, source.bytesTotal);
    const outcomes = await counts.decide(all, { atomic: true });
    for (const entry of all) {
      const outcome = 'errors' in entry ? entry.errors : outcomes.get(entry.row)!;
      if (Array.isArray(outcome)) await written.fail(outcome);
      else written.count(outcome);
    }
    if (written.failed > 0) {
      written.unchanged += written.created + written.updated;
      written.created = 0;
      written.updated = 0;
    }
    return written.result(false);
  }
  const finished = await pass(
    async (entries) => report(entries, await counts.decide(entries, { atomic: false })),
    tally,
  );
  return tally.result(false, !finished);
};

class StockCounts {
  private readonly stock: StockService;
  private readonly prisma: PrismaClient;

  constructor(
    deps: ImportDeps & ImportWriteOptions,
    private readonly actor: Actor | null,
    private readonly digest: string,
    private readonly locations: Map<string, Location>,
  ) {
    this.prisma = deps.prisma;
    this.stock = new StockService(deps.prisma, {
      transactionWaitMs: deps.transactionWaitMs ?? 10_000,
      events: deps.events ?? true,
    });
  }

  /** The row's own checks: readable cells, their types and ranges, a known location, each level once per file. */
  check(source: SourceRow, seen: Map<string, number>): Entry {
    if (source.error) return { row: source.row, errors: [source.error] };
    const cells = new RowCells(source.row, source.fields);
    for (const column of REQUIRED_COLUMNS) {
      if (cells.raw(column) === undefined) cells.fail(column, 'REQUIRED', `${column} must be given.`);
    }
    const sku = cells.text('sku')?.trim();
    const code = cells.text('location')?.trim();
    const quantity = cells.integer('quantity');
    if (quantity !== undefined && (quantity < 0 || quantity > MAX_MOVEMENT_QUANTITY)) {
      cells.fail(
        'quantity',
        'OUT_OF_RANGE',
        `quantity (the count) must be from 0 to ${MAX_MOVEMENT_QUANTITY} (got ${quantity}).`,
      );
    }
    const expectedOnHand = cells.integer('expectedOnHand');
    if (expectedOnHand !== undefined && (expectedOnHand < 0 || expectedOnHand > MAX_INT)) {
      cells.fail(
        'expectedOnHand',
        'OUT_OF_RANGE',
        `expectedOnHand must be from 0 to ${MAX_INT} (got ${expectedOnHand}).`,
      );
    }
    const occurredAt = cells.date('occurredAt');
    const reasonText = cells.text('reason')?.trim().toUpperCase();
    const reason =
      reasonText === undefined ? 'CYCLE_COUNT' : Object.values(MovementReason).find((value) => value === reasonText);
    if (reason === undefined) {
      cells.fail('reason', 'INVALID_FORMAT', `reason must be one of ${Object.values(MovementReason).join(', ')}.`);
    }
    const reference = cells.text('reference');
    const note = cells.text('note');
    const location = code === undefined ? undefined : this.locations.get(code.toLowerCase());
    if (code !== undefined && !location)
      cells.fail('location', 'UNKNOWN_LOCATION', `No location has the code ${code}.`);
    // Only a row that passed its own checks claims its level: an earlier broken row is reported alone.
    if (sku !== undefined && code !== undefined && cells.errors.length === 0) {
      const level = `${sku.toLowerCase()}\u0000${code.toLowerCase()}`;
      const first = seen.get(level);
      if (first === undefined) seen.set(level, source.row);
      else
        cells.fail(
          null,
          'DUPLICATE_IN_FILE',
          `SKU ${sku} at ${code} is also on row ${first}; each level may be counted once per file.`,
        );
    }
    if (cells.errors.length > 0) return { row: source.row, errors: cells.errors };
    const content = [
      sku!.toLowerCase(),
      location!.id,
      quantity,
      expectedOnHand ?? null,
      occurredAt?.toISOString() ?? null,
      reason,
      reference ?? null,
      note ?? null,
    ];
    const key = `import-stock:${createHash('sha256')
      .update(`${this.digest}\n${JSON.stringify(content)}`)
      .digest('hex')}`;
    return {
      row: source.row,
      sku: sku!,
      location: location!,
      quantity: quantity!,
      expectedOnHand,
      occurredAt,
      reason: reason!,
      reference,
      note,
      key: `${ownerOf(this.actor)}:${key}`,
    };
  }

  /**
   * Each count's outcome. Without `write`, judged against the levels as they stand (a dry run);
   * with it, recorded in one ledger write, each row's key claimed in the same transaction.
   */
  async decide(entries: Entry[], write: { atomic: boolean } | null): Promise<Map<number, Outcome>> {
    const outcomes = new Map<number, Outcome>();
    const counts = entries.filter((entry): entry is Count => !('errors' in entry));
    if (counts.length === 0) return outcomes;
    const products = await this.readProducts(counts.map((count) => count.sku));
    const done = await this.recordedKeys(counts.map((count) => count.key));
    const ready: Array<{ count: Count; template: MovementDraft }> = [];
    for (const count of counts) {
      const product = products.get(count.sku.toLowerCase());
      if (!product) {
        outcomes.set(count.row, [
          { row: count.row, column: 'sku', code: 'UNKNOWN_SKU', message: `No product has the SKU ${count.sku}.` },
        ]);
        continue;
      }
      // The rules of adjustStock: checked as an upward adjustment of one unit, the real size known under the lock.
      const checked = checkRow(
        {
          kind: 'ADJUSTMENT',
          productId: product.id,
          toLocationId: count.location.id,
          quantity: 1,
          reason: count.reason,
          reference: count.reference,
          note: count.note,
          occurredAt: count.occurredAt,
        },
        [],
        {
          products: new Map([[product.id, product]]),
          locations: new Map([[count.location.id, count.location]]),
        },
      );
      if ('errors' in checked) {
        outcomes.set(count.row, rowErrors(count.row, checked.errors));
        continue;
      }
      if (done.has(count.key)) {
        outcomes.set(count.row, 'unchanged');
        continue;
      }
      ready.push({ count, template: checked.draft });
    }
    if (ready.length === 0) return outcomes;
    if (!write) {
      const onHand = await this.readOnHand(ready.map(({ template }) => template));
      for (const { count, template } of ready) {
        const planned = plan(count, template, onHand.get(`${template.productId}/${count.location.id}`) ?? 0);
        outcomes.set(count.row, planned.outcome);
      }
      return outcomes;
    }
    const planned = new Map<number, Outcome>();
    const result = await this.stock.ledger.write({
      operation: 'importStock',
      actor: this.actor,
      // Each row carries its own key, claimed in plan below.
      idempotencyKey: null,
      fingerprint: ready.map(({ count }) => count.key),
      keys: ready.map(({ count, template }) => ({ productId: template.productId, locationId: count.location.id })),
      atomic: write.atomic,
      plan: async (levels: LevelBook, tx: Prisma.TransactionClient): Promise<PlannedRow[]> => {
        const claimed = await claimKeys(
          tx,
          ready.map(({ count }) => count.key),
        );
        return ready.map(({ count, template }) => {
          // Recorded by a run that committed after this one's read.
          if (!claimed.has(count.key)) {
            planned.set(count.row, 'unchanged');
            return { nothing: true };
          }
          const { onHand } = levels.get({ productId: template.productId, locationId: count.location.id });
          const decided = plan(count, template, onHand);
          planned.set(count.row, decided.outcome);
          return decided.row;
        });
      },
    });
    const failed = new Map<number, UserError[]>();
    for (const error of result.userErrors) {
      const row = Number(error.field?.[1]);
      failed.set(row, [...(failed.get(row) ?? []), { ...error, field: error.field?.slice(2) ?? null }]);
    }
    const written = result.movements.length > 0;
    const unclaim: string[] = [];
    for (const { count } of ready) {
      const errors = failed.get(count.row);
      if (errors) {
        outcomes.set(count.row, rowErrors(count.row, errors));
        unclaim.push(count.key);
      } else if (!written && result.userErrors.length > 0) {
        // The ledger rolled the write back (atomic, or nothing else to record): nothing of this row was kept.
        outcomes.set(count.row, 'unchanged');
      } else {
        outcomes.set(count.row, planned.get(count.row) ?? 'unchanged');
      }
    }
    // A row the ledger refused after its key was claimed must be able to run again.
    if (written && unclaim.length > 0) {
      await this.prisma.$executeRaw`/* importStock: unclaim */
        DELETE FROM idempotency_record WHERE key = ANY(${unclaim}::text[])`;
    }
    return outcomes;
  }

  private async readProducts(skus: string[]): Promise<Map<string, Product>> {
    const rows = await this.prisma.$queryRaw<Product[]>`/* importStock: products */
      SELECT ${productColumnsSql('p')} FROM product p WHERE p.sku = ANY(${[...new Set(skus)]}::citext[])`;
    return new Map(rows.map((product) => [product.sku.toLowerCase(), product]));
  }

  private async recordedKeys(keys: string[]): Promise<Set<string>> {
    const rows = await this.prisma.$queryRaw<Array<{ key: string }>>`/* importStock: recorded */
      SELECT key FROM idempotency_record WHERE key = ANY(${keys}::text[])`;
    return new Set(rows.map((row) => row.key));
  }

  private async readOnHand(drafts: MovementDraft[]): Promise<Map<string, number>> {
    const pairs = Prisma.join(
      drafts.map((draft) => Prisma.sql`(${draft.productId}::uuid, ${draft.toLocationId}::uuid)`),
    );
    const rows = await this.prisma.$queryRaw<Array<{ key: string; onHand: number }>>`/* importStock: on hand */
      SELECT s.product_id || '/' || s.location_id AS key, s.on_hand AS "onHand"
      FROM stock_level s WHERE (s.product_id, s.location_id) IN (${pairs})`;
    return new Map(rows.map((row) => [row.key, row.onHand]));
  }
}

/** The adjustment a count makes to a level holding `onHand`, as adjustStock decides it under the lock. */
function plan(count: Count, template: MovementDraft, onHand: number): { row: PlannedRow; outcome: Outcome } {
  const field = ['row', String(count.row)];
  const fail = (code: UserError['code'], column: string, message: string) => ({
    row: { errors: [userError(code, [...field, column], message)] },
    outcome: [{ row: count.row, column, code, message }],
  });
  if (count.expectedOnHand !== undefined && count.expectedOnHand !== onHand) {
    return fail(
      'STALE_QUANTITY',
      'expectedOnHand',
      `The on-hand quantity is ${onHand}, not the expected ${count.expectedOnHand}; nothing was changed.`,
    );
  }
  const delta = count.quantity - onHand;
  if (delta === 0) return { row: { nothing: true }, outcome: 'unchanged' };
  if (Math.abs(delta) > MAX_MOVEMENT_QUANTITY) {
    return fail(
      'OUT_OF_RANGE',
      'quantity',
      `The count differs from the on-hand quantity (${onHand}) by ${Math.abs(delta)}; one adjustment moves at most ${MAX_MOVEMENT_QUANTITY}.`,
    );
  }
  const direction =
    delta > 0
      ? { fromLocationId: null, toLocationId: count.location.id }
      : { fromLocationId: count.location.id, toLocationId: null };
  return {
    row: { draft: { ...template, ...direction, quantity: Math.abs(delta) }, field },
    // An opening balance creates stock where there was none; any other count updates it.
    outcome: onHand === 0 ? 'created' : 'updated',
  };
}

/** The keys of `keys` this transaction now holds (a key another run recorded is not returned). */
async function claimKeys(tx: Prisma.TransactionClient, keys: string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<Array<{ key: string }>>`/* importStock: claim */
    INSERT INTO idempotency_record (key, operation, request_hash)
    SELECT k, 'importStock', k FROM unnest(${keys}::text[]) AS k
    ON CONFLICT (key) DO NOTHING RETURNING key`;
  return new Set(rows.map((row) => row.key));
}

/** The ledger's errors on one row, their fields named as our columns. */
function rowErrors(row: number, errors: readonly UserError[]): RowError[] {
  return errors.map((error) => {
    const field = error.field?.at(-1);
    return {
      row,
      column: field === undefined ? null : (COLUMN_OF[field] ?? field),
      code: error.code,
      message: error.message,
    };
  });
}

/** Idempotency keys belong to who sent them, as the ledger's do (ledger.ts recordKey). */
function ownerOf(actor: Actor | null): string {
  return !actor ? 'system' : actor.kind === 'user' ? `user:${actor.userId}` : `key:${actor.apiKeyId}`;
}
