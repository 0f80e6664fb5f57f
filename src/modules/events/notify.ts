// Tells this process that events were committed, so its readers of the feed (the subscription bus,
// the webhook dispatcher) read now instead of at their next poll. Writers call announceEvents()
// after the transaction that wrote events has committed; the bus passes the news to the other
// instances with NOTIFY. An announcement that is lost (a crash between commit and announce) only
// delays readers until their next poll: the feed itself is the record, never the announcement.
import { EventEmitter } from 'node:events';

const committed = new EventEmitter();
committed.setMaxListeners(0);

/** Call after a transaction that wrote events commits. */
export function announceEvents(): void {
  committed.emit('committed');
}

/** Runs `listener` after each announcement in this process; returns the function that stops it. */
export function onEventsAnnounced(listener: () => void): () => void {
  committed.on('committed', listener);
  return () => committed.off('committed', listener);
}
