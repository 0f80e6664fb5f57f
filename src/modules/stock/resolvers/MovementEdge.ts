import type { MovementEdgeResolvers } from './../../types.generated';
export const MovementEdge: MovementEdgeResolvers = {/* Implement MovementEdge resolver logic here */};
