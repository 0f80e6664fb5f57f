// Monthly checkpoints of the levels (stock_checkpoint): each (product, location)'s units at the start
// of a UTC month, so history is summed from the nearest checkpoint instead of from the ledger's
// beginning. They stay equal to the ledger's sum at all times:
// - build_stock_checkpoint() (SQL, migration stock_checkpoints) builds a month a day after it ends,
//   under an exclusive advisory lock, from the previous month's checkpoint plus the month's lines;
// - a movement dated before the current UTC month (back-dated, or a back-dated reversal) takes the
//   same lock shared in the statement that inserts its lines, and in a later statement of its
//   transaction adds its lines to every built month after it (correctCheckpoints). Either the
//   build waits for it and sums its lines, or it waits for the build and corrects the new month;
// - a movement dated in the current month corrects nothing and takes no lock: no month at or after
//   it is built until a day after the month ends, long after its transaction (a minute at most).
// Reads use only months listed in stock_checkpoint_month, in one statement: a snapshot that sees a
// movement also sees its corrections. The same build writes the month's sales (sales_month), its
// movements per hour (movement_hour) and every product's cost at the boundary (cost_checkpoint);
// triggers on movement and movement_cost keep those exact (see their migrations).
import { Prisma, type PrismaClient, type StockState } from '../../generated/prisma/client';

/** The start of `moment`'s UTC month. */
export function startOfUtcMonth(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), 1));
}

/**
 * Whether a movement dated `occurredAt`, recorded at `now`, may fall before a built checkpoint: it
 * then takes the checkpoint lock and corrects the built months after it.
 */
export function datedInClosedMonth(occurredAt: Date, now: Date): boolean {
  return occurredAt < startOfUtcMonth(now);
}

/**
 * Joined into the statement that inserts a closed month's lines: holds the checkpoint lock shared
 * until commit, so no month can be built between those lines and their correction.
 */
export const CHECKPOINT_LOCK_SHARED = Prisma.sql`CROSS JOIN (SELECT pg_advisory_xact_lock_shared(stock_checkpoint_lock())) AS checkpoint_lock`;

/** A ledger line: what correctCheckpoints adds to the built months after it. */
export interface CheckpointLine {
  productId: string;
  locationId: string;
  state: StockState;
  delta: number;
  occurredAt: Date;
}

/**
 * Adds lines dated in closed months to every built checkpoint after them, in one statement. Runs
 * after the statement that inserted them took the lock. Only rows of levels the write has locked
 * are touched, so concurrent corrections queue on the levels' locks first and cannot deadlock.
 */
export async function correctCheckpoints(tx: Prisma.TransactionClient, lines: CheckpointLine[]): Promise<void> {
  if (lines.length === 0) return;
  const values = Prisma.join(
    lines.map(
      (line) =>
        Prisma.sql`(${line.productId}::uuid, ${line.locationId}::uuid, ${line.state}::"StockState", ${line.delta}::int,
          ${line.occurredAt}::timestamptz)`,
    ),
  );
  await tx.$executeRaw`/* correctCheckpoints */
    INSERT INTO stock_checkpoint AS c (at, location_id, product_id, on_hand, damaged, quality_control)
    SELECT month.at, line.location_id, line.product_id, sum(line.delta),
           sum(CASE WHEN line.state = 'DAMAGED' THEN line.delta ELSE 0 END),
           sum(CASE WHEN line.state = 'QUALITY_CONTROL' THEN line.delta ELSE 0 END)
    FROM (VALUES ${values}) AS line (product_id, location_id, state, delta, occurred_at)
    JOIN stock_checkpoint_month month ON month.at > line.occurred_at
    GROUP BY month.at, line.location_id, line.product_id
    ON CONFLICT (at, location_id, product_id) DO UPDATE
      SET on_hand = c.on_hand + excluded.on_hand, damaged = c.damaged + excluded.damaged,
          quality_control = c.quality_control + excluded.quality_control`;
}

/**
 * Builds every month that is due and not built yet, oldest first, one transaction per month (so a
 * back-dated movement waits for one month's build at most); returns how many were built. Safe to
 * run from several processes at once: a month is built once, under the lock.
 */
export async function buildDueCheckpoints(prisma: PrismaClient): Promise<number> {
  let built = 0;
  try {
    for (;;) {
      const [row] = await prisma.$queryRaw<Array<{ at: Date | null }>>`/* buildStockCheckpoint */
        SELECT build_stock_checkpoint() AS at`;
      if (!row?.at) return built;
      built += 1;
    }
  } finally {
    if (built > 0) calendars.delete(prisma);
  }
}

/** How long a process trusts its list of built months before reading it again. */
const CALENDAR_TTL_MS = 60_000;

/**
 * The built months, as this process last read them. A month once built is never removed, so a
 * list that misses the newest months only makes a read start from an older checkpoint: slower,
 * never wrong. Read at most once a minute per process (and again after this process builds), so
 * a historical read costs no extra statement.
 */
class CheckpointCalendar {
  private months: Promise<number[]> | null = null;
  private readAt = 0;

  constructor(private readonly prisma: PrismaClient) {}

  async latestAtOrBefore(at: Date): Promise<Date | null> {
    let latest: number | null = null;
    for (const month of await this.built()) if (month <= at.getTime()) latest = month;
    return latest === null ? null : new Date(latest);
  }

  /** The built month boundaries (epoch milliseconds), oldest first. */
  async built(): Promise<number[]> {
    if (!this.months || Date.now() - this.readAt > CALENDAR_TTL_MS) {
      this.readAt = Date.now();
      this.months = this.prisma.$queryRaw<Array<{ at: Date }>>`/* checkpointMonths */
        SELECT at FROM stock_checkpoint_month ORDER BY at`.then((rows) => rows.map((row) => row.at.getTime()));
      // A failed read is not kept: the next call reads again.
      this.months.catch(() => {
        this.months = null;
      });
    }
    return this.months;
  }
}

const calendars = new WeakMap<PrismaClient, CheckpointCalendar>();

function calendarOf(prisma: PrismaClient): CheckpointCalendar {
  let calendar = calendars.get(prisma);
  if (!calendar) {
    calendar = new CheckpointCalendar(prisma);
    calendars.set(prisma, calendar);
  }
  return calendar;
}

/** The latest built checkpoint at or before `at` (null when none), from the process's calendar. */
export function checkpointAtOrBefore(prisma: PrismaClient, at: Date): Promise<Date | null> {
  return calendarOf(prisma).latestAtOrBefore(at);
}

/**
 * The built checkpoint nearest `at`, before or after it (null when none is built), from the
 * process's calendar: the boundary whose cost_checkpoint rows leave the fewest lines between them
 * and the moment.
 */
export async function checkpointNearest(prisma: PrismaClient, at: Date): Promise<Date | null> {
  let nearest: number | null = null;
  for (const month of await calendarOf(prisma).built()) {
    if (nearest === null || Math.abs(month - at.getTime()) < Math.abs(nearest - at.getTime())) nearest = month;
  }
  return nearest === null ? null : new Date(nearest);
}

/**
 * The longest run of whole UTC months inside [from, to) whose sales are summed in sales_month (the
 * months ending at a built checkpoint: they are built together), as [from, to) of the run; null when
 * no whole built month lies inside. From the process's calendar, so it may miss the newest months.
 */
export async function builtSalesMonthsWithin(
  prisma: PrismaClient,
  from: Date,
  to: Date,
): Promise<{ from: Date; to: Date } | null> {
  let best: { from: number; to: number } | null = null;
  let run: { from: number; to: number } | null = null;
  for (const end of await calendarOf(prisma).built()) {
    const start = monthBefore(end);
    if (start < from.getTime() || end > to.getTime()) continue;
    run = run && run.to === start ? { from: run.from, to: end } : { from: start, to: end };
    if (!best || run.to - run.from > best.to - best.from) best = run;
  }
  return best && { from: new Date(best.from), to: new Date(best.to) };
}

const HOUR_MS = 3_600_000;

/**
 * The whole UTC hours inside [from, to) whose movements are summed in movement_hour: the part of
 * the range inside the longest run of built months it meets (the months ending at a built
 * checkpoint: they are built together), cut to whole hours, as [from, to); null when no whole hour
 * of a built month lies inside. From the process's calendar, so it may miss the newest months.
 */
export async function summedHoursWithin(
  prisma: PrismaClient,
  from: Date,
  to: Date,
): Promise<{ from: Date; to: Date } | null> {
  let best: { from: number; to: number } | null = null;
  let run: { from: number; to: number } | null = null;
  for (const end of await calendarOf(prisma).built()) {
    const start = monthBefore(end);
    run = run && run.to === start ? { from: run.from, to: end } : { from: start, to: end };
    const inside = {
      from: Math.ceil(Math.max(run.from, from.getTime()) / HOUR_MS) * HOUR_MS,
      to: Math.floor(Math.min(run.to, to.getTime()) / HOUR_MS) * HOUR_MS,
    };
    if (inside.from < inside.to && (!best || inside.to - inside.from > best.to - best.from)) best = inside;
  }
  return best && { from: new Date(best.from), to: new Date(best.to) };
}

/** The start of the UTC month before the one starting at `boundary` (epoch milliseconds). */
function monthBefore(boundary: number): number {
  const moment = new Date(boundary);
  return Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth() - 1, 1);
}

/** Which levels a historical read covers: one product's, one location's, both, or every level. */
export interface HistoryScope {
  productId?: string | null;
  locationId?: string | null;
}

/**
 * Every (product, location)'s figures at `at` in `scope`, one row per level (product_id,
 * location_id, on_hand, damaged, quality_control; zero rows included: filter them): the built
 * checkpoint `checkpoint` (the latest at or before `at`, from checkpointAtOrBefore; null for none,
 * then the ledger is summed from its beginning) plus the lines from it up to `at` inclusive. The
 * checkpoint has one row per level, so only the month's lines are grouped, and the two are joined.
 * A product's lines are read location by location (OFFSET 0 keeps the planner from flattening that
 * into one scan of the whole month), each one range of the (product, location, occurred_at) index.
 */
export function levelsAsOfSql(at: Date, scope: HistoryScope, checkpoint: Date | null): Prisma.Sql {
  const inScope = (alias: string) => {
    const column = (name: string) => Prisma.raw(`${alias}.${name}`);
    return Prisma.sql`${scope.productId ? Prisma.sql`AND ${column('product_id')} = ${scope.productId}::uuid` : Prisma.empty}
      ${scope.locationId ? Prisma.sql`AND ${column('location_id')} = ${scope.locationId}::uuid` : Prisma.empty}`;
  };
  const since = checkpoint ? Prisma.sql`${checkpoint}::timestamptz` : Prisma.sql`'-infinity'::timestamptz`;
  const sums = Prisma.sql`sum(l.delta) AS on_hand,
    sum(CASE WHEN l.state = 'DAMAGED' THEN l.delta ELSE 0 END) AS damaged,
    sum(CASE WHEN l.state = 'QUALITY_CONTROL' THEN l.delta ELSE 0 END) AS quality_control`;
  const period = Prisma.sql`l.occurred_at >= ${since} AND l.occurred_at <= ${at}::timestamptz`;
  const lines = scope.productId
    ? Prisma.sql`
      SELECT ${scope.productId}::uuid AS product_id, place.id AS location_id, l.on_hand, l.damaged, l.quality_control
      FROM location place
      CROSS JOIN LATERAL (
        SELECT ${sums} FROM movement_line l
        WHERE l.product_id = ${scope.productId}::uuid AND l.location_id = place.id AND ${period}
        HAVING count(*) > 0
        OFFSET 0
      ) AS l
      WHERE true ${scope.locationId ? Prisma.sql`AND place.id = ${scope.locationId}::uuid` : Prisma.empty}`
    : Prisma.sql`
      SELECT l.product_id, l.location_id, ${sums} FROM movement_line l
      WHERE ${period} ${inScope('l')}
      GROUP BY l.product_id, l.location_id`;
  return Prisma.sql`
    SELECT coalesce(c.product_id, later.product_id) AS product_id,
           coalesce(c.location_id, later.location_id) AS location_id,
           (coalesce(c.on_hand, 0) + coalesce(later.on_hand, 0))::int AS on_hand,
           (coalesce(c.damaged, 0) + coalesce(later.damaged, 0))::int AS damaged,
           (coalesce(c.quality_control, 0) + coalesce(later.quality_control, 0))::int AS quality_control
    FROM (
      SELECT c.product_id, c.location_id, c.on_hand, c.damaged, c.quality_control FROM stock_checkpoint c
      WHERE c.at = ${checkpoint}::timestamptz ${inScope('c')}
    ) AS c
    FULL JOIN (${lines}) AS later ON later.product_id = c.product_id AND later.location_id = c.location_id`;
}
