// Report GraphQL types are backed by the report services' plain results.
import type { Page } from '../../shared/pagination';
import type { InventoryValuation, SalesReport, SalesRow, ValuationRow } from './valuation';
import type { LowStockItem, MovementSummary, MovementSummaryBucket, SimilarProduct } from './activity';

export type InventoryValuationConnectionMapper = InventoryValuation;
export type InventoryValuationRowMapper = ValuationRow;
export type SalesReportMapper = SalesReport;
export type SalesReportRowMapper = SalesRow;
export type LowStockConnectionMapper = Page<LowStockItem>;
export type LowStockItemMapper = LowStockItem;
export type MovementSummaryMapper = MovementSummary;
export type MovementSummaryBucketMapper = MovementSummaryBucket;
export type SimilarProductMapper = SimilarProduct;
