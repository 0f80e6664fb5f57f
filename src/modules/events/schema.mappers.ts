// Event GraphQL types are backed by feed rows; payload types by the JSON stored with them.
import type { EventRecord, FeedPage } from './feed';

export type EventMapper = EventRecord;
export type EventConnectionMapper = FeedPage & { after: string | null };
export type EventEdgeMapper = EventRecord;
