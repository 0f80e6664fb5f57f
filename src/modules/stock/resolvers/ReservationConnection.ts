import type { ReservationConnectionResolvers } from './../../types.generated';

export const ReservationConnection: ReservationConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
