import { decodeIds } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const recordMovements: NonNullable<MutationResolvers['recordMovements']> = async (_parent, { input }, ctx) => {
  const rows = input.movements.map((movement, index) => {
    const { productId, fromLocationId, toLocationId, reservationId, ...details } = movement;
    const { ids, errors } = decodeIds(
      {
        productId: [productId, 'Product'],
        fromLocationId: [fromLocationId, 'Location'],
        toLocationId: [toLocationId, 'Location'],
        reservationId: [reservationId, 'Reservation'],
      },
      ['movements', String(index)],
    );
    return errors.length > 0 ? { errors } : { ...details, ...ids, productId: ids.productId! };
  });
  return ctx.services.stock.recordMany(ctx.viewer, rows, input.errorPolicy ?? 'REJECT_ALL', input.idempotencyKey);
};
