import { pageArgs } from '../../../../graphql/connection';
import type { QueryResolvers } from './../../../types.generated';

export const products: NonNullable<QueryResolvers['products']> = (_parent, args, ctx) =>
  ctx.services.catalog.listProducts(args.filter ?? { active: true }, args.orderBy, pageArgs(args));
