import { toGlobalId } from '../../../graphql/global-id';
import type { ReservationResolvers } from './../../types.generated';

export const Reservation: ReservationResolvers = {
  id: (reservation) => toGlobalId('Reservation', reservation.id),
  // Loaded with its status as of now: an expired hold holds nothing, whatever its lines say.
  lines: (reservation) =>
    reservation.lines.map((line) => ({
      ...line,
      holding: reservation.status === 'ACTIVE' || reservation.status === 'COMMITTED',
    })),
};
