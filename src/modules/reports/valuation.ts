// Inventory valuation from the movement_cost projection (moving weighted average cost): what the
// stock is worth now or at a past moment, and each product's current cost position.
import type { PrismaClient } from '../../generated/prisma/client';
import { Decimal } from '../../shared/decimal';
import { offsetPage, type OffsetWindow } from '../../shared/offset-page';
import type { Page } from '../../shared/pagination';
import { checkpointAtOrBefore, checkpointNearest } from '../stock';
import { RequestError } from '../../shared/errors';
import { checkFilterTargets, checkRange } from './filters';
import { money } from './money';
import { INTERVALS, type SummaryInterval } from './movement-summary';
import { bucketSpans } from './store/movement-summary';
import { TimeZones } from './time-zones';
import {
  costPositions,
  ledgerSpan,
  valuationPage,
  type QuantitySource,
  type ValuationGroupBy,
} from './store/valuation';

export type { ValuationGroupBy };

export interface ValuationRow {
  key: string;
  productId: string | null;
  category: string | null;
  locationId: string | null;
  quantity: number;
  averageCost: Decimal;
  value: Decimal;
}

export interface InventoryValuation extends Page<ValuationRow> {
  at: Date;
  groupBy: ValuationGroupBy;
  totalQuantity: number;
  totalValue: Decimal;
}

/** Filters shared by the valuation field and the valuation export. */
export interface ValuationQuery {
  /** Value the stock as it stood at this moment; now when absent. */
  at?: Date | null;
  locationId?: string | null;
  category?: string | null;
  groupBy: ValuationGroupBy;
}

/** What the stock was worth at one moment (valuationHistory). */
export interface ValuationPoint {
  at: Date;
  totalQuantity: number;
  totalValue: Decimal;
}

export interface ValuationHistoryQuery {
  from: Date;
  to: Date;
  interval: SummaryInterval;
  timeZone: string;
  locationId?: string | null;
  category?: string | null;
}

/** The most points one history returns: a year of weeks, five years of months. */
export const MAX_VALUATION_POINTS = 60;
/** Points valued at once: each is one statement, and the pool is shared with every other request. */
const POINTS_AT_ONCE = 4;

/** A product's cost position now, from the last row of its cost ledger. */
export interface CostState {
  productId: string;
  /** Units on hand across all locations. */
  quantity: number;
  /** Moving average cost per unit; null before the first costed receipt. */
  averageCost: Decimal | null;
  /** Units on hand times the average cost; 0 before the first costed receipt. */
  inventoryValue: Decimal;
}

export class ValuationService {
  private readonly zones: TimeZones;

  constructor(private readonly prisma: PrismaClient) {
    this.zones = new TimeZones(prisma);
  }

  /**
   * The stock's value at the end of each day, week or month of local time in [from, to): the
   * valuation `inventoryValuation(at:)` gives for that moment, so both always agree. The last point
   * is at `to`, and no point lies after now (a bucket still under way is valued now).
   */
  async valuationHistory(query: ValuationHistoryQuery): Promise<ValuationPoint[]> {
    const { from, to } = query;
    checkRange(from, to);
    const { unit, step, longest } = INTERVALS[query.interval];
    if (Math.floor((to.getTime() - from.getTime()) / longest) > MAX_VALUATION_POINTS) throw tooManyPoints(query);
    const timeZone = await this.zones.named(query.timeZone);
    await checkFilterTargets(this.prisma, { locationId: query.locationId });
    const spans = await bucketSpans(this.prisma, { from, to, timeZone, unit, step });
    if (spans.length > MAX_VALUATION_POINTS) throw tooManyPoints(query);

    const now = Date.now();
    const moments = spans
      .filter((span) => span.start.getTime() <= now)
      .map((span) => new Date(Math.min(span.end.getTime(), now)));
    const points: ValuationPoint[] = [];
    for (let index = 0; index < moments.length; index += POINTS_AT_ONCE) {
      const batch = moments.slice(index, index + POINTS_AT_ONCE);
      const valued = await Promise.all(
        batch.map((at) =>
          this.inventoryValuation(
            { at, locationId: query.locationId, category: query.category, groupBy: 'CATEGORY' },
            { offset: 0, limit: 1 },
          ),
        ),
      );
      points.push(...valued.map(({ at, totalQuantity, totalValue }) => ({ at, totalQuantity, totalValue })));
    }
    return points;
  }

  /** The current cost position of each product, in the order asked (for a DataLoader). */
  async costStates(productIds: readonly string[]): Promise<CostState[]> {
    const byId = new Map((await costPositions(this.prisma, productIds)).map((row) => [row.product_id, row]));
    return productIds.map((productId) => {
      const row = byId.get(productId);
      const quantity = row?.quantity ?? 0;
      const averageCost = row?.average_cost == null ? null : money(row.average_cost);
      const inventoryValue = averageCost ? money(averageCost.times(quantity)) : new Decimal(0);
      return { productId, quantity, averageCost, inventoryValue };
    });
  }

  /**
   * Values the stock, now or as it stood at `query.at`, grouped and paged. Company-wide product and
   * category views read only the cost ledger (its last row per product at that moment holds the
   * quantity and the average); a location view or filter needs quantities per location, taken from
   * the stock levels now, or for a past moment from the levels less the lines since or the
   * nearest monthly checkpoint plus the lines up to it, whichever leaves fewer lines to sum.
   */
  async inventoryValuation(query: ValuationQuery, window: OffsetWindow): Promise<InventoryValuation> {
    await checkFilterTargets(this.prisma, { locationId: query.locationId });
    const at = query.at ?? null;
    const perLocation = query.groupBy === 'LOCATION' || Boolean(query.locationId);
    const checkpoint = perLocation && at ? await checkpointAtOrBefore(this.prisma, at) : null;
    const quantities: QuantitySource = !perLocation
      ? 'costLedger'
      : at === null
        ? 'stockLevels'
        : checkpoint
          ? Date.now() - at.getTime() < at.getTime() - checkpoint.getTime()
            ? 'stockLevels'
            : 'checkpoint'
          : (await this.fewerLinesAfter(at))
            ? 'stockLevels'
            : 'ledgerLines';
    // Costs from the built boundary nearest the moment, probing only what moved in between.
    const costCheckpoint = perLocation && at ? await checkpointNearest(this.prisma, at) : null;
    const page = await valuationPage(this.prisma, { ...query, at, quantities, checkpoint, costCheckpoint, ...window });
    const rows = page.rows.map((row): ValuationRow => ({
      key: row.key,
      productId: row.product_id,
      category: row.category,
      locationId: row.location_id,
      quantity: row.quantity,
      averageCost: money(row.average_cost),
      value: money(row.value),
    }));
    return {
      ...offsetPage(rows, window, page.total_count),
      at: at ?? new Date(),
      groupBy: query.groupBy,
      totalQuantity: page.total_quantity,
      totalValue: money(page.total_value),
    };
  }

  /** Whether fewer ledger lines lie after `at` than before it, judged from the ledger's time span. */
  private async fewerLinesAfter(at: Date): Promise<boolean> {
    const { first, last } = await ledgerSpan(this.prisma);
    if (!first || !last) return true;
    return at.getTime() >= (first.getTime() + last.getTime()) / 2;
  }
}

function tooManyPoints(query: ValuationHistoryQuery): RequestError {
  return new RequestError(
    'RANGE_TOO_LARGE',
    `The range holds more than ${MAX_VALUATION_POINTS} points of one ${query.interval.toLowerCase()}; shorten it or use a longer interval.`,
  );
}
