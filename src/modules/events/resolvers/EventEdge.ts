import { feedCursor } from '../../events';
import type { EventEdgeResolvers } from './../../types.generated';

export const EventEdge: EventEdgeResolvers = {
  cursor: (event) => feedCursor(event),
  node: (event) => event,
};
