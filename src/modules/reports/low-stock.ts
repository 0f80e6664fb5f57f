// Low stock and cover: which products need reordering and how much to order, and how many days a
// product's available stock lasts at its recent outflow.
import type { PrismaClient } from '../../generated/prisma/client';
import { RequestError } from '../../shared/errors';
import { offsetPage, type OffsetWindow } from '../../shared/offset-page';
import type { Page } from '../../shared/pagination';
import { checkFilterTargets } from './filters';
import { coverFigures, lowStockPage } from './store/low-stock';

/** A product at or below its reorder point, company-wide (locationId null) or at one location. */
export interface LowStockItem {
  productId: string;
  locationId: string | null;
  onHand: number;
  available: number;
  reorderPoint: number;
  /** Units on their way where checked: open purchase-order remainders and transfers in transit. */
  incoming: number;
  suggestedOrderQuantity: number;
  /** Days the available stock lasts at the last 30 days' average outflow; null without outflow. */
  daysOfCover: number | null;
}

export interface LowStockQuery {
  locationId?: string | null;
  category?: string | null;
}

export interface CoverOptions {
  windowDays: number;
  locationId: string | null;
}

/** The outflow window of LowStockItem.daysOfCover, as the SDL states it. */
const LOW_STOCK_COVER_DAYS = 30;
const MAX_WINDOW_DAYS = 365;
/** Suggestions are read for drafting orders in pages of this many. */
const SUGGESTION_PAGE = 500;

/** Available stock divided by the average daily outflow; null without outflow, 0 with nothing available. */
export function coverOf(available: number, outflow: number, windowDays: number): number | null {
  if (outflow <= 0) return null;
  if (available <= 0) return 0;
  return (available * windowDays) / outflow;
}

/**
 * Enough to lift available above the reorder point once what is incoming arrives, in whole reorder
 * quantities when one is set; 0 when the incoming units already do.
 */
export function suggestedOrderQuantity(
  available: number,
  reorderPoint: number,
  reorderQuantity: number,
  incoming = 0,
): number {
  const needed = reorderPoint - available - incoming + 1;
  if (needed <= 0) return 0;
  return reorderQuantity > 0 ? Math.ceil(needed / reorderQuantity) * reorderQuantity : needed;
}

function checkWindowDays(windowDays: number): void {
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
    throw new RequestError('OUT_OF_RANGE', `\`windowDays\` must be a whole number from 1 to ${MAX_WINDOW_DAYS}.`);
  }
}

export class LowStockService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Active products with a reorder point whose available stock is at or below it, largest
   * shortfall first (then SKU), with the page's days of cover.
   */
  async page(query: LowStockQuery, window: OffsetWindow): Promise<Page<LowStockItem>> {
    const locationId = query.locationId ?? null;
    if (locationId) await checkFilterTargets(this.prisma, { locationId });
    const { total, levels } = await lowStockPage(this.prisma, {
      locationId,
      category: query.category,
      coverDays: LOW_STOCK_COVER_DAYS,
      ...window,
    });
    const items = levels.map((level): LowStockItem => ({
      productId: level.productId,
      locationId,
      onHand: level.onHand,
      available: level.available,
      reorderPoint: level.reorderPoint,
      incoming: level.incoming,
      suggestedOrderQuantity: suggestedOrderQuantity(
        level.available,
        level.reorderPoint,
        level.reorderQuantity,
        level.incoming,
      ),
      daysOfCover: coverOf(level.available, level.outflow, LOW_STOCK_COVER_DAYS),
    }));
    return offsetPage(items, window, total);
  }

  /** Every suggestion at one location (incoming subtracted), for drafting purchase orders from them. */
  async suggestions(locationId: string, category: string | null): Promise<LowStockItem[]> {
    const items: LowStockItem[] = [];
    for (let offset = 0; ; offset += SUGGESTION_PAGE) {
      const page = await this.page({ locationId, category }, { offset, limit: SUGGESTION_PAGE });
      items.push(...page.nodes);
      if (page.nodes.length < SUGGESTION_PAGE) return items;
    }
  }

  /** Days of cover of each product (in the order given), in one statement for the whole batch. */
  async daysOfCover(productIds: readonly string[], options: CoverOptions): Promise<Array<number | null>> {
    checkWindowDays(options.windowDays);
    const rows = await coverFigures(this.prisma, productIds, options);
    if (rows.some((row) => !row.locationKnown)) {
      throw new RequestError('NOT_FOUND', 'No location has the ID given as `locationId`.');
    }
    const cover = new Map(rows.map((row) => [row.productId, coverOf(row.available, row.outflow, options.windowDays)]));
    return productIds.map((id) => cover.get(id) ?? null);
  }
}
