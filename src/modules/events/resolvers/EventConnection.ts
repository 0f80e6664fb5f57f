import { feedCursor } from '../../events';
import type { EventConnectionResolvers } from './../../types.generated';

export const EventConnection: EventConnectionResolvers = {
  edges: (page) => page.events,
  nodes: (page) => page.events,
  // The end is where the next read starts: the last event's place, or the cursor given when the
  // page is empty, so a poller can always keep endCursor.
  pageInfo: (page) => {
    const end = page.events.length > 0 || page.after ? feedCursor(page.end) : null;
    const first = page.events[0];
    return {
      startCursor: first ? feedCursor(first) : end,
      endCursor: end,
      checkNextPage: async () => page.hasMore,
      checkPreviousPage: async () => page.after !== null,
    };
  },
};
