// One subscriber's view of the feed: an async iterator of the events it asked for, in feed order,
// each once, with no gap. Live events come from the bus; the feed itself fills in what the bus
// cannot give: the events after a client's cursor (a replay before going live), and whatever a
// slow subscriber's queue had to drop. Either way the subscriber reads the feed from the last event
// it was given until it is caught up, then takes the queued live events after that point.
import type { EventType, PrismaClient } from '../../generated/prisma/client';
import { readFeed, type EventRecord, type FeedPosition } from '../events';
import type { Attachment, EventBus } from './bus';

/** Live events a subscriber may have waiting; past this its queue is dropped and it reads the feed instead. */
const MAX_QUEUED = 1000;
/** Events per read when catching up from the feed. */
const PAGE = 200;

export interface FollowOptions<T> {
  /** Start after this place in the feed (a client's cursor): replay first, then live. Omitted: from now on. */
  after?: FeedPosition;
  /** Only events of these types (all when omitted). */
  types?: readonly EventType[];
  /** What an event becomes for the subscriber: no message, one, or several. May load rows. */
  map(event: EventRecord): readonly T[] | Promise<readonly T[]>;
}

const isAfter = (event: EventRecord, at: FeedPosition) =>
  event.position > at.position || (event.position === at.position && event.id > at.id);

class Follower<T> implements AsyncIterableIterator<T> {
  private queue: EventRecord[] = [];
  private overflowed = false;
  private replay: EventRecord[] = [];
  /** Messages made from one event and not yet taken. */
  private ready: T[] = [];
  private catchingUp: boolean;
  private last: FeedPosition;
  private waiting: (() => void) | undefined;
  private closed = false;
  private attachment: Attachment | undefined;

  constructor(
    private readonly db: PrismaClient,
    private readonly options: FollowOptions<T>,
    start: FeedPosition,
  ) {
    this.catchingUp = options.after !== undefined;
    this.last = options.after ?? start;
  }

  attachTo(attachment: Attachment): void {
    this.attachment = attachment;
    // Without a cursor, everything after the bus's place when this subscriber joined.
    if (!this.options.after) this.last = attachment.from;
  }

  /** The bus's listener: queues the events of the asked types. */
  readonly receive = (events: readonly EventRecord[]): void => {
    if (this.closed) return;
    const types = this.options.types;
    for (const event of events) {
      if (types && !types.includes(event.type)) continue;
      if (this.queue.length >= MAX_QUEUED) {
        // Too slow: forget the queue and catch up from the feed, which still holds all of it.
        this.queue = [];
        this.overflowed = true;
      } else this.queue.push(event);
    }
    this.waiting?.();
  };

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.closed) {
      if (this.ready.length > 0) return { value: this.ready.shift()!, done: false };
      const event = await this.take();
      if (!event) break;
      const values = await this.options.map(event);
      if (this.closed) break;
      this.ready.push(...values);
    }
    return { value: undefined, done: true };
  }

  /** Ends the subscription at once, even while it waits for an event. */
  async return(): Promise<IteratorResult<T>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    this.close();
    throw error;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    this.replay = [];
    this.ready = [];
    this.attachment?.detach();
    this.waiting?.();
  }

  private async take(): Promise<EventRecord | undefined> {
    for (;;) {
      if (this.closed) return undefined;
      const replayed = this.replay.shift();
      if (replayed) return replayed;
      if (this.overflowed) {
        this.overflowed = false;
        this.catchingUp = true;
      }
      if (this.catchingUp) {
        const page = await readFeed(this.db, this.last, PAGE, {
          types: this.options.types ? [...this.options.types] : null,
        });
        this.replay = page.events;
        this.last = page.end;
        if (!page.hasMore) this.catchingUp = false;
        continue;
      }
      const live = this.queue.shift();
      if (live) {
        // A live event the feed already gave (or that came before the subscriber's start) is skipped.
        if (!isAfter(live, this.last)) continue;
        this.last = { position: live.position, id: live.id };
        return live;
      }
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
  }
}

/**
 * Follows the feed for one subscriber. Once this resolves, every event committed afterwards is
 * delivered (and with `after`, every event after that place first).
 */
export async function follow<T>(
  bus: EventBus,
  db: PrismaClient,
  options: FollowOptions<T>,
): Promise<AsyncIterableIterator<T>> {
  const follower = new Follower(db, options, options.after ?? { position: 0n, id: 0n });
  follower.attachTo(await bus.attach(follower.receive));
  return follower;
}
