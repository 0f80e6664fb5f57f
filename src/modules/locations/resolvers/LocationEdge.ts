import type { LocationEdgeResolvers } from './../../types.generated';
export const LocationEdge: LocationEdgeResolvers = {/* Implement LocationEdge resolver logic here */};
