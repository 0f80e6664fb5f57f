import { idOf } from '../../../../graphql/global-id';
import { pageArgs } from '../../../../graphql/connection';
import { argumentsBelow, selectsAnyOf } from '../../../../graphql/selection';
import { RequestError } from '../../../../shared/errors';
import type { PageArgs } from '../../../../shared/pagination';
import type { QueryResolvers } from './../../../types.generated';

/** Fields of a product that its levels answer: asked for, the product and its levels are read in one statement. */
const STOCK_FIELDS = ['stockLevels', 'onHand', 'available'];

export const product: NonNullable<QueryResolvers['product']> = async (_parent, { id, sku }, ctx, info) => {
  if ((id == null) === (sku == null)) throw new RequestError('BAD_USER_INPUT', 'Give exactly one of `id` and `sku`.');
  if (id == null) return ctx.services.catalog.productBySku(sku!);
  const productId = idOf(id, 'Product');
  // A product page that lists movements reads them, the product and its levels in one statement.
  const movements = argumentsBelow(info, 'movements');
  const page = movements && ctx.loaders.productWithMovements(productId, pageArgs(movements as PageArgs));
  if (page) return page;
  return selectsAnyOf(info, STOCK_FIELDS)
    ? ctx.loaders.productWithLevels.load(productId)
    : ctx.loaders.productById.load(productId);
};
