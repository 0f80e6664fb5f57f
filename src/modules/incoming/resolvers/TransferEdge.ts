import type { TransferEdgeResolvers } from './../../types.generated';
export const TransferEdge: TransferEdgeResolvers = {/* Implement TransferEdge resolver logic here */};
