// Reading the change feed, and forgetting what is older than the retention period.
import type { PrismaClient } from '../../generated/prisma/client';
import { pruneEvents, readFeed, type EventRecord, type FeedFilter, type FeedPage, type FeedPosition } from './feed';

export interface EventOptions {
  /** Events older than this many days are pruned. */
  retentionDays: number;
}

export class EventService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: EventOptions,
  ) {}

  feed(after: FeedPosition, first: number, filter: FeedFilter = {}): Promise<FeedPage> {
    return readFeed(this.prisma, after, first, filter);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, EventRecord>> {
    // An event row has exactly the fields of an EventRecord.
    const rows: EventRecord[] = await this.prisma.event.findMany({
      where: { id: { in: ids.map((id) => BigInt(id)) } },
    });
    return new Map(rows.map((row) => [String(row.id), row]));
  }

  /** Deletes events older than the retention period; returns how many. */
  prune(now = new Date()): Promise<number> {
    return pruneEvents(this.prisma, new Date(now.getTime() - this.options.retentionDays * 86_400_000));
  }
}
