// The events module's public surface: the outbox writers use, the feed readers use, and the body
// webhooks send. Other code imports events from here, never from its files.
export {
  FEED_START,
  feedCursor,
  feedHead,
  parseFeedCursor,
  pruneEvents,
  readFeed,
  type EventRecord,
  type FeedFilter,
  type FeedPage,
  type FeedPosition,
} from './feed';
export { announceEvents, onEventsAnnounced } from './notify';
export { eventBody, type EventBody } from './body';
export { insertEventsSql, positionSql, recordEvents, type EventDraft } from './outbox';
export {
  levelPayload,
  locationPayload,
  movementPayload,
  productPayload,
  reorderPayload,
  reservationPayload,
  purchaseOrderPayload,
  transferPayload,
  type LevelPayload,
} from './payloads';
export { EventService, type EventOptions } from './service';
