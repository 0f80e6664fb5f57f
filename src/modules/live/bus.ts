// The event bus of one process: it reads the change feed from its own position and hands each
// batch of committed events to the listeners in this process (the open subscriptions). The feed is
// the record; the bus only decides when to read it:
// - right after this process commits events (onEventsAnnounced), and then it also tells the other
//   instances, with one NOTIFY for a burst of commits;
// - when another instance's NOTIFY arrives (LISTEN, on a connection of the `postgres` package);
// - every `pollMs` while anyone listens, so a lost notification only delays.
// A notified event may not be readable yet: the feed hides events while an older transaction is
// still in flight (src/modules/events/feed.ts). A read prompted by a notification that comes back
// empty is therefore tried again a few times, soon after, before the poll takes over.
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import type { PrismaClient } from '../../generated/prisma/client';
import type { Logger } from '../../shared/log';
import { feedHead, onEventsAnnounced, readFeed, type EventRecord, type FeedPosition } from '../events';

/** The least time between two NOTIFYs of one instance; commits in between share the next one. */
const NOTIFY_SPACING_MS = 20;

/** The channel every instance LISTENs on and NOTIFYs after it commits events. */
export const EVENTS_CHANNEL = 'stockroom_events';

export interface BusOptions {
  /** The database's URL, for LISTEN/NOTIFY; without it the bus learns of other instances' events by polling. */
  listenUrl?: string;
  /** How often the feed is read while anyone listens and no notification came. */
  pollMs: number;
}

export const DEFAULT_BUS_OPTIONS: BusOptions = { pollMs: 1000 };

/** Receives every event the bus reads after the listener attached, in feed order, batch by batch. */
export type BusListener = (events: readonly EventRecord[]) => void;

export interface Attachment {
  /** The listener receives every event after this place in the feed. */
  from: FeedPosition;
  detach(): void;
}

/** How long after an empty notified read the bus looks again (ms); the poll takes over after the last. */
const RETRY_AFTER_MS = [10, 25, 50, 100, 200, 400];
/** Events read per statement. */
const BATCH = 500;

export class EventBus {
  /** Tells this instance's NOTIFYs apart from the others'. */
  private readonly instance = randomUUID();
  private readonly listeners = new Set<BusListener>();
  /** Where the next read starts; null while nobody listens (a new first listener starts at the head). */
  private position: FeedPosition | null = null;
  private head: Promise<FeedPosition> | null = null;
  /** Bumped whenever the position is dropped, so a read begun before cannot deliver after. */
  private generation = 0;
  private reading = false;
  private readAgain = false;
  /** A notification said events were committed, and no read has found any since. */
  private expecting = false;
  private retries = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private sql: postgres.Sql | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private listenRetry: NodeJS.Timeout | undefined;
  private stopAnnouncements: (() => void) | undefined;
  private notifying = false;
  private notifyAgain = false;
  private logger: Logger | undefined;
  private running = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: BusOptions = DEFAULT_BUS_OPTIONS,
  ) {}

  /** Starts hearing this process's commits and, with a URL, the other instances' notifications. */
  start(logger: Logger): void {
    if (this.running) return;
    this.running = true;
    this.logger = logger;
    this.stopAnnouncements = onEventsAnnounced(() => {
      this.wake(true);
      this.notifyOthers();
    });
    if (this.options.listenUrl) {
      // One connection for NOTIFY (max 1), and the package's own dedicated one for LISTEN, which it
      // reconnects by itself. Neither takes a connection from the application's pool.
      this.sql = postgres(this.options.listenUrl, {
        max: 1,
        idle_timeout: 60,
        onnotice: () => undefined,
        connection: { application_name: 'stockroom-events' },
      });
      void this.listen();
    }
  }

  /** Stops reading, listening and notifying, and lets every listener go. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopAnnouncements?.();
    this.listeners.clear();
    this.idle();
    clearTimeout(this.listenRetry);
    const sql = this.sql;
    this.sql = undefined;
    if (sql) {
      await this.unlisten?.().catch(() => undefined);
      await sql.end({ timeout: 2 });
    }
  }

  /** How many listeners are attached (open subscriptions in this process). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /**
   * Adds a listener. It receives every event after the returned `from`, which is at or after the
   * feed's head when the first listener attached; nothing committed after this call resolves is missed.
   */
  async attach(listener: BusListener): Promise<Attachment> {
    if (!this.running) throw new Error('the event bus is not running');
    while (!this.position) {
      const generation = this.generation;
      this.head ??= feedHead(this.prisma).finally(() => (this.head = null));
      const head = await this.head;
      if (generation === this.generation && !this.position) this.position = head;
    }
    this.listeners.add(listener);
    if (!this.pollTimer) {
      this.pollTimer = setInterval(() => this.wake(false), this.options.pollMs);
      this.pollTimer.unref();
    }
    return {
      from: this.position,
      detach: () => {
        if (this.listeners.delete(listener) && this.listeners.size === 0) this.idle();
      },
    };
  }

  /** Nobody listens: stop reading; the next first listener starts at the then head. */
  private idle(): void {
    clearInterval(this.pollTimer);
    clearTimeout(this.retryTimer);
    this.pollTimer = undefined;
    this.retryTimer = undefined;
    this.position = null;
    this.generation += 1;
    this.expecting = false;
    this.retries = 0;
  }

  /** Reads now, or once the read under way ends. `notified`: events are known to have committed. */
  private wake(notified: boolean): void {
    if (!this.position) return;
    if (notified) {
      this.expecting = true;
      this.retries = 0;
    }
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    void this.read();
  }

  private async read(): Promise<void> {
    this.reading = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    let found = 0;
    try {
      do {
        this.readAgain = false;
        const generation = this.generation;
        const from = this.position;
        if (!from) break;
        const page = await readFeed(this.prisma, from, BATCH);
        if (generation !== this.generation) break;
        this.position = page.end;
        found += page.events.length;
        if (page.events.length > 0) this.deliver(page.events);
        if (page.hasMore) this.readAgain = true;
      } while (this.readAgain);
    } catch (error) {
      // The poll reads again; a notification that found nothing is retried below.
      this.logger?.error('reading the event feed for subscriptions failed', { err: error });
    } finally {
      this.reading = false;
    }
    if (found > 0) {
      this.expecting = false;
      this.retries = 0;
    } else if (this.expecting && this.position) {
      const delay = RETRY_AFTER_MS[this.retries];
      this.retries += 1;
      if (delay === undefined) this.expecting = false;
      else {
        this.retryTimer = setTimeout(() => this.wake(false), delay);
        this.retryTimer.unref();
      }
    }
  }

  private deliver(events: readonly EventRecord[]): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(events);
      } catch (error) {
        this.logger?.error('a subscription failed to take events', { err: error });
      }
    }
  }

  private async listen(): Promise<void> {
    const sql = this.sql;
    if (!sql) return;
    try {
      const request = await sql.listen(
        EVENTS_CHANNEL,
        (sender) => {
          if (sender !== this.instance) this.wake(true);
        },
        // Also after the package reconnected: whatever was notified meanwhile is read now.
        () => this.wake(true),
      );
      this.unlisten = request.unlisten;
    } catch (error) {
      if (!this.running) return;
      this.logger?.error('LISTEN for events failed; polling until it works', { err: error });
      this.listenRetry = setTimeout(() => void this.listen(), 5000);
      this.listenRetry.unref();
    }
  }

  /**
   * One NOTIFY for a burst of this process's commits: a commit during a NOTIFY, or within
   * NOTIFY_SPACING_MS after one, gets one more after that, so a busy writer sends at most one
   * every NOTIFY_SPACING_MS (each NOTIFY commits through PostgreSQL's one notification queue).
   */
  private notifyOthers(): void {
    const sql = this.sql;
    if (!sql) return;
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    void (async () => {
      try {
        do {
          this.notifyAgain = false;
          await sql.notify(EVENTS_CHANNEL, this.instance);
          await new Promise((resolve) => setTimeout(resolve, NOTIFY_SPACING_MS).unref());
        } while (this.notifyAgain && this.running);
      } catch (error) {
        // The other instances still read it at their next poll.
        if (this.running) this.logger?.error('NOTIFY of committed events failed', { err: error });
      } finally {
        this.notifying = false;
      }
    })();
  }
}
