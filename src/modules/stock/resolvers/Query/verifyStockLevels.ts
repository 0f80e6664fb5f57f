import type { QueryResolvers } from './../../../types.generated';

export const verifyStockLevels: NonNullable<QueryResolvers['verifyStockLevels']> = (_parent, _args, ctx) =>
  ctx.services.stockQueries.verify();
