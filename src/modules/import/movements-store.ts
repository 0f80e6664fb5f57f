// Every SQL statement of the movements import: one batch of checked rows recorded set-based, with
// the ledger's locks and rules (src/modules/stock/ledger.ts) and nothing around them. In one
// transaction:
//   1. each row gets its movement id, in row order (ties in business time sort by it, as recording
//      order), is staged with COPY into temporary tables, and claims its idempotency key
//      (imported_movement): a row already recorded, by an earlier run or a concurrent one (the
//      claim waits for it), is unchanged, and refused when it reused its own key for other content;
//   2. the products (with events on) and then the stock levels are locked, each in id order, as
//      every ledger write takes them;
//   3. every outbound row is checked as the ledger checks it, in row order (checkStock): against
//      what is available now (running sums per level over the rows before it), and when it is
//      back-dated, against the lowest running balance from its moment on (lowestBalanceFrom),
//      which the rows before it in the file count into; see `violations`;
//   4. the movements and their lines are inserted (a movement dated in a closed month under the
//      checkpoint lock, and the built checkpoints after it corrected), the levels saved, the cost
//      ledger refolded from each product's earliest new movement (refresh_movement_costs),
//      and the events written: a MOVEMENT_RECORDED per movement with its levels after the batch,
//      and the reorder-point crossings, as one recordMovements write of the batch records them.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import { Prisma } from '../../generated/prisma/client';
import { actorColumns, type Actor } from '../../shared/actor';
import { Decimal } from '../../shared/decimal';
import { userError, type UserError } from '../../shared/errors';
import { MAX_INT } from '../../shared/validation';
import { insertEventsSql, levelPayload, movementPayload, positionSql, type EventDraft } from '../events';
import {
  available,
  availableSql,
  CHECKPOINT_LOCK_SHARED,
  crossingEvents,
  insufficient,
  levelKey,
  linesOf,
  reservedSql,
  reservedUntilSql,
  startOfUtcMonth,
  type Crossing,
  type LevelFigures,
  type LevelKey,
  type LockedProduct,
} from '../stock';
import { keyReusedError, type PlannedMovement } from './movements-rows';

type Tx = postgres.TransactionSql;

/** Runs a statement composed with Prisma.sql (so the stock module's SQL fragments join in) on `tx`. */
async function run<T>(tx: Tx, query: Prisma.Sql): Promise<T[]> {
  const values = query.values.map((value) =>
    typeof value === 'bigint' ? value.toString() : value instanceof Decimal ? value.toFixed() : value,
  );
  return (await tx.unsafe(query.text, values as postgres.ParameterOrJSON<never>[])) as unknown as T[];
}

/** The session's staging tables: created once per connection, emptied per batch, never seen by others. */
const STAGING = `
  CREATE TEMP TABLE IF NOT EXISTS import_batch (
    ord int PRIMARY KEY, key text NOT NULL, content text, id bigint, kind "MovementKind" NOT NULL, product_id uuid NOT NULL,
    from_location_id uuid, to_location_id uuid, quantity int NOT NULL, unit_cost numeric, unit_price numeric,
    reason "MovementReason" NOT NULL, reference text, counterparty text, note text,
    occurred_at timestamptz NOT NULL, back_dated boolean NOT NULL, sale boolean NOT NULL,
    failed boolean NOT NULL DEFAULT false);
  CREATE TEMP TABLE IF NOT EXISTS import_line (
    ord int NOT NULL, id bigint NOT NULL, product_id uuid NOT NULL, location_id uuid NOT NULL, delta int NOT NULL,
    occurred_at timestamptz NOT NULL);
  CREATE TEMP TABLE IF NOT EXISTS import_level (
    product_id uuid, location_id uuid, on_hand int NOT NULL, reserved int NOT NULL, reserved_until timestamptz,
    committed int NOT NULL, damaged int NOT NULL, quality_control int NOT NULL, safety_stock int NOT NULL,
    stored_reserved int NOT NULL, PRIMARY KEY (product_id, location_id));
  CREATE TEMP TABLE IF NOT EXISTS import_product (
    id uuid PRIMARY KEY, sku text NOT NULL, name text NOT NULL, category text NOT NULL, active boolean NOT NULL,
    reorder_point int NOT NULL, below_reorder_point boolean NOT NULL, event_position bigint NOT NULL);
  TRUNCATE import_batch, import_line, import_level, import_product;`;

const COPY_COLUMNS =
  'ord, key, content, kind, product_id, from_location_id, to_location_id, quantity, unit_cost, unit_price, reason, ' +
  'reference, counterparty, note, occurred_at, back_dated, sale';

/** A value in COPY's text format: \N for null, the format's four escapes otherwise. */
function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function* copyLines(rows: PlannedMovement[], ids: string[]): Generator<string> {
  let chunk = '';
  for (const [ord, { key, content, draft, sale }] of rows.entries()) {
    chunk +=
      [
        ids[ord]!,
        ord,
        key,
        content,
        draft.kind,
        draft.productId,
        draft.fromLocationId,
        draft.toLocationId,
        draft.quantity,
        draft.unitCost?.toFixed() ?? null,
        draft.unitPrice?.toFixed() ?? null,
        draft.reason,
        draft.reference,
        draft.counterparty,
        draft.note,
        draft.occurredAt.toISOString(),
        draft.backDated,
        sale,
      ]
        .map(copyText)
        .join('\t') + '\n';
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** What became of a batch's rows (by their index in the batch). */
export interface BatchOutcome {
  /** Rows another run recorded first: unchanged. */
  unchanged: Set<number>;
  /** Rows the ledger refused, with the error the mutation would have answered. */
  failed: Map<number, UserError>;
  /** How many movements were recorded. */
  recorded: number;
}

export interface BatchOptions {
  actor: Actor | null;
  /** Lock products and record events (EVENTS=on), as the ledger does. */
  events: boolean;
}

/** A problem the checks found, on one line of one row. */
interface Violation {
  ord: number;
  productId: string;
  locationId: string;
  /** 'now': less available than the row takes; 'history': back-dated below zero; 'range': above MAX_INT. */
  problem: 'now' | 'history' | 'range';
  outbound: boolean;
  figure: number;
  since: Date | null;
}

/** Records `rows` (checked, in file order) in the transaction `tx`; see the file's comment. */
export async function recordBatch(tx: Tx, rows: PlannedMovement[], options: BatchOptions): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { unchanged: new Set(), failed: new Map(), recorded: 0 };
  if (rows.length === 0) return outcome;
  await tx.unsafe(STAGING).simple();
  // 1. Ids in row order (ties in business time sort by id: recording order), staged with the rows.
  const [reserved] = await tx.unsafe<Array<{ ids: string[] }>>(
    `/* importMovements: ids */
    SELECT array_agg(v ORDER BY v)::text[] AS ids
    FROM (SELECT nextval(pg_get_serial_sequence('movement', 'id')) AS v FROM generate_series(1, $1::int)) s`,
    [rows.length],
  );
  const copy = await tx.unsafe(`COPY import_batch (id, ${COPY_COLUMNS}) FROM STDIN`).writable();
  await pipeline(Readable.from(copyLines(rows, reserved!.ids)), copy);

  // Then the keys: a key another transaction holds makes the claim wait for it. A key taken by a
  // row with other content (its own idempotencyKey reused) refuses the row, as the mutations do.
  const taken = await tx.unsafe<Array<{ ord: number; reused: boolean | null }>>(`/* importMovements: claim keys */
    WITH claimed AS (
      INSERT INTO imported_movement (key, movement_id, content)
      SELECT key, id, content FROM import_batch ORDER BY key
      ON CONFLICT (key) DO NOTHING
      RETURNING key
    )
    DELETE FROM import_batch b WHERE NOT EXISTS (SELECT 1 FROM claimed c WHERE c.key = b.key)
    RETURNING b.ord, (SELECT m.content FROM imported_movement m WHERE m.key = b.key) <> b.content AS reused`);
  for (const { ord, reused } of taken) {
    if (reused) outcome.failed.set(ord, keyReusedError());
    else outcome.unchanged.add(ord);
  }
  if (taken.length === rows.length) return outcome;
  await tx.unsafe(`/* importMovements: lines */
    INSERT INTO import_line (ord, id, product_id, location_id, delta, occurred_at)
    SELECT ord, id, product_id, from_location_id, -quantity, occurred_at FROM import_batch WHERE from_location_id IS NOT NULL
    UNION ALL
    SELECT ord, id, product_id, to_location_id, quantity, occurred_at FROM import_batch WHERE to_location_id IS NOT NULL`);
  await tx.unsafe('ANALYZE import_batch, import_line');

  // 2. Products first (events on), then levels: the order every ledger write takes them in.
  const products = options.events ? await lockProducts(tx) : [];
  await lockLevels(tx);

  // 3. The ledger's checks, to a fixed point.
  const live = new Map(rows.map((row, ord) => [ord, row] as const));
  for (const ord of outcome.unchanged) live.delete(ord);
  for (const ord of outcome.failed.keys()) live.delete(ord);
  for (;;) {
    const found = await violations(tx);
    if (found.length === 0) break;
    const refused = definite(found, live);
    for (const [ord, error] of refused) {
      outcome.failed.set(ord, error);
      live.delete(ord);
    }
    await tx.unsafe('UPDATE import_batch SET failed = true WHERE ord IN (SELECT unnest($1::int[]))', [
      [...refused.keys()],
    ]);
  }
  if (live.size === 0) {
    await unclaimFailed(tx);
    return outcome;
  }

  // 4. Record.
  const recordedAt = new Date();
  const closedBefore = startOfUtcMonth(recordedAt);
  await insertMovements(tx, options.actor, closedBefore);
  const levels = await saveLevels(tx);
  if (options.events) await recordEvents(tx, rows, reserved!.ids, live, levels, products, options.actor);
  await foldCosts(tx);
  await unclaimFailed(tx);
  outcome.recorded = live.size;
  return outcome;
}

async function lockProducts(tx: Tx): Promise<LockedProduct[]> {
  const rows = await tx.unsafe<Array<Omit<LockedProduct, 'eventPosition'> & { eventPosition: string }>>(`
    /* importMovements: lock products */
    WITH locked AS (
      SELECT p.id, p.sku::text AS sku, p.name, p.category, p.active, p.reorder_point, p.below_reorder_point,
             p.event_position
      FROM product p WHERE p.id IN (SELECT product_id FROM import_batch)
      ORDER BY p.id FOR NO KEY UPDATE
    )
    INSERT INTO import_product SELECT * FROM locked
    RETURNING id::text AS id, sku, name, category, active, reorder_point AS "reorderPoint",
              below_reorder_point AS "belowReorderPoint", event_position::text AS "eventPosition"`);
  return rows.map((row) => ({ ...row, eventPosition: BigInt(row.eventPosition) }));
}

/**
 * Makes a level row exist for every (product, location) the batch touches and locks them, in
 * (product, location) order, with each figure read as of its lock (as lockLevels in the ledger).
 */
async function lockLevels(tx: Tx): Promise<void> {
  const at = { at: Prisma.sql`locked.locked_at`, latest: true };
  await run(
    tx,
    Prisma.sql`/* importMovements: lock levels */
    WITH locked AS (
      INSERT INTO stock_level AS s (product_id, location_id)
      SELECT k.product_id, k.location_id FROM (SELECT DISTINCT product_id, location_id FROM import_line) k
      ORDER BY k.product_id, k.location_id
      ON CONFLICT (product_id, location_id) DO UPDATE SET on_hand = s.on_hand
      RETURNING s.*, clock_timestamp() AS locked_at
    )
    INSERT INTO import_level (product_id, location_id, on_hand, reserved, reserved_until, committed, damaged,
                              quality_control, safety_stock, stored_reserved)
    SELECT locked.product_id, locked.location_id, locked.on_hand, ${reservedSql('locked', at)},
           ${reservedUntilSql('locked', at)}, locked.committed, locked.damaged, locked.quality_control,
           locked.safety_stock, locked.stored_reserved
    FROM locked`,
  );
  await tx.unsafe('ANALYZE import_level');
}

/**
 * Every line that breaks a rule of checkStock, assuming every row not yet refused is recorded in
 * row order. For each level, a running sum over the batch's lines in row order gives the on-hand
 * quantity after each row; the units the level keeps from sale (reserved, committed, damaged, in
 * quality control, and for sales and transfers its safety stock) are fixed under the lock, so
 * "takes more than is available now" is `after < kept`. A back-dated outbound line also must not
 * take the level below zero at its moment or at any later line (by business time, then recording
 * order): its later lines are the ledger's lines after its moment plus this batch's earlier rows'
 * lines after it, and the lowest balance is the balance before the row, less those lines, plus the
 * lowest of their running sum (the lowestBalanceFrom of the ledger, from the level's figure now).
 */
async function violations(tx: Tx): Promise<Violation[]> {
  const rows = await tx.unsafe<
    Array<{
      ord: number;
      product_id: string;
      location_id: string;
      problem: Violation['problem'];
      delta: number;
      figure: string;
      since: Date | null;
    }>
  >(
    `/* importMovements: checks */
    WITH live AS (
      SELECT l.ord, l.id, l.product_id, l.location_id, l.delta, l.occurred_at, b.sale, b.back_dated
      FROM import_line l JOIN import_batch b ON b.ord = l.ord
      WHERE NOT b.failed
    ), running AS (
      SELECT live.*,
             lv.on_hand + sum(live.delta) OVER (PARTITION BY live.product_id, live.location_id ORDER BY live.ord) AS after,
             lv.reserved + lv.committed + lv.damaged + lv.quality_control
               + CASE WHEN live.sale THEN lv.safety_stock ELSE 0 END AS kept
      FROM live JOIN import_level lv ON lv.product_id = live.product_id AND lv.location_id = live.location_id
    ), outs AS (
      SELECT * FROM running WHERE delta < 0 AND back_dated AND after >= kept
    ), later AS (
      SELECT o.ord AS o_ord, x.occurred_at, x.movement_id AS id, x.delta
      FROM outs o
      JOIN movement_line x ON x.product_id = o.product_id AND x.location_id = o.location_id AND x.occurred_at > o.occurred_at
      UNION ALL
      SELECT o.ord, n.occurred_at, n.id, n.delta
      FROM outs o
      JOIN live n ON n.product_id = o.product_id AND n.location_id = o.location_id AND n.ord < o.ord
                 AND n.occurred_at > o.occurred_at
    ), sums AS (
      SELECT o_ord, sum(delta) OVER (PARTITION BY o_ord ORDER BY occurred_at, id) AS run,
             sum(delta) OVER (PARTITION BY o_ord) AS total
      FROM later
    ), lowest AS (
      SELECT o.ord, o.product_id, o.location_id, o.delta, o.occurred_at,
             (o.after - o.delta) - coalesce(max(s.total), 0) + least(0, coalesce(min(s.run), 0)) AS lowest
      FROM outs o LEFT JOIN sums s ON s.o_ord = o.ord
      GROUP BY o.ord, o.product_id, o.location_id, o.delta, o.occurred_at, o.after
    )
    SELECT ord, product_id, location_id, 'now' AS problem, delta, greatest(after - delta - kept, 0)::text AS figure,
           NULL::timestamptz AS since
    FROM running WHERE delta < 0 AND after < kept
    UNION ALL
    SELECT ord, product_id, location_id, 'range', delta, after::text, NULL FROM running WHERE delta > 0 AND after > $1::bigint
    UNION ALL
    SELECT ord, product_id, location_id, 'history', delta, greatest(lowest, 0)::text, occurred_at
    FROM lowest WHERE lowest + delta < 0`,
    [MAX_INT],
  );
  return rows.map((row) => ({
    ord: row.ord,
    productId: row.product_id,
    locationId: row.location_id,
    problem: row.problem,
    outbound: row.delta < 0,
    figure: Number(row.figure),
    since: row.since,
  }));
}

/** The order checkStock meets a row's problems in: its lines in order (outbound first), each line's checks in order. */
const RANK = (violation: Violation) =>
  (violation.outbound ? 0 : 3) + (violation.problem === 'now' ? 0 : violation.problem === 'range' ? 1 : 2);

/**
 * The rows the ledger would certainly refuse, given `found` under the assumption that every live
 * row is recorded: the first row with a problem (every row before it passes), and each row that is
 * the first with a shortage at its level when, between the two, no live transfer moves units into
 * that level and no other row there has a problem of its own. Only a refused row that moved units
 * into the level can lower what later rows there find, and only a refused row that took units from
 * it can raise it; without either, nothing later checks decide can make such a row pass. The caller checks again
 * without these rows until nothing is found, so the result is the ledger's, row by row.
 */
function definite(found: Violation[], live: ReadonlyMap<number, PlannedMovement>): Map<number, UserError> {
  const first = new Map<number, Violation>();
  for (const violation of found) {
    const seen = first.get(violation.ord);
    if (!seen || RANK(violation) < RANK(seen)) first.set(violation.ord, violation);
  }
  const ordered = [...first.values()].sort((a, b) => a.ord - b.ord);
  const start = ordered[0]!.ord;
  const refused = new Map<number, UserError>([[start, errorOf(ordered[0]!, live.get(start)!)]]);
  const levelsSeen = new Set<string>();
  for (const violation of ordered) {
    const key = levelKey(violation);
    if (levelsSeen.has(key)) continue;
    levelsSeen.add(key);
    if (violation.ord === start || violation.problem === 'range') continue;
    let open = false;
    for (const [ord, row] of live) {
      if (ord < start || ord >= violation.ord || row.draft.productId !== violation.productId) continue;
      const into = row.draft.toLocationId === violation.locationId;
      const touches = into || row.draft.fromLocationId === violation.locationId;
      if ((into && row.draft.kind === 'TRANSFER') || (touches && first.has(ord))) {
        open = true;
        break;
      }
    }
    if (!open) refused.set(violation.ord, errorOf(violation, live.get(violation.ord)!));
  }
  return refused;
}

function errorOf(violation: Violation, row: PlannedMovement): UserError {
  const field = ['quantity'];
  if (violation.problem === 'range') {
    return userError('OUT_OF_RANGE', field, `The on-hand quantity would exceed ${MAX_INT}.`);
  }
  if (violation.problem === 'history') {
    const when = violation.since!.toISOString();
    return insufficient(field, row.draft.quantity, violation.figure, `at the location from ${when} on`);
  }
  return insufficient(field, row.draft.quantity, violation.figure, 'at the location');
}

/**
 * The movements and their lines, in row order. Lines dated before `closedBefore` (the current UTC
 * month) take the checkpoint lock shared in the statement that inserts them, and are added to every
 * built checkpoint after them (correctCheckpoints in the ledger).
 */
async function insertMovements(tx: Tx, actor: Actor | null, closedBefore: Date): Promise<void> {
  const by = actorColumns(actor);
  await tx.unsafe(
    `/* importMovements: movements */
    INSERT INTO movement (id, kind, product_id, from_location_id, to_location_id, quantity, unit_cost, unit_price,
                          reason, reference, counterparty, note, occurred_at, idempotency_key, recorded_by_user_id,
                          recorded_by_api_key_id, from_state, to_state)
    SELECT id, kind, product_id, from_location_id, to_location_id, quantity, unit_cost, unit_price, reason, reference,
           counterparty, note, occurred_at, key, $1::uuid, $2::uuid, 'AVAILABLE', 'AVAILABLE'
    FROM import_batch WHERE NOT failed ORDER BY ord`,
    [by.userId, by.apiKeyId],
  );
  const [closed] = await tx.unsafe<Array<{ any: boolean }>>(
    'SELECT EXISTS (SELECT 1 FROM import_batch WHERE NOT failed AND occurred_at < $1::timestamptz) AS any',
    [closedBefore],
  );
  await tx.unsafe(`/* importMovements: lines */
    INSERT INTO movement_line (movement_id, product_id, location_id, state, delta, occurred_at)
    SELECT l.id, l.product_id, l.location_id, 'AVAILABLE', l.delta, l.occurred_at
    FROM import_line l JOIN import_batch b ON b.ord = l.ord ${closed?.any ? CHECKPOINT_LOCK_SHARED.text : ''}
    WHERE NOT b.failed`);
  if (!closed?.any) return;
  await tx.unsafe(
    `/* importMovements: correct checkpoints */
    INSERT INTO stock_checkpoint AS c (at, location_id, product_id, on_hand, damaged, quality_control)
    SELECT month.at, l.location_id, l.product_id, sum(l.delta), 0, 0
    FROM import_line l
    JOIN import_batch b ON b.ord = l.ord AND NOT b.failed
    JOIN stock_checkpoint_month month ON month.at > l.occurred_at
    WHERE l.occurred_at < $1::timestamptz
    GROUP BY month.at, l.location_id, l.product_id
    ON CONFLICT (at, location_id, product_id) DO UPDATE
      SET on_hand = c.on_hand + excluded.on_hand, damaged = c.damaged + excluded.damaged,
          quality_control = c.quality_control + excluded.quality_control`,
    [closedBefore],
  );
}

/**
 * Saves the levels the batch changed, every figure as the ledger saves a level it touched (the
 * held figure as of the lock, which tidies holds that expired), and levels whose stored held figure
 * was stale; returns them as saved.
 */
async function saveLevels(tx: Tx): Promise<LevelFigures[]> {
  const rows = await tx.unsafe<
    Array<Omit<LevelFigures, 'productId' | 'locationId'> & { product_id: string; location_id: string }>
  >(`/* importMovements: save levels */
    UPDATE stock_level AS s
    SET on_hand = lv.on_hand + coalesce(d.delta, 0), stored_reserved = lv.reserved,
        reserved_until = CASE WHEN lv.reserved > 0 THEN lv.reserved_until END, updated_at = now()
    FROM import_level lv
    LEFT JOIN (
      SELECT l.product_id, l.location_id, sum(l.delta)::int AS delta
      FROM import_line l JOIN import_batch b ON b.ord = l.ord AND NOT b.failed
      GROUP BY l.product_id, l.location_id
    ) d ON d.product_id = lv.product_id AND d.location_id = lv.location_id
    WHERE s.product_id = lv.product_id AND s.location_id = lv.location_id
      AND (d.delta IS NOT NULL OR lv.reserved <> lv.stored_reserved)
    RETURNING s.product_id, s.location_id, s.on_hand AS "onHand", s.stored_reserved AS reserved, s.committed,
              s.damaged, s.quality_control AS "qualityControl", s.safety_stock AS "safetyStock",
              s.updated_at AS "updatedAt"`);
  return rows.map(({ product_id, location_id, ...figures }) => ({
    ...figures,
    productId: product_id,
    locationId: location_id,
  }));
}

/**
 * The batch's events, as the ledger writes a recordMovements write's: one MOVEMENT_RECORDED per
 * movement, in row order, with its levels after the batch; then each product that crossed its
 * reorder point. Every locked product moves on to this transaction's event position.
 */
async function recordEvents(
  tx: Tx,
  rows: PlannedMovement[],
  ids: string[],
  live: ReadonlyMap<number, PlannedMovement>,
  levels: LevelFigures[],
  products: LockedProduct[],
  actor: Actor | null,
): Promise<void> {
  const saved = new Map(
    levels.map((level) => [levelKey(level), levelPayload({ ...level, available: available(level) })]),
  );
  const drafts: EventDraft[] = [];
  for (const [ord, row] of rows.entries()) {
    if (!live.has(ord)) continue;
    const keys: LevelKey[] = linesOf(row.draft).map(({ productId, locationId }) => ({ productId, locationId }));
    drafts.push({
      type: 'MOVEMENT_RECORDED',
      actor,
      productIds: [row.draft.productId],
      locationIds: [...new Set(keys.map((key) => key.locationId))],
      reservationId: null,
      payload: movementPayload(
        { ...row.draft, id: BigInt(ids[ord]!), reservationId: null, reversalOfId: null },
        keys.flatMap((key) => saved.get(levelKey(key)) ?? []),
      ),
    });
  }
  const after = products.reduce((max, product) => (product.eventPosition > max ? product.eventPosition : max), 0n);
  const crossings = await run<Crossing>(
    tx,
    Prisma.sql`/* importMovements: products */
    WITH totals AS (
      SELECT p.id, p.below_reorder_point AS below_before, p.reorder_point,
             CASE WHEN p.reorder_point > 0 OR p.below_reorder_point
                  THEN (SELECT coalesce(sum(${availableSql('o')}), 0)::int FROM stock_level o WHERE o.product_id = p.id)
             END AS available
      FROM import_product p
    )
    UPDATE product AS p
    SET event_position = ${positionSql(after)},
        below_reorder_point = CASE WHEN t.available IS NULL THEN t.below_before
                                   ELSE t.reorder_point > 0 AND t.available <= t.reorder_point END
    FROM totals t
    WHERE p.id = t.id
    RETURNING p.id::text AS id, p.below_reorder_point AS "belowAfter", t.available, t.below_before AS "belowBefore"`,
  );
  const crossed = crossings.filter(
    (row) => (row as Crossing & { belowBefore: boolean }).belowBefore !== row.belowAfter,
  );
  drafts.push(...crossingEvents(crossed, products, levels, actor));
  if (drafts.length > 0) await run(tx, insertEventsSql(drafts, after));
}

/**
 * Folds the new movements into the cost ledger, each product from its earliest new movement (by
 * business time, then id), as the ledger's foldCosts does, in one call of refresh_movement_costs:
 * the fold refresh_movement_cost runs, for many products at once (migration movement_cost_batch_fold).
 */
async function foldCosts(tx: Tx): Promise<void> {
  await tx.unsafe(`/* importMovements: fold costs */
    SELECT refresh_movement_costs(array_agg(f.product_id ORDER BY f.product_id),
                                  array_agg(f.occurred_at ORDER BY f.product_id), array_agg(f.id ORDER BY f.product_id))
    FROM (
      SELECT DISTINCT ON (product_id) product_id, occurred_at, id FROM import_batch WHERE NOT failed
      ORDER BY product_id, occurred_at, id
    ) f`);
}

/** A refused row's key goes back: a later run tries it again. */
async function unclaimFailed(tx: Tx): Promise<void> {
  await tx.unsafe(`/* importMovements: unclaim */
    DELETE FROM imported_movement m USING import_batch b WHERE b.failed AND m.key = b.key`);
}
