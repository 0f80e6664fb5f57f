import { decodeIds, rejectedWrite } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const extendReservation: NonNullable<MutationResolvers['extendReservation']> = async (
  _parent,
  { input },
  ctx,
) => {
  const { reservationId, idempotencyKey, ...expiry } = input;
  const { ids, errors } = decodeIds({ reservationId: [reservationId, 'Reservation'] });
  if (errors.length > 0) return rejectedWrite(errors);
  return ctx.services.reservations.extend(ctx.viewer, { ...expiry, reservationId: ids.reservationId! }, idempotencyKey);
};
