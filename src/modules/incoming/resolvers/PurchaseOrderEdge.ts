import type { PurchaseOrderEdgeResolvers } from './../../types.generated';
export const PurchaseOrderEdge: PurchaseOrderEdgeResolvers = {/* Implement PurchaseOrderEdge resolver logic here */};
