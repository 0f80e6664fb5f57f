// Report GraphQL types are backed by the report services' plain results.
import type { Page } from '../../shared/pagination';
import type { LowStockItem } from './low-stock';
import type { MovementSummary, MovementSummaryBucket } from './movement-summary';
import type { SalesReport, SalesRow } from './sales';
import type { SimilarProduct } from './similar';
import type { InventoryValuation, ValuationPoint, ValuationRow } from './valuation';

export type InventoryValuationConnectionMapper = InventoryValuation;
export type InventoryValuationRowMapper = ValuationRow;
export type SalesReportMapper = SalesReport;
export type SalesReportRowMapper = SalesRow;
export type LowStockConnectionMapper = Page<LowStockItem>;
export type LowStockItemMapper = LowStockItem;
export type MovementSummaryMapper = MovementSummary;
export type MovementSummaryBucketMapper = MovementSummaryBucket;
export type SimilarProductMapper = SimilarProduct;
export type ValuationPointMapper = ValuationPoint;
