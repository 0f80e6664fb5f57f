import { decodeIds, rejectedWrite } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const commitReservation: NonNullable<MutationResolvers['commitReservation']> = async (
  _parent,
  { input },
  ctx,
) => {
  const { ids, errors } = decodeIds({ reservationId: [input.reservationId, 'Reservation'] });
  if (errors.length > 0) return rejectedWrite(errors);
  return ctx.services.reservations.commit(ctx.viewer, { reservationId: ids.reservationId! }, input.idempotencyKey);
};
