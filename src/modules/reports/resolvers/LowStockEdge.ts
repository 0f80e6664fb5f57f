import type { LowStockEdgeResolvers } from './../../types.generated';
export const LowStockEdge: LowStockEdgeResolvers = {/* Implement LowStockEdge resolver logic here */};
