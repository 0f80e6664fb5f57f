import type { ReservationChangeResolvers } from './../../types.generated';

export const ReservationChange: ReservationChangeResolvers = {};
