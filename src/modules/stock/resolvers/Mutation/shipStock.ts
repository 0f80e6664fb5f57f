import { decodeIds, movementPayload, rejected } from '../../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const shipStock: NonNullable<MutationResolvers['shipStock']> = async (_parent, { input }, ctx) => {
  const { productId, locationId, idempotencyKey, ...details } = input;
  const { ids, errors } = decodeIds({ productId: [productId, 'Product'], locationId: [locationId, 'Location'] });
  if (errors.length > 0) return rejected(errors);
  const row = { ...details, kind: 'SHIPMENT' as const, productId: ids.productId!, fromLocationId: ids.locationId };
  return movementPayload(
    await ctx.services.stock.recordOne(ctx.viewer, 'shipStock', row, idempotencyKey, { fromLocationId: 'locationId' }),
  );
};
