import { pageArgs } from '../../../../graphql/connection';
import type { QueryResolvers } from './../../../types.generated';

export const locations: NonNullable<QueryResolvers['locations']> = (_parent, args, ctx) =>
  ctx.services.locations.listLocations(args.filter ?? { active: true }, args.orderBy, pageArgs(args));
