// Movement summary: units moved per bucket of local time (day, week or month in a time zone), by
// kind of movement, every bucket of the range present.
import type { MovementKind, PrismaClient } from '../../generated/prisma/client';
import { RequestError } from '../../shared/errors';
import { checkFilterTargets, checkRange } from './filters';
import { summedHoursWithin } from '../stock';
import { bucketSpans, movedUnits, type BucketSpan, type MovedGroup } from './store/movement-summary';
import { TimeZones } from './time-zones';

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

const MAX_BUCKETS = 1000;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** date_trunc field, series step, and the longest a bucket can be (days and weeks gain an hour at DST). */
export const INTERVALS: Record<SummaryInterval, { unit: string; step: string; longest: number }> = {
  DAY: { unit: 'day', step: '1 day', longest: DAY + 2 * HOUR },
  WEEK: { unit: 'week', step: '1 week', longest: 7 * DAY + 2 * HOUR },
  MONTH: { unit: 'month', step: '1 month', longest: 32 * DAY },
};

export class MovementSummaryService {
  private readonly zones: TimeZones;

  constructor(private readonly prisma: PrismaClient) {
    this.zones = new TimeZones(prisma);
  }

  /**
   * Units moved per bucket of local time, every bucket of the range present. The buckets come
   * from one statement, the units per bucket, kind, direction and reversal from a second (a plain
   * aggregate PostgreSQL can run in parallel); the figures are folded from those here. The second
   * reads the whole hours of built months from movement_hour when every bucket is whole hours and
   * no product or category is asked for, the rest of the range from the ledger.
   */
  async summarize(query: MovementSummaryQuery): Promise<MovementSummary> {
    const { from, to, interval } = query;
    checkRange(from, to);
    const { unit, step, longest } = INTERVALS[interval];
    // Far more buckets than allowed whatever the zone: refuse before generating them.
    if (Math.floor((to.getTime() - from.getTime()) / longest) > MAX_BUCKETS) throw tooManyBuckets(interval);
    const timeZone = await this.zones.named(query.timeZone);
    await checkFilterTargets(this.prisma, query);

    const slots = await bucketSpans(this.prisma, { from, to, timeZone, unit, step });
    if (slots.length > MAX_BUCKETS) throw tooManyBuckets(interval);

    const summedHours =
      slots.length > 0 && !query.productId && !query.category?.trim() && bucketsOnWholeHours(slots)
        ? await summedHoursWithin(this.prisma, from, to)
        : null;
    const groups = slots.length > 0 ? await movedUnits(this.prisma, { ...query, timeZone, unit, summedHours }) : [];
    const { buckets, totals } = foldBuckets(slots, groups, { from, to, atLocation: Boolean(query.locationId) });
    return { from, to, interval, timeZone, buckets, totals };
  }
}

/**
 * Whether every bucket begins and ends on a whole UTC hour (the range's own ends aside), so each
 * hour of movement_hour falls in one bucket: true in every zone whose offsets are whole hours.
 */
export function bucketsOnWholeHours(spans: readonly BucketSpan[]): boolean {
  return spans.every(
    (span, index) =>
      (index === 0 || span.start.getTime() % HOUR === 0) &&
      (index === spans.length - 1 || span.end.getTime() % HOUR === 0),
  );
}

function tooManyBuckets(interval: SummaryInterval): RequestError {
  return new RequestError(
    'RANGE_TOO_LARGE',
    `The range holds more than ${MAX_BUCKETS} buckets of one ${interval.toLowerCase()}; shorten it or use a longer interval.`,
  );
}

type Figures = Omit<MovementSummaryBucket, 'start' | 'end' | 'net'>;

/**
 * Folds the units moved per bucket into the buckets' figures, every span present (empty ones at
 * zero), and the totals over the range [from, to). Groups of a bucket not spanned are left out.
 * `atLocation`: the summary is of one location, so a transfer counts on one side of it only.
 */
export function foldBuckets(
  spans: readonly BucketSpan[],
  groups: readonly MovedGroup[],
  range: { from: Date; to: Date; atLocation: boolean },
): { buckets: MovementSummaryBucket[]; totals: MovementSummaryBucket } {
  const figures = new Map(spans.map((span) => [span.key, noFigures()]));
  for (const group of groups) {
    const into = figures.get(group.key);
    if (into) addGroup(into, group, range.atLocation);
  }
  const buckets = spans.map((span) => bucket(span.start, span.end, figures.get(span.key)!));
  return { buckets, totals: bucket(range.from, range.to, sumOf(buckets)) };
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
  const { units } = group;
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
