import type { ReservationLineSnapshotResolvers } from './../../types.generated';
export const ReservationLineSnapshot: ReservationLineSnapshotResolvers = {
  /* Implement ReservationLineSnapshot resolver logic here */
};
