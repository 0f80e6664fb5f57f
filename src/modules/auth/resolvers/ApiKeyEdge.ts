import type { ApiKeyEdgeResolvers } from './../../types.generated';
export const ApiKeyEdge: ApiKeyEdgeResolvers = {/* Implement ApiKeyEdge resolver logic here */};
