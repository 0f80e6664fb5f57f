import { decodeIds, movementPayload, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const adjustStock: NonNullable<MutationResolvers['adjustStock']> = async (_parent, { input }, ctx) => {
  const { productId, locationId, idempotencyKey, ...details } = input;
  const { ids, errors } = decodeIds({ productId: [productId, 'Product'], locationId: [locationId, 'Location'] });
  if (errors.length > 0) return rejected(errors);
  const adjustment = { ...details, productId: ids.productId!, locationId: ids.locationId! };
  return movementPayload(await ctx.services.stock.adjust(ctx.viewer, adjustment, idempotencyKey));
};
