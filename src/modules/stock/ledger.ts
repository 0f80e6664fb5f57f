// The ledger's write path: movements and the stock levels they change, in one transaction. The
// affected levels are locked in a fixed order, so concurrent writers queue instead of overselling,
// and transfers in opposite directions cannot deadlock.
import { createHash } from 'node:crypto';
import {
  Prisma,
  type Movement,
  type MovementKind,
  type MovementReason,
  type PrismaClient,
  type StockState,
} from '../../generated/prisma/client';
import { readSqlThrough, transactionsThrough, type ReadSql, type RunTransaction } from '../../db/sql';
import { actorColumns, type Actor } from '../../shared/actor';
import { Decimal } from '../../shared/decimal';
import { userError, type UserError } from '../../shared/errors';
import { isLockTimeout, isNumericOverflow } from '../../shared/prisma-errors';
import { MAX_INT } from '../../shared/validation';
import { announceEvents, insertEventsSql, positionSql, recordEvents, type EventDraft } from '../events';
import {
  available,
  availableSql,
  levelColumns,
  reservedUntilSql,
  takeable,
  type Clock,
  type LevelFigures,
} from './available';
import {
  crossingEvents,
  lockedProduct,
  lockProductsSql,
  watched,
  writeEvents,
  type Crossing,
  type LockedProduct,
} from './events';
import { CHECKPOINT_LOCK_SHARED, correctCheckpoints, datedInClosedMonth, type CheckpointLine } from './checkpoints';
import { consumeHold, lockHolds, saveHolds, type HoldBook } from './holds';

/** A movement ready to record, with every default filled in and every reference checked. */
export interface MovementDraft {
  kind: MovementKind;
  productId: string;
  fromLocationId: string | null;
  toLocationId: string | null;
  quantity: number;
  unitCost: Decimal | null;
  unitPrice: Decimal | null;
  reason: MovementReason;
  reference: string | null;
  counterparty: string | null;
  note: string | null;
  occurredAt: Date;
  /** True when the client gave occurredAt: the movement may be back-dated behind later ones. */
  backDated: boolean;
  reversalOfId: bigint | null;
  /** The state the units leave (with fromLocationId) and arrive in (with toLocationId). */
  fromState: StockState;
  toState: StockState;
  /** The reservation whose held units a shipment takes; null for unheld units. */
  reservationId: string | null;
  /**
   * What the outbound line may take, when the kind alone does not say: units leaving the
   * in-transit location are taken as a correction (unheld units, ignoring its safety stock).
   */
  purpose?: 'sale' | 'correction';
}

export interface LevelKey {
  productId: string;
  locationId: string;
}

/** A locked stock level, with every figure exact at the moment the lock was granted. */
export interface LevelState extends LevelFigures {
  /** The earliest expiry among the holds `reserved` counts; null when none. */
  reservedUntil: Date | null;
}

/**
 * What a plan works on, under the locks: the levels (a plan that changes a figure other than on
 * hand calls `touch`, so it is saved), the locked reservations, and the instant the locks were
 * granted, which is when expiry is judged.
 */
export interface LevelBook {
  get(key: LevelKey): LevelState;
  touch(key: LevelKey): void;
  readonly holds: HoldBook;
  readonly at: Date;
}

/** One row of a write: a draft to record, errors to report, or nothing to do. */
export type PlannedRow = { draft: MovementDraft; field: string[] } | { errors: UserError[] } | { nothing: true };

export interface WriteRequest {
  operation: string;
  /** Who records the movements; null only for data loaded outside any request (demo data). */
  actor: Actor | null;
  idempotencyKey: string | null;
  /** The normalised input; its hash tells a retry from a reuse of the key. */
  fingerprint: unknown;
  /** Every level any row may touch; all are locked before planning. */
  keys: LevelKey[];
  /** All or nothing (true), or record the rows that pass (false). */
  atomic: boolean;
  /**
   * Outbound quantities known before locking. When the unlocked level already cannot cover one,
   * the request fails at once without queueing on the lock: stock was short at that instant.
   */
  precheck?: Array<LevelKey & { quantity: number; field: string[]; takeable: (level: LevelFigures) => number }>;
  /** Reservations the write reads or changes; locked after the levels, in id order. */
  reservationIds?: string[];
  /** The reservation the write answers with (a new one's id is chosen before the write). */
  reservationId?: string | null;
  /** The document (transfer, purchase order) the write answers with; a new one's id is chosen before the write. */
  documentId?: string | null;
  /** Events about the document, built after `plan` has run; written with the movements' events. */
  documentEvents?: () => EventDraft[];
  /** Runs under the locks, seeing current levels, and decides the rows. */
  plan(levels: LevelBook, tx: Prisma.TransactionClient): Promise<PlannedRow[]>;
}

export interface WriteResult {
  movements: Movement[];
  stockLevels: LevelFigures[];
  userErrors: UserError[];
  /** The reservation the write made, changed or fulfilled; null when none (or nothing was written). */
  reservationId: string | null;
  /** The document the write made or changed (WriteRequest.documentId); absent when none. */
  documentId?: string | null;
}

interface StoredResult {
  movementIds: string[];
  stockLevels: Array<Omit<LevelFigures, 'updatedAt'> & { updatedAt: string }>;
  userErrors: UserError[];
  reservationId?: string | null;
  documentId?: string | null;
}

/** Thrown inside the transaction to roll it back and answer with `result` instead. */
class Rollback {
  constructor(readonly result: WriteResult) {}
}

/** A level's key in maps and DataLoaders: "<productId>/<locationId>". */
export const levelKey = (key: LevelKey) => `${key.productId}/${key.locationId}`;

/**
 * Idempotency keys belong to the caller that sent them: two integrators may both use "order-1",
 * and neither can replay (and so read) the other's result.
 */
function recordKey(request: WriteRequest): string {
  const { actor } = request;
  const owner = !actor ? 'system' : actor.kind === 'user' ? `user:${actor.userId}` : `key:${actor.apiKeyId}`;
  return `${owner}:${request.idempotencyKey}`;
}

/** Lines: the signed effect of a movement on each (location, state) it touches. */
export function linesOf(
  draft: Pick<MovementDraft, 'productId' | 'fromLocationId' | 'toLocationId' | 'quantity' | 'fromState' | 'toState'>,
) {
  const lines: Array<LevelKey & { delta: number; state: StockState }> = [];
  if (draft.fromLocationId)
    lines.push({
      productId: draft.productId,
      locationId: draft.fromLocationId,
      delta: -draft.quantity,
      state: draft.fromState,
    });
  if (draft.toLocationId)
    lines.push({
      productId: draft.productId,
      locationId: draft.toLocationId,
      delta: draft.quantity,
      state: draft.toState,
    });
  return lines;
}

/** Kinds that record what physically happened to units rather than sell or move them. */
const CORRECTIONS = new Set<MovementKind>(['ADJUSTMENT', 'WRITE_OFF', 'STATE_CHANGE', 'RECEIPT', 'RETURN']);

/** How many units the outbound line of `draft` may take from `level`, unheld units only. */
export function takeableFor(
  level: LevelState | LevelFigures,
  draft: Pick<MovementDraft, 'kind' | 'fromState' | 'purpose'>,
) {
  return takeable(level, draft.fromState, draft.purpose ?? (CORRECTIONS.has(draft.kind) ? 'correction' : 'sale'));
}

export function insufficient(field: string[], requested: number, available: number, where: string): UserError {
  return userError(
    'INSUFFICIENT_STOCK',
    field,
    `Requested ${requested} but only ${Math.max(available, 0)} available ${where}.`,
  );
}

/**
 * How long a claim waits for a key that another process's request holds, before answering
 * IDEMPOTENCY_KEY_IN_PROGRESS: about an ordinary write, so the first request usually finishes in
 * time, yet a waiter holds its pooled connection no longer than an ordinary write would.
 */
const CLAIM_WAIT_MS = 200;

export interface LedgerOptions {
  /** How long a write may wait for a database connection. */
  transactionWaitMs: number;
  /**
   * Whether writes lock their products and record events (EVENTS=on, the default). Off, the
   * feed, webhooks and subscriptions hear nothing of them.
   */
  events?: boolean;
}

/**
 * Records writes. Only `write` sees the pool: everything that runs inside a transaction is a free
 * function given the transaction client, so it cannot take a second connection while holding one
 * (ten such transactions would deadlock a pool of ten). eslint.config.mjs enforces the same.
 */
export class Ledger {
  /** Keyed writes running in this process, by record key; settles when the write does. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: LedgerOptions,
    /** Statements outside the transaction (the preflight): the pool's prepared ones in the server. */
    private readonly readSql: ReadSql = readSqlThrough(prisma),
    /** The write's transaction: in the server, its hot statements go on its connection directly (db/client.ts). */
    private readonly transaction: RunTransaction = transactionsThrough(prisma),
  ) {}

  async write(request: WriteRequest): Promise<WriteResult> {
    const requestHash = hashOf(request.operation, request.fingerprint);
    if (!request.idempotencyKey)
      return this.record(request, requestHash, (await preflight(this.readSql, request)).short);
    const key = recordKey(request);
    for (;;) {
      // A replay of a write running in this process waits for it without holding a connection,
      // then answers from its record (or runs, when the first was refused and left no record).
      const running = this.inFlight.get(key);
      if (running) {
        await running;
        continue;
      }
      const { earlier, short } = await preflight(this.readSql, request, key);
      if (earlier) return answerRetry(this.prisma, earlier, request.operation, requestHash);
      if (this.inFlight.has(key)) continue;
      const attempt = this.record(request, requestHash, short);
      this.inFlight.set(
        key,
        attempt.catch(() => undefined),
      );
      try {
        return await attempt;
      } finally {
        this.inFlight.delete(key);
      }
    }
  }

  /** Records the write, unless the preflight found stock `short`. */
  private async record(request: WriteRequest, requestHash: string, short: UserError[]): Promise<WriteResult> {
    if (short.length > 0) return failedWrite(short);
    try {
      const events = this.options.events ?? true;
      const result = await this.transaction((tx, sql) => writeInTransaction(tx, sql, request, requestHash, events), {
        maxWait: this.options.transactionWaitMs,
        timeout: 60_000,
      });
      if (events) announceEvents();
      return result;
    } catch (error) {
      if (error instanceof Rollback) return error.result;
      throw error;
    }
  }
}

/** A write that wrote nothing: only its userErrors. */
export function failedWrite(userErrors: UserError[]): WriteResult {
  return { movements: [], stockLevels: [], userErrors, reservationId: null };
}

/** What a write reads before its transaction: the key's earlier record, and what its precheck found short. */
interface Preflight {
  earlier: { operation: string; requestHash: string; result: Prisma.JsonValue } | null;
  short: UserError[];
}

/**
 * One statement before the transaction: the earlier record of the key (`recordKey`), when the
 * write has one, and the unlocked levels its precheck needs. A retry is answered from its record
 * before the precheck is judged: stock sold since the first request does not refuse its replay.
 */
async function preflight(readSql: ReadSql, request: WriteRequest, key: string | null = null): Promise<Preflight> {
  const needs = request.precheck ?? [];
  if (!key && needs.length === 0) return { earlier: null, short: [] };
  const rows = await readSql<
    Partial<LevelFigures> & { operation: string | null; requestHash: string | null; result: Prisma.JsonValue }
  >(Prisma.sql`/* preflight */
    SELECT r.operation, r.request_hash AS "requestHash", r.result, level.*
    FROM (SELECT 1) AS one
    LEFT JOIN idempotency_record r ON r.key = ${key}
    LEFT JOIN LATERAL (
      SELECT ${levelColumns('s')} FROM stock_level s
      WHERE (s.product_id, s.location_id) IN (
        SELECT * FROM unnest(${needs.map((need) => need.productId)}::uuid[], ${needs.map((need) => need.locationId)}::uuid[]))
    ) AS level ON true`);
  const [first] = rows;
  if (first?.operation && first.requestHash) {
    return { earlier: { operation: first.operation, requestHash: first.requestHash, result: first.result }, short: [] };
  }
  const byKey = new Map(
    rows.flatMap((level) => (level.productId ? [[levelKey(level as LevelKey), level] as const] : [])),
  );
  const short = needs.flatMap((need) => {
    const level = byKey.get(levelKey(need));
    const free = level ? need.takeable(level as LevelFigures) : 0;
    return free < need.quantity ? [insufficient(need.field, need.quantity, free, 'at the location')] : [];
  });
  return { earlier: null, short };
}

/**
 * The write, under its transaction: `tx` for Prisma (the plan's and the less frequent statements),
 * `sql` for the statements every write sends (the locks, the movement, the save), on the same
 * connection without Prisma's runtime, each prepared once per connection.
 */
async function writeInTransaction(
  tx: Prisma.TransactionClient,
  sql: ReadSql,
  request: WriteRequest,
  requestHash: string,
  events: boolean,
): Promise<WriteResult> {
  const claim = request.idempotencyKey ? { key: recordKey(request), operation: request.operation, requestHash } : null;
  const locked = await lockLevels(sql, request.keys, { products: events, claim });
  if (claim && !locked.claimed) {
    const earlier = await tx.idempotencyRecord.findUniqueOrThrow({ where: { key: claim.key } });
    throw new Rollback(await answerRetry(tx, earlier, request.operation, requestHash));
  }
  const products = locked.products;
  const holds = await lockHolds(tx, request.reservationIds ?? []);
  const statusBefore = new Map(
    (request.reservationIds ?? []).flatMap((id) => {
      const hold = holds.get(id);
      return hold ? [[id, hold.status] as const] : [];
    }),
  );
  const book: LevelBook = { ...locked, holds };
  const rows = await request.plan(book, tx);

  const movements: Movement[] = [];
  const userErrors: UserError[] = [];
  /** Lines dated before the current month: built checkpoints after them are corrected (checkpoints.ts). */
  const closedLines: CheckpointLine[] = [];
  // Judged after the level locks: what is left of the transaction (60 s at most) is far shorter
  // than the day a month waits before it is built.
  const recordedAt = new Date();
  /** Per product, the quantity field of its first recorded row: where a total that overflows is reported. */
  const totalFields = new Map<string, string[]>();
  for (const row of rows) {
    if ('nothing' in row) continue;
    if ('errors' in row) {
      userErrors.push(...row.errors);
      continue;
    }
    const problems = await checkStock(tx, book, row);
    if (problems.length > 0) {
      userErrors.push(...problems);
      continue;
    }
    if (row.draft.reservationId) consumeHold(book, row.draft.reservationId, row.draft);
    const closed = datedInClosedMonth(row.draft.occurredAt, recordedAt);
    movements.push(await insertMovement(sql, row.draft, request, closed));
    if (closed) closedLines.push(...linesOf(row.draft).map((line) => ({ ...line, occurredAt: row.draft.occurredAt })));
    if (!totalFields.has(row.draft.productId)) totalFields.set(row.draft.productId, [...row.field, 'quantity']);
    for (const line of linesOf(row.draft)) {
      const level = book.get(line);
      level.onHand += line.delta;
      if (line.state === 'DAMAGED') level.damaged += line.delta;
      if (line.state === 'QUALITY_CONTROL') level.qualityControl += line.delta;
      book.touch(line);
    }
  }

  if (userErrors.length > 0 && (request.atomic || movements.length === 0)) throw new Rollback(failedWrite(userErrors));
  const drafts = events
    ? [...writeEvents(request, movements, holds, statusBefore, locked), ...(request.documentEvents?.() ?? [])]
    : [];
  // This write's events sort after every earlier event about its products (see events/outbox.ts).
  const after = products.reduce((max, product) => (product.eventPosition > max ? product.eventPosition : max), 0n);
  const changed = locked.touched();
  const reservationId = request.reservationId ?? null;
  const documentId = request.documentId ?? null;
  // The key's record is written with the levels, in their statement: its result is this answer.
  const record = claim
    ? {
        key: claim.key,
        movementIds: movements.map((movement) => String(movement.id)),
        userErrors,
        reservationId,
        documentId,
      }
    : null;
  // One product's cost fold (almost every write) runs in that statement too; a batch's, one by one after it.
  const folds = costFolds(movements);
  const fold = folds.length === 1 ? folds[0]! : null;
  let saved: Awaited<ReturnType<typeof saveLevels>>;
  try {
    saved = await saveLevels(sql, changed, { products, drafts, after, record, fold });
  } catch (error) {
    if (fold && isNumericOverflow(error)) throw totalsOverflow(totalFields.get(fold.productId));
    throw error;
  }
  const { stockLevels, crossings } = saved;
  await saveHolds(tx, holds);
  if (!fold) await foldCosts(tx, folds, totalFields);
  await correctCheckpoints(tx, closedLines);
  await recordEvents(tx, crossingEvents(crossings, products, changed, request.actor), after);
  return { movements, stockLevels, userErrors, reservationId, documentId };
}

/** The idempotency key a write takes, in the statement that locks its levels (`lockLevels`). */
interface Claim {
  key: string;
  operation: string;
  requestHash: string;
}

/**
 * The start of the statement that takes the key for this request. A concurrent request holding it
 * (in another process: this one's replays wait in `write`) makes the insert wait until that one
 * commits (then this is a retry) or rolls back (then this request proceeds), for CLAIM_WAIT_MS at
 * most: the bound is set by the row the insert reads (set_config is volatile, so it runs as the
 * row is produced, before the conflict wait), once the setting it replaces is kept aside (the
 * filter on `kept` runs before the row is produced). `claimed` runs once the insert is done (it
 * counts its rows) and puts lock_timeout back: level locks wait as long as they must, since
 * queueing on them is how concurrent writers take turns. Every lock after it waits on `claimed`.
 * (Reading the setting back from pg_settings instead costs about 1 ms a write: it lists them all.)
 */
function claimSql(claim: Claim): Prisma.Sql {
  return Prisma.sql`claim AS (
      INSERT INTO idempotency_record (key, operation, request_hash)
      SELECT ${claim.key}, ${claim.operation}, ${claim.requestHash}
      FROM (
        SELECT set_config('lock_timeout', ${`${CLAIM_WAIT_MS}ms`}, true)
        FROM (SELECT set_config('stockroom.lock_timeout', current_setting('lock_timeout'), true) AS kept) AS kept
        WHERE kept.kept IS NOT NULL
      ) AS bounded_wait
      ON CONFLICT (key) DO NOTHING RETURNING key
    ), claimed AS (
      SELECT count(*) > 0 AS claimed, set_config('lock_timeout', current_setting('stockroom.lock_timeout'), true)
      FROM claim
    )`;
}

function keyInProgress(): UserError {
  return userError(
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    ['idempotencyKey'],
    'The first request with this idempotency key is still running; retry shortly to get its result.',
  );
}

/** The first result for a key, read through `db`: the pool outside a transaction, `tx` inside one. */
async function answerRetry(
  db: Prisma.TransactionClient,
  earlier: { operation: string; requestHash: string; result: Prisma.JsonValue },
  operation: string,
  requestHash: string,
): Promise<WriteResult> {
  if (earlier.operation !== operation || earlier.requestHash !== requestHash) {
    return failedWrite([
      userError(
        'IDEMPOTENCY_KEY_REUSED',
        ['idempotencyKey'],
        'This idempotency key was already used for a different request; use a new key for a new request.',
      ),
    ]);
  }
  const stored = earlier.result as unknown as StoredResult;
  const ids = stored.movementIds.map((id) => BigInt(id));
  const found = await db.movement.findMany({ where: { id: { in: ids } } });
  const byId = new Map(found.map((movement) => [String(movement.id), movement]));
  return {
    movements: stored.movementIds.map((id) => byId.get(id)!),
    stockLevels: stored.stockLevels.map((level) => ({ ...level, updatedAt: new Date(level.updatedAt) })),
    userErrors: stored.userErrors,
    reservationId: stored.reservationId ?? null,
    documentId: stored.documentId ?? null,
  };
}

/** The locked levels of a write, and which of them it changed. */
interface LockedLevels {
  get(key: LevelKey): LevelState;
  find(key: LevelKey): LevelState | undefined;
  /** The products, locked before the levels when asked for (events on). */
  products: LockedProduct[];
  /** A level's figures when its lock was granted. */
  initial(key: LevelKey): LevelState | undefined;
  all(): LevelState[];
  touch(key: LevelKey): void;
  touched(): LevelState[];
  at: Date;
  /** Whether the write took its idempotency key (true for a write without one). */
  claimed: boolean;
}

/**
 * Makes sure a level row exists for every key and locks them all, in one statement and in a fixed
 * order (product, then location), which is what keeps opposite transfers from deadlocking. The
 * figures are read as of the moment each lock is granted (clock_timestamp(), not the transaction's
 * start), so a hold that expired while this write queued is not counted. A level whose stored
 * reserved figure counted holds that have expired since is marked touched, so saving it tidies it.
 * A keyed write takes its key first, in the same statement (claimSql), and locks nothing when the
 * key was taken already; a claim that waited too long fails it with IDEMPOTENCY_KEY_IN_PROGRESS.
 */
async function lockLevels(
  sql: ReadSql,
  keys: LevelKey[],
  lock: { products: boolean; claim: Claim | null },
): Promise<LockedLevels> {
  try {
    return await takeLocks(sql, keys, lock);
  } catch (error) {
    if (!lock.claim || !isLockTimeout(error)) throw error;
    throw new Rollback(failedWrite([keyInProgress()]));
  }
}

/** lockLevels itself, failing as the database does. */
async function takeLocks(
  sql: ReadSql,
  keys: LevelKey[],
  lock: { products: boolean; claim: Claim | null },
): Promise<LockedLevels> {
  const unique = [...new Map(keys.map((key) => [levelKey(key), key])).values()].sort((a, b) =>
    a.productId === b.productId ? compare(a.locationId, b.locationId) : compare(a.productId, b.productId),
  );
  const book = new Map<string, LevelState>();
  const touched = new Map<string, LevelState>();
  const initial = new Map<string, LevelState>();
  let lockedAt = new Date(0);
  let products: LockedProduct[] = [];
  let claimed = true;
  const claimFirst = lock.claim ? Prisma.sql`${claimSql(lock.claim)},` : Prisma.empty;
  if (unique.length === 0 && lock.claim) {
    const [row] = await sql<{ claimed: boolean }>(Prisma.sql`WITH ${claimSql(lock.claim)} SELECT claimed FROM claimed`);
    claimed = row!.claimed;
  }
  if (unique.length > 0) {
    const values = Prisma.join(unique.map((key) => Prisma.sql`(${key.productId}::uuid, ${key.locationId}::uuid)`));
    // The moment each lock was granted is read once per row (locked_at), and both held figures are
    // judged by it, so they agree about which holds had expired. Holds are summed as committed when
    // the row is reached, after its lock: this statement's snapshot predates any write it queued behind.
    const at: Clock = { at: Prisma.sql`locked.locked_at`, latest: true };
    // With events on, the products are locked first, in the same statement: the scalar subquery
    // runs before the insert takes its first row, so every write takes products before levels.
    // A keyed write's locks wait for its claim, and are not taken when the key was not claimed.
    const afterClaim = lock.claim ? Prisma.sql`(SELECT claimed FROM claimed)` : Prisma.sql`true`;
    const productsFirst = lock.products
      ? Prisma.sql`products AS (${lockProductsSql(
          unique.map((key) => key.productId),
          afterClaim,
        )}),`
      : Prisma.empty;
    const afterProducts = lock.products
      ? Prisma.sql`WHERE (SELECT count(*) FROM products) >= 0 AND ${afterClaim}`
      : Prisma.sql`WHERE ${afterClaim}`;
    const productRows = lock.products ? Prisma.sql`(SELECT json_agg(products) FROM products)` : Prisma.sql`NULL::json`;
    const rows = await sql<
      LevelState & {
        storedReserved: number;
        lockedAt: Date;
        products: Array<Omit<LockedProduct, 'eventPosition'> & { eventPosition: string }> | null;
      }
    >(Prisma.sql`
      WITH ${claimFirst} ${productsFirst} locked AS (
        INSERT INTO stock_level AS s (product_id, location_id)
        SELECT v.product_id, v.location_id FROM (VALUES ${values}) AS v (product_id, location_id) ${afterProducts}
        ON CONFLICT (product_id, location_id) DO UPDATE SET on_hand = s.on_hand
        RETURNING s.*, clock_timestamp() AS locked_at
      )
      SELECT ${levelColumns('locked', at)}, ${reservedUntilSql('locked', at)} AS "reservedUntil",
             locked.stored_reserved AS "storedReserved", locked.locked_at AS "lockedAt", ${productRows} AS products
      FROM locked`);
    products = (rows[0]?.products ?? []).map(lockedProduct);
    for (const { storedReserved, lockedAt: granted, products: _products, ...level } of rows) {
      book.set(levelKey(level), level);
      initial.set(levelKey(level), { ...level });
      // The write judges expiry at the last lock's moment: a hold that expired by then is not
      // used, though an earlier row may still count it (that row then counts it as held: safe).
      if (granted > lockedAt) lockedAt = granted;
      if (storedReserved !== level.reserved) touched.set(levelKey(level), level);
    }
    // Every key's level comes back once its locks are taken; none when the key was taken already.
    claimed = rows.length > 0;
  }
  const get = (key: LevelKey) => {
    const level = book.get(levelKey(key));
    if (!level) throw new Error(`stock level ${levelKey(key)} was not locked before planning`);
    return level;
  };
  return {
    get,
    products,
    find: (key) => book.get(levelKey(key)),
    initial: (key) => initial.get(levelKey(key)),
    all: () => [...book.values()],
    touch(key) {
      touched.set(levelKey(key), get(key));
    },
    touched: () => [...touched.values()],
    at: lockedAt,
    claimed,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Refuses a row that would take a level below what is available now, or below zero in its history. */
async function checkStock(
  tx: Prisma.TransactionClient,
  book: LevelBook,
  row: { draft: MovementDraft; field: string[] },
): Promise<UserError[]> {
  const quantityField = [...row.field, 'quantity'];
  if (row.draft.reservationId) {
    const refused = book.holds.refusal(row.draft.reservationId, row.draft, quantityField, book.at);
    if (refused) return [refused];
  }
  for (const line of linesOf(row.draft)) {
    const level = book.get(line);
    // Units a reservation holds were checked when it was made; consumeHold checks the hold.
    const free = takeableFor(level, row.draft);
    if (line.delta < 0 && !row.draft.reservationId && free + line.delta < 0) {
      return [insufficient(quantityField, -line.delta, free, 'at the location')];
    }
    if (level.onHand + line.delta > MAX_INT) {
      return [userError('OUT_OF_RANGE', quantityField, `The on-hand quantity would exceed ${MAX_INT}.`)];
    }
    if (line.delta < 0 && row.draft.backDated) {
      const lowest = await lowestBalanceFrom(tx, line, row.draft.occurredAt);
      if (lowest + line.delta < 0) {
        const when = row.draft.occurredAt.toISOString();
        return [insufficient(quantityField, -line.delta, lowest, `at the location from ${when} on`)];
      }
    }
  }
  return [];
}

/**
 * The lowest on-hand quantity a back-dated outbound line would cut into: the balance at its
 * moment, and every running balance after it (ties in time are ordered by recording order).
 */
async function lowestBalanceFrom(tx: Prisma.TransactionClient, key: LevelKey, at: Date): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ lowest: bigint }>>`
    WITH base AS (
      SELECT COALESCE(SUM(delta), 0)::bigint AS balance FROM movement_line
      WHERE product_id = ${key.productId}::uuid AND location_id = ${key.locationId}::uuid AND occurred_at <= ${at}
    ), later AS (
      SELECT base.balance + SUM(delta) OVER (ORDER BY occurred_at, movement_id) AS running
      FROM movement_line, base
      WHERE product_id = ${key.productId}::uuid AND location_id = ${key.locationId}::uuid AND occurred_at > ${at}
    )
    SELECT LEAST((SELECT balance FROM base), (SELECT MIN(running) FROM later))::bigint AS lowest`;
  return Number(row?.lowest ?? 0);
}

/**
 * Inserts the movement and its lines in one statement. A movement dated in a closed month (`closed`)
 * also takes the checkpoint lock here, before its lines can be seen (see checkpoints.ts).
 */
async function insertMovement(sql: ReadSql, draft: MovementDraft, request: WriteRequest, closed: boolean) {
  const recordedBy = actorColumns(request.actor);
  const lines = Prisma.join(
    linesOf(draft).map(
      (line) => Prisma.sql`(${line.locationId}::uuid, ${line.state}::"StockState", ${line.delta}::int)`,
    ),
  );
  const [movement] = await sql<Movement>(Prisma.sql`
    WITH m AS (
      INSERT INTO movement (kind, product_id, from_location_id, to_location_id, quantity, unit_cost, unit_price, reason,
                            reference, counterparty, note, occurred_at, idempotency_key, reversal_of_id,
                            recorded_by_user_id, recorded_by_api_key_id, from_state, to_state, reservation_id)
      VALUES (${draft.kind}::"MovementKind", ${draft.productId}::uuid, ${draft.fromLocationId}::uuid,
              ${draft.toLocationId}::uuid, ${draft.quantity}::int, ${draft.unitCost?.toFixed() ?? null}::numeric,
              ${draft.unitPrice?.toFixed() ?? null}::numeric, ${draft.reason}::"MovementReason", ${draft.reference},
              ${draft.counterparty}, ${draft.note}, ${draft.occurredAt}::timestamptz, ${request.idempotencyKey},
              ${draft.reversalOfId}::bigint, ${recordedBy.userId}::uuid, ${recordedBy.apiKeyId}::uuid,
              ${draft.fromState}::"StockState", ${draft.toState}::"StockState", ${draft.reservationId}::uuid)
      RETURNING *
    ), lines AS (
      INSERT INTO movement_line (movement_id, product_id, location_id, state, delta, occurred_at)
      SELECT m.id, m.product_id, line.location_id, line.state, line.delta, m.occurred_at
      FROM m CROSS JOIN (VALUES ${lines}) AS line (location_id, state, delta) ${closed ? CHECKPOINT_LOCK_SHARED : Prisma.empty}
    )
    SELECT id, kind, product_id AS "productId", from_location_id AS "fromLocationId", to_location_id AS "toLocationId",
           quantity, unit_cost AS "unitCost", unit_price AS "unitPrice", reason, reference, counterparty, note,
           occurred_at AS "occurredAt", recorded_at AS "recordedAt", idempotency_key AS "idempotencyKey",
           reversal_of_id AS "reversalOfId", recorded_by_user_id AS "recordedByUserId",
           recorded_by_api_key_id AS "recordedByApiKeyId", from_state AS "fromState", to_state AS "toState",
           reservation_id AS "reservationId"
    FROM m`);
  return toMovement(movement!);
}

/**
 * Folds new movements into the cost ledger (movement_cost), once per product from its earliest new
 * movement: an append folds one row, a back-dated movement refolds what follows it. Products are
 * taken in a fixed order because the SQL function locks each one (after every level lock).
 *
 * The fold is also where a product's company-wide totals are computed: its quantity over all
 * locations (an integer, as product_cost and movement_cost store it) and its value (numeric(30,10)),
 * at every point of its history, which a back-dated receipt can raise though today's total fits.
 * It runs under the product lock, so no concurrent write at another location can slip past it; a
 * check in TypeScript beforehand would repeat its arithmetic and still race. A figure that does not
 * fit its column fails the statement with 22003 (numeric_value_out_of_range): that is the input
 * asking for too much, so the write is rolled back whole (in a batch too, since the fold runs after
 * every row) and answered with OUT_OF_RANGE on the product's first row, `totalFields`.
 */
async function foldCosts(
  tx: Prisma.TransactionClient,
  folds: CostFold[],
  totalFields: ReadonlyMap<string, string[]>,
): Promise<void> {
  for (const { productId, occurredAt, movementId } of folds) {
    try {
      await tx.$executeRaw`SELECT refresh_movement_cost(${productId}::uuid, ${occurredAt}::timestamptz, ${movementId}::bigint)`;
    } catch (error) {
      if (!isNumericOverflow(error)) throw error;
      throw totalsOverflow(totalFields.get(productId));
    }
  }
}

/** Where a product's cost fold starts: its earliest new movement. */
interface CostFold {
  productId: string;
  occurredAt: Date;
  movementId: bigint;
}

/** The folds the new movements need, one per product, in product order. */
function costFolds(movements: Movement[]): CostFold[] {
  const earliest = new Map<string, Movement>();
  for (const movement of movements) {
    const seen = earliest.get(movement.productId);
    if (!seen || comesBefore(movement, seen)) earliest.set(movement.productId, movement);
  }
  return [...earliest.keys()].sort(compare).map((productId) => {
    const from = earliest.get(productId)!;
    return { productId, occurredAt: from.occurredAt, movementId: from.id };
  });
}

/** The answer to a fold that overflowed: the write is rolled back, refused on the product's first row. */
function totalsOverflow(field: string[] | undefined): Rollback {
  const message =
    `The product's totals would overflow: its on-hand quantity over all locations must stay at most ${MAX_INT}, ` +
    'and its stock value below 10^20, at every point of its history.';
  return new Rollback(failedWrite([userError('OUT_OF_RANGE', field ?? null, message)]));
}

/** Business-time order of the ledger: occurredAt, then recording order. */
function comesBefore(a: Movement, b: Movement): boolean {
  const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
  return byTime < 0 || (byTime === 0 && a.id < b.id);
}

/** Raw rows carry numerics as Decimal-compatible values; normalise them to the model's types. */
function toMovement(row: Movement): Movement {
  return {
    ...row,
    unitCost: row.unitCost === null ? null : new Decimal(row.unitCost),
    unitPrice: row.unitPrice === null ? null : new Decimal(row.unitPrice),
  };
}

/**
 * Saves the changed levels (still locked), every figure, moves the write's products on (their event position, and for a
 * product with a reorder point, which side of it the product now stands), and writes the write's
 * events, in one statement. A product's total available is summed here: its other levels as this
 * statement sees them (it starts after the product's lock was granted, so after every write that
 * held it) plus this write's levels as saved. Returns the saved levels and the products that
 * crossed their reorder point, whose events the caller writes next.
 *
 * The same statement stores a keyed write's answer in its key's record (`record`, with the levels
 * as saved), and folds one product's new movements into its costs (`fold`, see foldCosts): the
 * fold reads only the movements and costs, which nothing else here writes.
 */
async function saveLevels(
  sql: ReadSql,
  levels: LevelState[],
  write: {
    products: LockedProduct[];
    drafts: EventDraft[];
    after: bigint;
    record: (Omit<StoredResult, 'stockLevels'> & { key: string }) | null;
    fold: CostFold | null;
  },
): Promise<{ stockLevels: LevelFigures[]; crossings: Crossing[] }> {
  const parts: Prisma.Sql[] = [];
  if (levels.length > 0) {
    const values = Prisma.join(
      levels.map(
        (level) =>
          Prisma.sql`(${level.productId}::uuid, ${level.locationId}::uuid, ${level.onHand}::int, ${level.reserved}::int,
            ${level.reserved > 0 ? level.reservedUntil : null}::timestamptz, ${level.committed}::int, ${level.damaged}::int,
            ${level.qualityControl}::int, ${level.safetyStock}::int)`,
      ),
    );
    parts.push(Prisma.sql`saved AS (
      UPDATE stock_level AS s SET on_hand = next.on_hand, stored_reserved = next.reserved, reserved_until = next.reserved_until,
             committed = next.committed, damaged = next.damaged, quality_control = next.quality_control,
             safety_stock = next.safety_stock, updated_at = now()
      FROM (VALUES ${values}) AS next (product_id, location_id, on_hand, reserved, reserved_until, committed, damaged,
                                       quality_control, safety_stock)
      WHERE s.product_id = next.product_id AND s.location_id = next.location_id
      RETURNING s.product_id AS "productId", s.location_id AS "locationId", s.on_hand AS "onHand",
                s.stored_reserved AS reserved, s.committed, s.damaged, s.quality_control AS "qualityControl",
                s.safety_stock AS "safetyStock", s.updated_at AS "updatedAt"
    )`);
  }
  if (write.products.length > 0) {
    const mine = new Map<string, number>();
    for (const level of levels) mine.set(level.productId, (mine.get(level.productId) ?? 0) + available(level));
    // This write's own levels count as saved (mine): the statement does not see its own updates.
    const notMine = levels.length
      ? Prisma.sql`AND (o.product_id, o.location_id) NOT IN (VALUES ${Prisma.join(
          levels.map((level) => Prisma.sql`(${level.productId}::uuid, ${level.locationId}::uuid)`),
        )})`
      : Prisma.empty;
    const products = Prisma.join(
      write.products.map(
        (product) =>
          Prisma.sql`(${product.id}::uuid, ${watched(product)}::boolean, ${product.reorderPoint}::int, ${product.belowReorderPoint}::boolean,
            ${mine.get(product.id) ?? 0}::int)`,
      ),
    );
    parts.push(Prisma.sql`products AS (
      UPDATE product AS p SET event_position = ${positionSql(write.after)}, below_reorder_point = t.below_after
      FROM (
        SELECT w.id, w.below_before, w.mine + COALESCE(o.available, 0) AS available,
               CASE WHEN w.watched THEN w.reorder_point > 0 AND w.mine + COALESCE(o.available, 0) <= w.reorder_point
                    ELSE w.below_before END AS below_after
        FROM (VALUES ${products}) AS w (id, watched, reorder_point, below_before, mine)
        LEFT JOIN LATERAL (
          SELECT SUM(${availableSql('o')})::int AS available FROM stock_level o
          WHERE w.watched AND o.product_id = w.id ${notMine}
        ) o ON true
      ) t
      WHERE p.id = t.id
      RETURNING p.id::text AS id, t.below_before AS "belowBefore", t.below_after AS "belowAfter", t.available
    )`);
  }
  if (write.drafts.length > 0) parts.push(Prisma.sql`events AS (${insertEventsSql(write.drafts, write.after)})`);
  const levelsOut = levels.length ? Prisma.sql`(SELECT json_agg(saved) FROM saved)` : Prisma.sql`NULL::json`;
  const { record, fold } = write;
  if (record) {
    const { key, movementIds, userErrors, reservationId, documentId } = record;
    parts.push(Prisma.sql`recorded AS (
      UPDATE idempotency_record SET result = json_build_object(
        'movementIds', ${JSON.stringify(movementIds)}::json, 'stockLevels', COALESCE(${levelsOut}, '[]'::json),
        'userErrors', ${JSON.stringify(userErrors)}::json, 'reservationId', ${reservationId}::text,
        'documentId', ${documentId}::text)
      WHERE key = ${key}
    )`);
  }
  if (fold) {
    parts.push(Prisma.sql`folded AS (
      SELECT refresh_movement_cost(${fold.productId}::uuid, ${fold.occurredAt}::timestamptz, ${fold.movementId}::bigint)
    )`);
  }
  if (parts.length === 0) return { stockLevels: [], crossings: [] };
  const crossingsOut = write.products.length
    ? Prisma.sql`(SELECT json_agg(products) FROM products WHERE "belowBefore" <> "belowAfter")`
    : Prisma.sql`NULL::json`;
  const [row] = await sql<{
    levels: Array<Omit<LevelFigures, 'updatedAt'> & { updatedAt: string }> | null;
    crossings: Array<Crossing & { belowBefore: boolean }> | null;
  }>(Prisma.sql`/* saveWrite */
    WITH ${Prisma.join(parts, ', ')}
    SELECT ${levelsOut} AS levels, ${crossingsOut} AS crossings${fold ? Prisma.sql`, (SELECT count(*) FROM folded) AS folded` : Prisma.empty}`);
  return {
    stockLevels: (row?.levels ?? []).map((level) => ({ ...level, updatedAt: new Date(level.updatedAt) })),
    crossings: (row?.crossings ?? []).map(({ id, belowAfter, available: units }) => ({
      id,
      belowAfter,
      available: units,
    })),
  };
}

/** A stable hash of the operation and its normalised input. */
function hashOf(operation: string, fingerprint: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(canonicalJson(fingerprint)).digest('hex');
}

/**
 * JSON with object keys sorted and undefined fields left out, Dates, Decimals and bigints as
 * strings: two inputs that mean the same write hash alike, whatever order their fields came in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Decimal) return JSON.stringify(value.toFixed());
  if (typeof value === 'bigint') return JSON.stringify(String(value));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => compare(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
