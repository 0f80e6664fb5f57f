import type { ImportRowErrorEdgeResolvers } from './../../types.generated';
export const ImportRowErrorEdge: ImportRowErrorEdgeResolvers = {/* Implement ImportRowErrorEdge resolver logic here */};
