import type { ImportJobEdgeResolvers } from './../../types.generated';
export const ImportJobEdge: ImportJobEdgeResolvers = {/* Implement ImportJobEdge resolver logic here */};
