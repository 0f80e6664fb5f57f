import type { ReservationPayloadResolvers } from './../../types.generated';

export const ReservationPayload: ReservationPayloadResolvers = {
  // Read after the write, so it shows the reservation as the change left it.
  reservation: (result, _args, ctx) =>
    result.userErrors.length === 0 && result.reservationId
      ? ctx.loaders.reservationById.load(result.reservationId)
      : null,
};
