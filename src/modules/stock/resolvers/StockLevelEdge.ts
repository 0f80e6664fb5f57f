import type { StockLevelEdgeResolvers } from './../../types.generated';
export const StockLevelEdge: StockLevelEdgeResolvers = {/* Implement StockLevelEdge resolver logic here */};
