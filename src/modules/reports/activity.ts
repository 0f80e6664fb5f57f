// Stock activity reports: low stock and reorder suggestions, days of cover, movement summaries and
// similar products. Each is one aggregate query over the ledger or the stock-level projection.
import { Prisma, type MovementKind, type PrismaClient } from '../../generated/prisma/client';
import { RequestError } from '../../shared/errors';
import { offsetPage, type OffsetWindow } from '../../shared/offset-page';
import type { Page } from '../../shared/pagination';
import { checkFilterTargets, checkRange } from './filters';

/** A product at or below its reorder point, company-wide (locationId null) or at one location. */
export interface LowStockItem {
  productId: string;
  locationId: string | null;
  onHand: number;
  available: number;
  reorderPoint: number;
  suggestedOrderQuantity: number;
  /** Days the available stock lasts at the last 30 days' average outflow; null without outflow. */
  daysOfCover: number | null;
}

export interface MovementSummaryBucket {
  start: Date;
  end: Date;
  received: number;
  shipped: number;
  returned: number;
  transferredIn: number;
  transferredOut: number;
  adjusted: number;
  writtenOff: number;
  net: number;
}

export type SummaryInterval = 'DAY' | 'WEEK' | 'MONTH';

export interface MovementSummary {
  from: Date;
  to: Date;
  interval: SummaryInterval;
  timeZone: string;
  buckets: MovementSummaryBucket[];
  totals: MovementSummaryBucket;
}

export interface SimilarProduct {
  productId: string;
  score: number;
  priceScore: number;
  categoryScore: number;
  textScore: number;
}

export interface LowStockQuery {
  locationId?: string | null;
  category?: string | null;
}

export interface CoverOptions {
  windowDays: number;
  locationId: string | null;
}

export interface MovementSummaryQuery {
  from: Date;
  to: Date;
  interval: SummaryInterval;
  timeZone: string;
  productId?: string | null;
  locationId?: string | null;
  category?: string | null;
  kinds?: MovementKind[] | null;
}

export interface SimilarityWeights {
  price: number;
  category: number;
  text: number;
}

export interface SimilarOptions {
  first: number;
  weights: SimilarityWeights;
}

/** The outflow window of LowStockItem.daysOfCover, as the SDL states it. */
const LOW_STOCK_COVER_DAYS = 30;
const MAX_WINDOW_DAYS = 365;
const MAX_BUCKETS = 1000;
const MAX_SIMILAR = 50;
/** How many candidates, best by price and category, set the bound for Product.similar. */
const SIMILAR_PROBE = 100;
/** How many nearest textual neighbours (from the trigram index) Product.similar scores first. */
const SIMILAR_NEAREST = 100;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** date_trunc field, series step, and the longest a bucket can be (days and weeks gain an hour at DST). */
const INTERVALS: Record<SummaryInterval, { unit: string; step: string; longest: number }> = {
  DAY: { unit: 'day', step: '1 day', longest: DAY + 2 * HOUR },
  WEEK: { unit: 'week', step: '1 week', longest: 7 * DAY + 2 * HOUR },
  MONTH: { unit: 'month', step: '1 month', longest: 32 * DAY },
};

/** +1 for a movement, -1 for a reversal: a reversal counts against the kind it reverses. */
const SIGNED_QUANTITY = Prisma.sql`CASE WHEN m.reversal_of_id IS NULL THEN m.quantity ELSE -m.quantity END`;

/**
 * Units shipped and written off (net of reversals) of the product `productId` refers to, over the
 * last `windowDays` days, optionally at one location. Reads the (product_id, occurred_at) index.
 */
function outflowOf(productId: Prisma.Sql, windowDays: number, locationId: string | null): Prisma.Sql {
  const atLocation = locationId
    ? Prisma.sql`AND (m.from_location_id = ${locationId}::uuid OR m.to_location_id = ${locationId}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    SELECT COALESCE(SUM(${SIGNED_QUANTITY}), 0)::bigint AS units
    FROM movement m
    WHERE m.product_id = ${productId} AND m.kind IN ('SHIPMENT', 'WRITE_OFF')
      AND m.occurred_at > now() - make_interval(days => ${windowDays}::int) ${atLocation}`;
}

/** Available stock divided by the average daily outflow; null without outflow, 0 with nothing available. */
function coverOf(available: number, outflow: number, windowDays: number): number | null {
  if (outflow <= 0) return null;
  if (available <= 0) return 0;
  return (available * windowDays) / outflow;
}

/** Enough to lift available above the reorder point, in whole reorder quantities when one is set. */
export function suggestedOrderQuantity(available: number, reorderPoint: number, reorderQuantity: number): number {
  const needed = reorderPoint - available + 1;
  return reorderQuantity > 0 ? Math.ceil(needed / reorderQuantity) * reorderQuantity : needed;
}

function categoryCondition(column: Prisma.Sql, category: string | null | undefined): Prisma.Sql {
  return category?.trim() ? Prisma.sql`AND lower(${column}) = lower(${category.trim()})` : Prisma.empty;
}

function checkWindowDays(windowDays: number): void {
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
    throw new RequestError('OUT_OF_RANGE', `\`windowDays\` must be a whole number from 1 to ${MAX_WINDOW_DAYS}.`);
  }
}

function checkSimilarOptions({ first, weights }: SimilarOptions): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR) {
    throw new RequestError('OUT_OF_RANGE', `\`first\` must be a whole number from 1 to ${MAX_SIMILAR}.`);
  }
  const values = [weights.price, weights.category, weights.text];
  if (values.some((weight) => !Number.isFinite(weight) || weight < 0)) {
    throw new RequestError('OUT_OF_RANGE', 'Each similarity weight must be 0 or more.');
  }
  if (values.every((weight) => weight === 0)) {
    throw new RequestError('OUT_OF_RANGE', 'At least one similarity weight must be above 0.');
  }
  // Only their ratios matter; a sum that overflows would make every score NaN.
  if (!Number.isFinite(weights.price + weights.category + weights.text)) {
    throw new RequestError('OUT_OF_RANGE', 'The similarity weights are too large; only their ratios matter.');
  }
}

interface LowStockRow {
  total: number;
  productId: string | null;
  onHand: number;
  available: number;
  reorderPoint: number;
  reorderQuantity: number;
  outflow: bigint;
}

interface SimilarRow {
  forId: string;
  productId: string;
  score: number;
  priceScore: number;
  categoryScore: number;
  textScore: number;
}

export class ActivityService {
  /** IANA zone names PostgreSQL knows, by lower-cased name; read once per process. */
  private zones: Promise<Map<string, string>> | null = null;

  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Active products with a reorder point whose available stock is at or below it, largest
   * shortfall first (then SKU), with the page's days of cover, in one statement.
   */
  async lowStock(query: LowStockQuery, window: OffsetWindow): Promise<Page<LowStockItem>> {
    const locationId = query.locationId ?? null;
    if (locationId) await checkFilterTargets(this.prisma, { locationId });
    const atLocation = locationId ? Prisma.sql`WHERE location_id = ${locationId}::uuid` : Prisma.empty;
    const rows = await this.prisma.$queryRaw<LowStockRow[]>`
      WITH level AS (
        SELECT product_id, SUM(on_hand)::int AS on_hand, SUM(on_hand - reserved)::int AS available
        FROM stock_level ${atLocation}
        GROUP BY product_id
      ), low AS MATERIALIZED (
        SELECT p.id, p.sku, p.reorder_point, p.reorder_quantity,
               COALESCE(level.on_hand, 0) AS on_hand, COALESCE(level.available, 0) AS available
        FROM product p LEFT JOIN level ON level.product_id = p.id
        WHERE p.active AND p.reorder_point > 0 ${categoryCondition(Prisma.sql`p.category`, query.category)}
          AND COALESCE(level.available, 0) <= p.reorder_point
      ), page AS (
        SELECT * FROM low ORDER BY reorder_point - available DESC, sku ASC
        LIMIT ${window.limit}::int OFFSET ${window.offset}::int
      )
      SELECT counted.total, page.id AS "productId", page.on_hand AS "onHand", page.available,
             page.reorder_point AS "reorderPoint", page.reorder_quantity AS "reorderQuantity",
             outflow.units AS outflow
      FROM (SELECT COUNT(*)::int AS total FROM low) AS counted
      LEFT JOIN page ON true
      LEFT JOIN LATERAL (${outflowOf(Prisma.sql`page.id`, LOW_STOCK_COVER_DAYS, locationId)}) AS outflow ON true
      ORDER BY page.reorder_point - page.available DESC, page.sku ASC`;
    const items = rows.flatMap((row): LowStockItem[] =>
      row.productId === null
        ? []
        : [
            {
              productId: row.productId,
              locationId,
              onHand: row.onHand,
              available: row.available,
              reorderPoint: row.reorderPoint,
              suggestedOrderQuantity: suggestedOrderQuantity(row.available, row.reorderPoint, row.reorderQuantity),
              daysOfCover: coverOf(row.available, Number(row.outflow), LOW_STOCK_COVER_DAYS),
            },
          ],
    );
    return offsetPage(items, window, rows[0]?.total ?? 0);
  }

  /** Days of cover of each product (in the order given), in one statement for the whole batch. */
  async daysOfCover(productIds: readonly string[], options: CoverOptions): Promise<Array<number | null>> {
    checkWindowDays(options.windowDays);
    const { windowDays, locationId } = options;
    const atLocation = locationId ? Prisma.sql`AND location_id = ${locationId}::uuid` : Prisma.empty;
    const locationKnown = locationId
      ? Prisma.sql`EXISTS (SELECT 1 FROM location WHERE id = ${locationId}::uuid)`
      : Prisma.sql`true`;
    const rows = await this.prisma.$queryRaw<
      Array<{ productId: string; available: number; outflow: bigint; locationKnown: boolean }>
    >`
      SELECT asked.id::text AS "productId", COALESCE(level.available, 0)::int AS available,
             outflow.units AS outflow, ${locationKnown} AS "locationKnown"
      FROM unnest(${[...productIds]}::uuid[]) AS asked (id)
      LEFT JOIN LATERAL (
        SELECT SUM(on_hand - reserved) AS available FROM stock_level WHERE product_id = asked.id ${atLocation}
      ) AS level ON true
      LEFT JOIN LATERAL (${outflowOf(Prisma.sql`asked.id`, windowDays, locationId)}) AS outflow ON true`;
    if (rows.some((row) => !row.locationKnown)) {
      throw new RequestError('NOT_FOUND', 'No location has the ID given as `locationId`.');
    }
    const cover = new Map(rows.map((row) => [row.productId, coverOf(row.available, Number(row.outflow), windowDays)]));
    return productIds.map((id) => cover.get(id) ?? null);
  }

  /**
   * Units moved per bucket of local time, every bucket of the range present. The buckets come
   * from one statement, the units per bucket, kind, direction and reversal from a second (a plain
   * aggregate PostgreSQL can run in parallel); the figures are folded from those here.
   */
  async movementSummary(query: MovementSummaryQuery): Promise<MovementSummary> {
    const { from, to, interval } = query;
    checkRange(from, to);
    const { unit, step, longest } = INTERVALS[interval];
    // Far more buckets than allowed whatever the zone: refuse before generating them.
    if (Math.floor((to.getTime() - from.getTime()) / longest) > MAX_BUCKETS) throw tooManyBuckets(interval);
    const timeZone = await this.zoneNamed(query.timeZone);
    await checkFilterTargets(this.prisma, query);

    const slots = await this.prisma.$queryRaw<Array<{ key: string; start: Date; end: Date }>>`
      SELECT local_start::text AS key, start, "end"
      FROM (
        SELECT local_start,
               GREATEST(local_start AT TIME ZONE ${timeZone}, ${from}::timestamptz) AS start,
               LEAST((local_start + ${step}::interval) AT TIME ZONE ${timeZone}, ${to}::timestamptz) AS "end"
        FROM generate_series(
          date_trunc(${unit}, ${from}::timestamptz AT TIME ZONE ${timeZone}),
          ${to}::timestamptz AT TIME ZONE ${timeZone},
          ${step}::interval
        ) AS local_start
      ) AS series
      WHERE start < "end"
      ORDER BY local_start`;
    if (slots.length > MAX_BUCKETS) throw tooManyBuckets(interval);

    const groups = slots.length > 0 ? await this.movedUnits(query, timeZone, unit) : [];
    const figures = new Map(slots.map((slot) => [slot.key, noFigures()]));
    for (const group of groups) {
      const into = figures.get(group.key);
      if (into) addGroup(into, group, Boolean(query.locationId));
    }
    const buckets = slots.map((slot) => bucket(slot.start, slot.end, figures.get(slot.key)!));
    const totals = bucket(from, to, sumOf(buckets));
    return { from, to, interval, timeZone, buckets, totals };
  }

  /**
   * Units of the movements in range and filters, grouped by local bucket start, kind, reversal and
   * direction: inward means into the location when one is given, otherwise into any location.
   */
  private movedUnits(query: MovementSummaryQuery, timeZone: string, unit: string): Promise<MovedGroup[]> {
    const location = query.locationId ?? null;
    const conditions: Prisma.Sql[] = [Prisma.sql`m.occurred_at >= ${query.from} AND m.occurred_at < ${query.to}`];
    if (query.productId) conditions.push(Prisma.sql`m.product_id = ${query.productId}::uuid`);
    if (location) {
      conditions.push(Prisma.sql`(m.from_location_id = ${location}::uuid OR m.to_location_id = ${location}::uuid)`);
    }
    if (query.kinds?.length) conditions.push(Prisma.sql`m.kind::text = ANY(${query.kinds}::text[])`);
    const category = query.category?.trim();
    const product = category ? Prisma.sql`JOIN product p ON p.id = m.product_id` : Prisma.empty;
    if (category) conditions.push(Prisma.sql`lower(p.category) = lower(${category})`);
    const inward = location
      ? Prisma.sql`m.to_location_id IS NOT DISTINCT FROM ${location}::uuid`
      : Prisma.sql`m.to_location_id IS NOT NULL`;
    // Grouped by the timestamp and the enum, which sort and hash far cheaper than their text.
    return this.prisma.$queryRaw<MovedGroup[]>`
      SELECT local_start::text AS key, kind::text AS kind, reversal, inward, units
      FROM (
        SELECT date_trunc(${unit}, m.occurred_at AT TIME ZONE ${timeZone}) AS local_start, m.kind,
               m.reversal_of_id IS NOT NULL AS reversal, ${inward} AS inward, SUM(m.quantity)::bigint AS units
        FROM movement m ${product}
        WHERE ${Prisma.join(conditions, ' AND ')}
        GROUP BY 1, 2, 3, 4
      ) AS grouped`;
  }

  /**
   * Up to `first` other active products for each product asked, best score first, then SKU; one
   * statement for the whole batch.
   *
   * Trigram similarity is the costly signal (tens of microseconds a pair), so it is computed only
   * where it can matter. Price and category scores are cheap for every candidate. Two small sets
   * are scored in full: the best candidates by price and category, and the nearest textual
   * neighbours, which the trigram index on search_text yields nearest first. The `first`-th best
   * of those scores is a lower bound on the answer's; every other candidate's text similarity is
   * at most the last neighbour's, so one whose price and category scores cannot reach the bound
   * even with that text score is dropped unscored. The result is exact whatever the weights.
   */
  async similar(productIds: readonly string[], options: SimilarOptions): Promise<SimilarProduct[][]> {
    checkSimilarOptions(options);
    const { price, category, text } = options.weights;
    const total = price + category + text;
    const textShare = text / total;
    const score = (partial: Prisma.Sql, textScore: Prisma.Sql) =>
      Prisma.sql`LEAST(1, GREATEST(0, ${partial} + ${textShare}::float8 * ${textScore}))`;
    const textScore = (row: string) => Prisma.sql`similarity(base.search_text, ${Prisma.raw(row)}.search_text)::float8`;
    const rows = await this.prisma.$queryRaw<SimilarRow[]>`
      SELECT base.id::text AS "forId", match.id::text AS "productId", match.score,
             match.price_score AS "priceScore", match.category_score AS "categoryScore", match.text_score AS "textScore"
      FROM product base
      CROSS JOIN LATERAL (
        WITH cheap AS MATERIALIZED (
          SELECT candidate.id, candidate.sku, candidate.search_text, signal.price_score, signal.category_score,
                 (${price}::float8 * signal.price_score + ${category}::float8 * signal.category_score) / ${total}::float8
                   AS partial
          FROM product candidate
          CROSS JOIN LATERAL (
            SELECT CASE WHEN GREATEST(base.price, candidate.price) <= 0 THEN 1::float8
                        ELSE 1 - abs(base.price::float8 - candidate.price::float8)
                                 / GREATEST(base.price::float8, candidate.price::float8)
                   END AS price_score,
                   CASE WHEN lower(base.category) = lower(candidate.category) THEN 1 ELSE 0 END::float8 AS category_score
          ) AS signal
          WHERE candidate.active AND candidate.id <> base.id
        ), nearest AS MATERIALIZED (
          SELECT neighbour.id, ${textScore('neighbour')} AS text_score
          FROM product neighbour
          WHERE neighbour.active AND neighbour.id <> base.id
          ORDER BY neighbour.search_text <-> base.search_text
          LIMIT ${SIMILAR_NEAREST}::int
        ), ceiling AS (
          -- What any candidate outside the nearest can score on text at most (0 when none is left out).
          SELECT CASE WHEN count(*) < ${SIMILAR_NEAREST}::int THEN 0 ELSE min(text_score) END AS text_score FROM nearest
        ), probe AS (
          SELECT cheap.id, cheap.partial, nearest.text_score
          FROM cheap JOIN nearest USING (id)
          UNION
          SELECT top.id, top.partial, ${textScore('top')}
          FROM (SELECT * FROM cheap ORDER BY partial DESC, sku LIMIT ${SIMILAR_PROBE}::int) AS top
        ), bound AS (
          SELECT COALESCE((
            SELECT ${score(Prisma.sql`probe.partial`, Prisma.sql`probe.text_score`)} AS score FROM probe
            ORDER BY score DESC LIMIT 1 OFFSET ${options.first - 1}::int
          ), 0) - 1e-9 AS lowest
        )
        SELECT scored.*, ${score(Prisma.sql`scored.partial`, Prisma.sql`scored.text_score`)} AS score
        FROM (
          SELECT cheap.id, cheap.sku, cheap.price_score, cheap.category_score, cheap.partial,
                 COALESCE(nearest.text_score, ${textScore('cheap')}) AS text_score
          FROM cheap
          CROSS JOIN bound
          CROSS JOIN ceiling
          LEFT JOIN nearest USING (id)
          WHERE nearest.id IS NOT NULL OR cheap.partial + ${textShare}::float8 * ceiling.text_score >= bound.lowest
        ) AS scored
        ORDER BY score DESC, sku ASC
        LIMIT ${options.first}::int
      ) AS match
      WHERE base.id = ANY(${[...productIds]}::uuid[])
      ORDER BY base.id, match.score DESC, match.sku ASC`;
    const byProduct = new Map<string, SimilarProduct[]>();
    for (const { forId, ...match } of rows) byProduct.set(forId, [...(byProduct.get(forId) ?? []), match]);
    return productIds.map((id) => byProduct.get(id) ?? []);
  }

  /** The zone's name as PostgreSQL knows it; INVALID_TIME_ZONE for anything but an IANA zone name. */
  private async zoneNamed(name: string): Promise<string> {
    this.zones ??= this.prisma.$queryRaw<Array<{ name: string }>>`SELECT name FROM pg_timezone_names`.then(
      (rows) => new Map(rows.map((row) => [row.name.toLowerCase(), row.name])),
      (error: unknown) => {
        this.zones = null;
        throw error;
      },
    );
    const zone = (await this.zones).get(name.trim().toLowerCase());
    if (!zone) {
      throw new RequestError(
        'INVALID_TIME_ZONE',
        `"${name.slice(0, 60)}" is not a time zone; give an IANA name such as "Europe/Berlin" or "UTC".`,
      );
    }
    return zone;
  }
}

function tooManyBuckets(interval: SummaryInterval): RequestError {
  return new RequestError(
    'RANGE_TOO_LARGE',
    `The range holds more than ${MAX_BUCKETS} buckets of one ${interval.toLowerCase()}; shorten it or use a longer interval.`,
  );
}

type Figures = Omit<MovementSummaryBucket, 'start' | 'end' | 'net'>;

interface MovedGroup {
  key: string;
  kind: MovementKind;
  reversal: boolean;
  inward: boolean;
  units: bigint;
}

function noFigures(): Figures {
  return { received: 0, shipped: 0, returned: 0, transferredIn: 0, transferredOut: 0, adjusted: 0, writtenOff: 0 };
}

/**
 * Adds one group's units to its bucket. A reversal has the kind of what it reverses and counts
 * against it. It also swaps the locations: a reversed adjustment already points the other way,
 * and a reversed transfer into the location (now leaving it) counts against transferredIn, not
 * as a transfer out.
 */
function addGroup(figures: Figures, group: MovedGroup, atLocation: boolean): void {
  const units = Number(group.units);
  const signed = group.reversal ? -units : units;
  switch (group.kind) {
    case 'RECEIPT':
      figures.received += signed;
      break;
    case 'SHIPMENT':
      figures.shipped += signed;
      break;
    case 'RETURN':
      figures.returned += signed;
      break;
    case 'WRITE_OFF':
      figures.writtenOff += signed;
      break;
    case 'ADJUSTMENT':
      figures.adjusted += group.inward ? units : -units;
      break;
    case 'TRANSFER':
      if (!atLocation) {
        figures.transferredIn += signed;
        figures.transferredOut += signed;
      } else if (group.inward !== group.reversal) {
        figures.transferredIn += signed;
      } else {
        figures.transferredOut += signed;
      }
      break;
  }
}

function bucket(start: Date, end: Date, figures: Figures): MovementSummaryBucket {
  const net =
    figures.received +
    figures.returned +
    figures.transferredIn -
    figures.shipped -
    figures.transferredOut +
    figures.adjusted -
    figures.writtenOff;
  return { start, end, ...figures, net };
}

function sumOf(buckets: MovementSummaryBucket[]): Figures {
  const totals = noFigures();
  for (const each of buckets) {
    for (const key of Object.keys(totals) as Array<keyof Figures>) totals[key] += each[key];
  }
  return totals;
}
