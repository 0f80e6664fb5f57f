import type { ReservationSnapshotResolvers } from './../../types.generated';
export const ReservationSnapshot: ReservationSnapshotResolvers = {
  /* Implement ReservationSnapshot resolver logic here */
};
