import { decodeIds, rejectedWrite } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const setSafetyStock: NonNullable<MutationResolvers['setSafetyStock']> = async (_parent, { input }, ctx) => {
  const { productId, locationId, quantity, idempotencyKey } = input;
  const { ids, errors } = decodeIds({ productId: [productId, 'Product'], locationId: [locationId, 'Location'] });
  if (errors.length > 0) return rejectedWrite(errors);
  return ctx.services.stock.setSafetyStock(
    ctx.viewer,
    { productId: ids.productId!, locationId: ids.locationId!, quantity },
    idempotencyKey,
  );
};
