import { idOf } from '../../../../graphql/global-id';
import { RequestError } from '../../../../shared/errors';
import type { QueryResolvers } from './../../../types.generated';

export const product: NonNullable<QueryResolvers['product']> = async (_parent, { id, sku }, ctx) => {
  if ((id == null) === (sku == null)) throw new RequestError('BAD_USER_INPUT', 'Give exactly one of `id` and `sku`.');
  return id != null ? ctx.loaders.productById.load(idOf(id, 'Product')) : ctx.services.catalog.productBySku(sku!);
};
