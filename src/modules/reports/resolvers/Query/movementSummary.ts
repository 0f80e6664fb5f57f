import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const movementSummary: NonNullable<QueryResolvers['movementSummary']> = (_parent, args, ctx) =>
  ctx.services.movementSummary.summarize({
    from: args.from,
    to: args.to,
    interval: args.interval,
    timeZone: args.timeZone,
    productId: args.productId ? idOf(args.productId, 'Product', 'productId') : null,
    locationId: args.locationId ? idOf(args.locationId, 'Location', 'locationId') : null,
    category: args.category,
    kinds: args.kinds,
  });
