import type { ReservationEdgeResolvers } from './../../types.generated';
export const ReservationEdge: ReservationEdgeResolvers = {/* Implement ReservationEdge resolver logic here */};
