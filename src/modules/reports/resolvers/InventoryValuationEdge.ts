import type { InventoryValuationEdgeResolvers } from './../../types.generated';

export const InventoryValuationEdge: InventoryValuationEdgeResolvers = {};
