import type { MutationResolvers } from './../../../types.generated';

export const createProduct: NonNullable<MutationResolvers['createProduct']> = (_parent, { input }, ctx) =>
  ctx.services.catalog.createProduct(ctx.viewer!, input);
