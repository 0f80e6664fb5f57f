// The webhook queue's two loops, run by every instance against the one queue in PostgreSQL:
// - the dispatcher turns new feed events into deliveries, one transaction per batch that holds the
//   event_cursor row, so exactly one instance dispatches at a time and a crash loses nothing (the
//   cursor moves only with the deliveries it queued);
// - the worker leases due deliveries (SKIP LOCKED, so instances share them), sends them outside any
//   transaction with at most `concurrency` in flight, and records each attempt. A crashed worker's
//   lease runs out and another instance takes the delivery over.
// Both wake when this process commits events and when an attempt ends, and poll for the rest
// (other instances' events, retries coming due).
import type { PrismaClient } from '../../../generated/prisma/client';
import { eventBody, feedHead, onEventsAnnounced, readFeed, type EventRecord } from '../../events';
import type { Logger } from '../../../shared/log';
import type { Resolver, UrlPolicy } from '../url-guard';
import {
  activeSubscriptionCount,
  advanceCursor,
  claimDueDeliveries,
  ensureCursor,
  lockCursor,
  queueDeliveries,
  recordAttempt,
  type ClaimedDelivery,
} from '../store';
import { Loop } from '../../../shared/loop';
import { waitAfter } from './schedule';
import { sendWebhook, webhookId, type SendOutcome } from './send';

export interface DeliveryOptions extends UrlPolicy {
  /** The deadline of one attempt (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** The waits between attempts (WEBHOOK_RETRY_SCHEDULE); one attempt more than waits. */
  retrySchedule: readonly number[];
  /** Deliveries this instance sends at once (WEBHOOK_CONCURRENCY). */
  concurrency: number;
  /** How often to look for work when nothing wakes the loops; 500 ms unless given. */
  pollMs?: number;
  /** Events the dispatcher reads per transaction; 500 unless given. */
  batchSize?: number;
  resolve?: Resolver;
}

/** The exact bytes a delivery of this event POSTs (and signs). */
export function deliveryBody(event: EventRecord): string {
  return JSON.stringify(eventBody(event));
}

/**
 * How long a claimed delivery is this worker's: the attempt's deadline plus room to record it. A
 * worker that dies mid-attempt holds the delivery this long at most.
 */
const leaseMs = (options: DeliveryOptions) => options.timeoutMs + 60_000;

/** Queues deliveries for the next batch of feed events; see the file's header. */
export async function dispatchBatch(
  prisma: PrismaClient,
  batchSize: number,
): Promise<{ queued: number; more: boolean }> {
  return prisma.$transaction(
    async (tx) => {
      const cursor = await lockCursor(tx, { skipLocked: true });
      // Another instance is dispatching (or a subscription is being created): its turn.
      if (!cursor) return { queued: 0, more: false };
      const after = { position: cursor.position, id: cursor.id };
      if ((await activeSubscriptionCount(tx)) === 0) {
        // Nothing new: no write (an idle instance must not write twice a second).
        if ((await readFeed(tx, after, 1)).events.length === 0) return { queued: 0, more: false };
        // No one wants these events: skip to the feed's end rather than read them all. A
        // subscription created later starts at the feed's end of its own time, which is past this.
        const head = await feedHead(tx);
        if (head.position > cursor.position || (head.position === cursor.position && head.id > cursor.id)) {
          await advanceCursor(tx, head);
        }
        return { queued: 0, more: false };
      }
      const page = await readFeed(tx, after, batchSize);
      if (page.events.length === 0) return { queued: 0, more: false };
      const queued = await queueDeliveries(
        tx,
        page.events.map((event) => event.id),
      );
      await advanceCursor(tx, page.end);
      return { queued, more: page.hasMore };
    },
    { timeout: 60_000 },
  );
}

/** The least time between two dispatch rounds of one instance. */
const DISPATCH_SPACING_MS = 50;

/**
 * The dispatcher and worker of one instance, each its own loop: the dispatcher wakes when this
 * process commits events, the worker when the dispatcher queued deliveries or an attempt ended, so
 * a busy feed never keeps deliveries waiting and a slow receiver never holds up dispatching.
 */
export class WebhookDelivery {
  private running = false;
  private readonly inFlight = new Set<Promise<void>>();
  private stopListening: (() => void) | null = null;
  private cursorReady = false;
  private readonly dispatcher: Loop;
  private readonly worker: Loop;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: DeliveryOptions,
    private readonly logger: Logger,
  ) {
    const pollMs = options.pollMs ?? 500;
    // Every commit of events wakes the dispatcher; under a steady stream of writes it still runs
    // at most every DISPATCH_SPACING_MS, each round taking everything committed since the last.
    this.dispatcher = new Loop(
      () => this.dispatch(),
      pollMs,
      (error) => this.logger.error('webhook dispatch failed; retrying at the next poll', { err: error }),
      DISPATCH_SPACING_MS,
    );
    this.worker = new Loop(
      () => this.claim(),
      pollMs,
      (error) => this.logger.error('webhook claim failed; retrying at the next poll', { err: error }),
    );
  }

  /** Starts both loops; they run until stop(). */
  start(): this {
    if (this.running) return this;
    this.running = true;
    this.stopListening = onEventsAnnounced(() => this.dispatcher.wake());
    this.dispatcher.start();
    this.worker.start();
    return this;
  }

  /** Stops claiming, lets the attempts in flight finish (each within its deadline), then returns. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopListening?.();
    await Promise.all([this.dispatcher.stop(), this.worker.stop()]);
    await Promise.all(this.inFlight);
  }

  /** Makes the loops look for work now rather than at their next poll. */
  wake(): void {
    this.dispatcher.wake();
    this.worker.wake();
  }

  /** Queues deliveries until the feed is caught up (or another instance holds the cursor). */
  private async dispatch(): Promise<void> {
    if (!this.cursorReady) {
      await ensureCursor(this.prisma);
      this.cursorReady = true;
    }
    for (;;) {
      const { queued, more } = await dispatchBatch(this.prisma, this.options.batchSize ?? 500);
      if (queued > 0) this.worker.wake();
      if (!more || !this.running) return;
    }
  }

  /** Leases as many due deliveries as there are free slots, and starts sending them. */
  private async claim(): Promise<void> {
    if (!this.running) return;
    const free = this.options.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const claimed = await claimDueDeliveries(this.prisma, free, leaseMs(this.options));
    for (const delivery of claimed) {
      const attempt: Promise<void> = this.attempt(delivery)
        .catch((error: unknown) => {
          // The lease runs out and the delivery is tried again: nothing is lost.
          this.logger.error('webhook attempt could not be recorded', { delivery: webhookId(delivery.id), err: error });
        })
        .finally(() => {
          this.inFlight.delete(attempt);
          // A slot is free, and the next delivery with this ordering key may now be due.
          this.worker.wake();
        });
      this.inFlight.add(attempt);
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const sent = await sendWebhook(
      { url: delivery.url, secret: delivery.secret },
      { deliveryId: delivery.id, body: deliveryBody(delivery.event) },
      { policy: this.options, timeoutMs: this.options.timeoutMs, resolve: this.options.resolve },
    );
    const attempts = delivery.attempts + 1;
    const outcome = this.outcome(delivery, sent, attempts);
    const recorded = await recordAttempt(this.prisma, delivery, { ...sent, outcome });
    if (recorded && outcome.status === 'FAILED') {
      this.logger.error('webhook subscription paused: a delivery failed every attempt', {
        subscription: delivery.subscriptionId,
        reason: outcome.pausedReason,
      });
    }
  }

  private outcome(delivery: ClaimedDelivery, sent: SendOutcome, attempts: number) {
    if (sent.error === null) return { status: 'SUCCEEDED' as const };
    const wait = waitAfter(this.options.retrySchedule, attempts);
    if (wait !== null) return { status: 'PENDING' as const, retryInMs: wait };
    return {
      status: 'FAILED' as const,
      pausedReason:
        `Delivery ${webhookId(delivery.id)} (event ${delivery.event.type} #${delivery.event.id}) failed all ` +
        `${attempts} attempts; the last, at ${sent.attemptedAt.toISOString()}: ${sent.error}`,
    };
  }
}
