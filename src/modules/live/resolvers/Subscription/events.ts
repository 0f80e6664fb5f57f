import type { EventRecord } from '../../../events';
import { parseFeedCursor } from '../../../events';
import type { SubscriptionResolvers } from './../../../types.generated';

export const events: NonNullable<SubscriptionResolvers['events']> = {
  subscribe: (_parent, args, ctx) =>
    ctx.services.live.events(args.types ?? undefined, args.after ? parseFeedCursor(args.after) : undefined),
  // Each event is its own edge: the cursor to resume after it, and the event.
  resolve: (event: EventRecord) => event,
};
