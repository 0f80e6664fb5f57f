import type { ReservationChange } from '../../service';
import type { SubscriptionResolvers } from './../../../types.generated';

export const reservationChanged: NonNullable<SubscriptionResolvers['reservationChanged']> = {
  subscribe: (_parent, args, ctx) => ctx.services.live.reservationChanges(args.reference),
  resolve: (change: ReservationChange) => change,
};
