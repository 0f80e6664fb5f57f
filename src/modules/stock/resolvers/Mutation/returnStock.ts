import { decodeIds, movementPayload, rejected } from '../../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const returnStock: NonNullable<MutationResolvers['returnStock']> = async (_parent, { input }, ctx) => {
  const { productId, locationId, idempotencyKey, ...details } = input;
  const { ids, errors } = decodeIds({ productId: [productId, 'Product'], locationId: [locationId, 'Location'] });
  if (errors.length > 0) return rejected(errors);
  const row = { ...details, kind: 'RETURN' as const, productId: ids.productId!, toLocationId: ids.locationId };
  return movementPayload(
    await ctx.services.stock.recordOne(ctx.viewer, 'returnStock', row, idempotencyKey, { toLocationId: 'locationId' }),
  );
};
