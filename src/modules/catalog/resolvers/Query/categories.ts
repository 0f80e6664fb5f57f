import type { QueryResolvers } from './../../../types.generated';

export const categories: NonNullable<QueryResolvers['categories']> = (_parent, { active }, ctx) =>
  ctx.services.catalog.categories(active);
