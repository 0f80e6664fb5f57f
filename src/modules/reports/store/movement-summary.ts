// Statements of the movement summary, named, their rows parsed.
import { z } from 'zod';
import { MovementKind, Prisma, type PrismaClient } from '../../../generated/prisma/client';

const ZoneRows = z.array(z.object({ name: z.string() }));

/** Every time zone name PostgreSQL knows. */
export async function timeZoneNames(db: PrismaClient): Promise<string[]> {
  const rows = ZoneRows.parse(await db.$queryRaw`/* timeZoneNames */ SELECT name FROM pg_timezone_names`);
  return rows.map((row) => row.name);
}

const BucketRows = z.array(z.object({ key: z.string(), start: z.date(), end: z.date() }));

export interface BucketSpan {
  /** The bucket's local start, as text: what movedUnits groups by. */
  key: string;
  start: Date;
  end: Date;
}

export interface BucketSeries {
  from: Date;
  to: Date;
  timeZone: string;
  /** date_trunc field: day, week or month. */
  unit: string;
  /** The step between bucket starts, as an interval: '1 day', '1 week', '1 month'. */
  step: string;
}

/** The buckets of local time that [from, to) spans, the first and last cut short at from and to. */
export async function bucketSpans(
  db: PrismaClient,
  { from, to, timeZone, unit, step }: BucketSeries,
): Promise<BucketSpan[]> {
  return BucketRows.parse(
    await db.$queryRaw`/* bucketSpans */
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
      ORDER BY local_start`,
  );
}

const MovedRows = z.array(
  z.object({
    key: z.string(),
    kind: z.enum(MovementKind),
    reversal: z.boolean(),
    inward: z.boolean(),
    units: z.bigint().transform(Number),
  }),
);

/** Units of one kind moved in one bucket, reversals and direction apart. */
export type MovedGroup = z.output<typeof MovedRows>[number];

export interface MovedUnitsQuery {
  from: Date;
  to: Date;
  timeZone: string;
  unit: string;
  productId?: string | null;
  locationId?: string | null;
  category?: string | null;
  kinds?: MovementKind[] | null;
  /**
   * Whole hours inside [from, to) read from movement_hour instead of the ledger (summedHoursWithin).
   * Only for a summary with no product or category filter whose buckets begin and end on whole UTC
   * hours, so each hour falls in one bucket; null reads the ledger alone.
   */
  summedHours?: { from: Date; to: Date } | null;
}

/** movement_hour's location for the company-wide rows. */
const COMPANY = '00000000-0000-0000-0000-000000000000';

/**
 * Units of the movements in range and filters, grouped by local bucket start, kind, reversal and
 * direction: inward means into the location when one is given, otherwise into any location.
 */
export async function movedUnits(db: PrismaClient, query: MovedUnitsQuery): Promise<MovedGroup[]> {
  const { timeZone, unit, summedHours } = query;
  const location = query.locationId ?? null;
  const filters: Prisma.Sql[] = [];
  if (query.productId) filters.push(Prisma.sql`m.product_id = ${query.productId}::uuid`);
  if (query.kinds?.length) filters.push(Prisma.sql`m.kind::text = ANY(${query.kinds}::text[])`);
  const category = query.category?.trim();
  const product = category ? Prisma.sql`JOIN product p ON p.id = m.product_id` : Prisma.empty;
  if (category) filters.push(Prisma.sql`lower(p.category) = lower(${category})`);
  // At one location: the movements out of it, then those into it from elsewhere (each movement
  // once), each branch an index-only scan of that side's location index, which carries the
  // columns read here; an OR of the two sides would fetch every movement from the table.
  const movedIn = (from: Date, to: Date) => {
    const where = Prisma.join([Prisma.sql`m.occurred_at >= ${from} AND m.occurred_at < ${to}`, ...filters], ' AND ');
    return location
      ? Prisma.sql`
        SELECT m.occurred_at, m.kind, m.reversal_of_id IS NOT NULL AS reversal, m.quantity::bigint AS units,
               m.to_location_id IS NOT DISTINCT FROM ${location}::uuid AS inward
        FROM movement m ${product}
        WHERE m.from_location_id = ${location}::uuid AND ${where}
        UNION ALL
        SELECT m.occurred_at, m.kind, m.reversal_of_id IS NOT NULL, m.quantity::bigint, true
        FROM movement m ${product}
        WHERE m.to_location_id = ${location}::uuid AND m.from_location_id IS DISTINCT FROM ${location}::uuid
              AND ${where}`
      : Prisma.sql`
        SELECT m.occurred_at, m.kind, m.reversal_of_id IS NOT NULL AS reversal, m.quantity::bigint AS units,
               m.to_location_id IS NOT NULL AS inward
        FROM movement m ${product}
        WHERE ${where}`;
  };
  // The whole hours of built months from their sums, each hour as a moment in it; the ends of the
  // range outside them from the ledger.
  const parts: Prisma.Sql[] = [];
  if (summedHours) {
    if (query.from < summedHours.from) parts.push(movedIn(query.from, summedHours.from));
    parts.push(Prisma.sql`
      SELECT h.hour AS occurred_at, h.kind, h.reversal, h.units, h.inward
      FROM movement_hour h
      WHERE h.location_id = ${location ?? COMPANY}::uuid AND h.hour >= ${summedHours.from} AND h.hour < ${summedHours.to}
        ${query.kinds?.length ? Prisma.sql`AND h.kind::text = ANY(${query.kinds}::text[])` : Prisma.empty}`);
    if (summedHours.to < query.to) parts.push(movedIn(summedHours.to, query.to));
  } else {
    parts.push(movedIn(query.from, query.to));
  }
  // Grouped by the timestamp and the enum, which sort and hash far cheaper than their text.
  return MovedRows.parse(
    await db.$queryRaw`/* movedUnits */
      SELECT local_start::text AS key, kind::text AS kind, reversal, inward, units
      FROM (
        SELECT date_trunc(${unit}, m.occurred_at AT TIME ZONE ${timeZone}) AS local_start, m.kind, m.reversal,
               m.inward, SUM(m.units)::bigint AS units
        FROM (${Prisma.join(parts, ' UNION ALL ')}) AS m
        GROUP BY 1, 2, 3, 4
      ) AS grouped`,
  );
}
