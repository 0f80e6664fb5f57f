import { pageArgs } from '../../../../graphql/connection';
import { selectsBelow } from '../../../../graphql/selection';
import type { QueryResolvers } from './../../../types.generated';

/** Fields of a product that its levels answer: asked for on a page, the page reads the levels in its own statement. */
const STOCK_FIELDS = ['stockLevels', 'onHand', 'available'];

export const products: NonNullable<QueryResolvers['products']> = (_parent, args, ctx, info) => {
  const showsStock = selectsBelow(info, ['edges', 'node'], STOCK_FIELDS) || selectsBelow(info, ['nodes'], STOCK_FIELDS);
  return ctx.services.catalog.listProducts(
    args.filter ?? { active: true },
    args.orderBy,
    pageArgs(args),
    showsStock ? ctx.loaders.levelsAlongProducts : undefined,
  );
};
