import { idOf } from '../../../../graphql/global-id';
import { checkSize } from '../../../../shared/pagination';
import { FEED_START, parseFeedCursor } from '../../../events';
import type { QueryResolvers } from './../../../types.generated';

export const events: NonNullable<QueryResolvers['events']> = async (_parent, args, ctx) => {
  const first = checkSize('first', args.first, { min: 1 }) ?? 50;
  const after = args.after ? parseFeedCursor(args.after) : FEED_START;
  const page = await ctx.services.events.feed(after, first, {
    types: args.types,
    productId: args.productId ? idOf(args.productId, 'Product', 'productId') : null,
    locationId: args.locationId ? idOf(args.locationId, 'Location', 'locationId') : null,
    reservationId: args.reservationId ? idOf(args.reservationId, 'Reservation', 'reservationId') : null,
  });
  return { ...page, after: args.after ?? null };
};
