// The reports module's public surface: one service per question (low stock and cover, movement
// summary, similar products, valuation, sales), their DataLoaders, the query types the exports
// share with GraphQL, and the filter checks the exports answer as the reports do. Other code
// imports reports from here, never from its files (eslint.config.mjs holds this).
export { LowStockService } from './low-stock';
export { MovementSummaryService } from './movement-summary';
export { SimilarProductsService } from './similar';
export { ValuationService, type ValuationGroupBy, type ValuationQuery } from './valuation';
export { SalesService, type SalesGroupBy, type SalesOrderBy, type SalesQuery } from './sales';
export { reportLoaders, type ReportLoaders } from './loaders';
export { checkFilterTargets } from './filters';
