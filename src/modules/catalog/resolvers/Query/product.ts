import { idOf } from '../../../../graphql/global-id';
import { selectsAnyOf } from '../../../../graphql/selection';
import { RequestError } from '../../../../shared/errors';
import type { QueryResolvers } from './../../../types.generated';

/** Fields of a product that its levels answer: asked for, the product and its levels are read in one statement. */
const STOCK_FIELDS = ['stockLevels', 'onHand', 'available'];

export const product: NonNullable<QueryResolvers['product']> = async (_parent, { id, sku }, ctx, info) => {
  if ((id == null) === (sku == null)) throw new RequestError('BAD_USER_INPUT', 'Give exactly one of `id` and `sku`.');
  if (id == null) return ctx.services.catalog.productBySku(sku!);
  const productId = idOf(id, 'Product');
  return selectsAnyOf(info, STOCK_FIELDS)
    ? ctx.loaders.productWithLevels.load(productId)
    : ctx.loaders.productById.load(productId);
};
