import { decodeIds, movementPayload, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const transferStock: NonNullable<MutationResolvers['transferStock']> = async (_parent, { input }, ctx) => {
  const { productId, fromLocationId, toLocationId, idempotencyKey, ...details } = input;
  const { ids, errors } = decodeIds({
    productId: [productId, 'Product'],
    fromLocationId: [fromLocationId, 'Location'],
    toLocationId: [toLocationId, 'Location'],
  });
  if (errors.length > 0) return rejected(errors);
  const row = { ...details, kind: 'TRANSFER' as const, ...ids, productId: ids.productId! };
  return movementPayload(await ctx.services.stock.recordOne(ctx.viewer, 'transferStock', row, idempotencyKey));
};
