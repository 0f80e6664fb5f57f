import { decodeIds, movementPayload, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const changeStockState: NonNullable<MutationResolvers['changeStockState']> = async (_parent, { input }, ctx) => {
  const { productId, locationId, idempotencyKey, ...details } = input;
  const { ids, errors } = decodeIds({ productId: [productId, 'Product'], locationId: [locationId, 'Location'] });
  if (errors.length > 0) return rejected(errors);
  return movementPayload(
    await ctx.services.stock.changeState(
      ctx.viewer,
      { ...details, productId: ids.productId!, locationId: ids.locationId! },
      idempotencyKey,
    ),
  );
};
