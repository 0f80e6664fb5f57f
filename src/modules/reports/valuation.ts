// Inventory valuation from the movement_cost projection (moving weighted average cost): what the
// stock is worth now or at a past moment, and each product's current cost position.
import type { PrismaClient } from '../../generated/prisma/client';
import { Decimal } from '../../shared/decimal';
import { offsetPage, type OffsetWindow } from '../../shared/offset-page';
import type { Page } from '../../shared/pagination';
import { checkpointAtOrBefore } from '../stock';
import { checkFilterTargets } from './filters';
import { money } from './money';
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
  constructor(private readonly prisma: PrismaClient) {}

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
    const page = await valuationPage(this.prisma, { ...query, at, quantities, checkpoint, ...window });
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
