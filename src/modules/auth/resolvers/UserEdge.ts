import type { UserEdgeResolvers } from './../../types.generated';
export const UserEdge: UserEdgeResolvers = {/* Implement UserEdge resolver logic here */};
