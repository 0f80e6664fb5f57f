import { decodeIds, rejectedWrite } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const reserveStock: NonNullable<MutationResolvers['reserveStock']> = async (_parent, { input }, ctx) => {
  const { idempotencyKey, lines, ...details } = input;
  const decoded = lines.map((line, index) =>
    decodeIds({ productId: [line.productId, 'Product'], locationId: [line.locationId, 'Location'] }, [
      'lines',
      String(index),
    ]),
  );
  const errors = decoded.flatMap((line) => line.errors);
  if (errors.length > 0) return rejectedWrite(errors);
  const reserveLines = lines.map((line, index) => ({
    quantity: line.quantity,
    productId: decoded[index]!.ids.productId!,
    locationId: decoded[index]!.ids.locationId,
  }));
  return ctx.services.reservations.reserve(ctx.viewer, { ...details, lines: reserveLines }, idempotencyKey);
};
