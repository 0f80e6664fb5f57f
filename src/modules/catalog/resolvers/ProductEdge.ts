import type { ProductEdgeResolvers } from './../../types.generated';
export const ProductEdge: ProductEdgeResolvers = {/* Implement ProductEdge resolver logic here */};
