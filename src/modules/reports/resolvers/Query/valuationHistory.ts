import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const valuationHistory: NonNullable<QueryResolvers['valuationHistory']> = (_parent, args, ctx) =>
  ctx.services.valuation.valuationHistory({
    from: args.from,
    to: args.to,
    interval: args.interval,
    timeZone: args.timeZone,
    locationId: args.locationId ? idOf(args.locationId, 'Location', 'locationId') : null,
    category: args.category,
  });
