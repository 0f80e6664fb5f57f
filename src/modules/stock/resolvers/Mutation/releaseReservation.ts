import { decodeIds, rejectedWrite } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const releaseReservation: NonNullable<MutationResolvers['releaseReservation']> = async (
  _parent,
  { input },
  ctx,
) => {
  const reservation = decodeIds({ reservationId: [input.reservationId, 'Reservation'] });
  const lines = (input.lines ?? []).map((line, index) =>
    decodeIds({ productId: [line.productId, 'Product'], locationId: [line.locationId, 'Location'] }, [
      'lines',
      String(index),
    ]),
  );
  const errors = [...reservation.errors, ...lines.flatMap((line) => line.errors)];
  if (errors.length > 0) return rejectedWrite(errors);
  return ctx.services.reservations.release(
    ctx.viewer,
    {
      reservationId: reservation.ids.reservationId!,
      lines: input.lines?.map((line, index) => ({
        productId: lines[index]!.ids.productId!,
        locationId: lines[index]!.ids.locationId!,
        quantity: line.quantity,
      })),
    },
    input.idempotencyKey,
  );
};
