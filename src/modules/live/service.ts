// What subscribers can follow, each as an async iterator fed by the event bus: stock levels that
// changed, one reservation's changes, products crossing their reorder point, and the raw feed.
// Authorization is the SDL's @auth on each Subscription field; these take plain row ids.
import type { EventType, PrismaClient } from '../../generated/prisma/client';
import type { Logger } from '../../shared/log';
import type { EventRecord, FeedPosition } from '../events';
import type { LevelFigures, ReservationQueries, ReservationRecord } from '../stock';
import { EventBus, type BusOptions, DEFAULT_BUS_OPTIONS } from './bus';
import { follow } from './follow';
import { crossingOf, levelsOf, reservationReferenceOf, type RecordedLevel } from './payload';
import { reorderPoints } from './store';
import { setBounded } from '../../shared/bounded';

/** The events whose payload holds the stock levels the change left behind. */
const LEVEL_EVENTS: readonly EventType[] = [
  'MOVEMENT_RECORDED',
  'MOVEMENT_REVERSED',
  'RESERVATION_CREATED',
  'RESERVATION_EXTENDED',
  'RESERVATION_COMMITTED',
  'RESERVATION_FULFILLED',
  'RESERVATION_RELEASED',
  'RESERVATION_EXPIRED',
  'SAFETY_STOCK_CHANGED',
];

const RESERVATION_EVENTS = LEVEL_EVENTS.filter((type) => type.startsWith('RESERVATION_'));
const CROSSING_EVENTS: readonly EventType[] = ['PRODUCT_BELOW_REORDER_POINT', 'PRODUCT_ABOVE_REORDER_POINT'];

/** What happened, when: the part every message shares. */
interface Change {
  type: EventType;
  occurredAt: Date;
}

/** Stock levels one committed change left behind (the ones a subscriber asked about). */
export interface LevelsChange extends Change {
  levels: LevelFigures[];
}

/** A reservation as it is now, after the change that was committed. */
export interface ReservationChange extends Change {
  reservation: ReservationRecord;
}

/** A product that crossed its reorder point, company-wide (`locationId` null) or at one location. */
export interface ReorderAlert extends Change {
  direction: 'BELOW' | 'ABOVE';
  productId: string;
  locationId: string | null;
  available: number;
  reorderPoint: number;
}

export interface LevelFilter {
  /** Only levels of these products (row ids); all when omitted. */
  productIds?: readonly string[];
  /** Only levels at these locations (row ids); all when omitted. */
  locationIds?: readonly string[];
}

/** Reorder points read for one event are shared by every subscriber that needs them. */
const SHARED_READS = 64;

export class LiveService {
  private readonly bus: EventBus;
  private readonly pointsByEvent = new Map<bigint, Promise<Map<string, number>>>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly reservations: ReservationQueries,
    options: Partial<BusOptions> = {},
  ) {
    this.bus = new EventBus(prisma, { ...DEFAULT_BUS_OPTIONS, ...options });
  }

  /** Starts the bus (the server calls this); subscriptions before it fail. */
  start(logger: Logger): void {
    this.bus.start(logger);
  }

  /** Stops the bus and ends every open subscription. */
  stop(): Promise<void> {
    return this.bus.stop();
  }

  /** Subscriptions open in this process. */
  get openSubscriptions(): number {
    return this.bus.listenerCount;
  }

  /** Each committed change's levels that pass `filter`; a change with none of them sends nothing. */
  stockLevelChanges(filter: LevelFilter): Promise<AsyncIterableIterator<LevelsChange>> {
    const products = filter.productIds && new Set(filter.productIds);
    const locations = filter.locationIds && new Set(filter.locationIds);
    return follow(this.bus, this.prisma, {
      types: LEVEL_EVENTS,
      map: (event) => {
        const levels = levelsOf(event).filter(
          (level) => (!products || products.has(level.productId)) && (!locations || locations.has(level.locationId)),
        );
        return levels.length > 0
          ? [{ ...changeOf(event), levels: levels.map((level) => figuresOf(level, event)) }]
          : [];
      },
    });
  }

  /** Every change to reservations with this reference, each with the reservation read fresh. */
  reservationChanges(reference: string): Promise<AsyncIterableIterator<ReservationChange>> {
    return follow(this.bus, this.prisma, {
      types: RESERVATION_EVENTS,
      map: async (event) => {
        if (!event.reservationId || reservationReferenceOf(event) !== reference) return [];
        const [reservation] = await this.reservations.byIds([event.reservationId]);
        return reservation ? [{ ...changeOf(event), reservation }] : [];
      },
    });
  }

  /**
   * Company-wide (no location): each PRODUCT_BELOW/ABOVE_REORDER_POINT event. At a location: the
   * level there judged against the product's reorder point after each change, alerting when it
   * moves to the other side. This subscriber's view starts on the ABOVE side, so the first change
   * that finds a product at or below its reorder point there alerts BELOW.
   */
  reorderAlerts(locationId?: string): Promise<AsyncIterableIterator<ReorderAlert>> {
    if (!locationId) {
      return follow(this.bus, this.prisma, {
        types: CROSSING_EVENTS,
        map: (event) => {
          const crossing = crossingOf(event);
          if (!crossing) return [];
          const direction = event.type === 'PRODUCT_BELOW_REORDER_POINT' ? 'BELOW' : 'ABOVE';
          return [{ ...changeOf(event), ...crossing, direction, locationId: null }];
        },
      });
    }
    const below = new Set<string>();
    return follow(this.bus, this.prisma, {
      types: LEVEL_EVENTS,
      map: async (event) => {
        const levels = levelsOf(event).filter((level) => level.locationId === locationId);
        if (levels.length === 0) return [];
        const points = await this.reorderPointsFor(event);
        return levels.flatMap((level): ReorderAlert[] => {
          const reorderPoint = points.get(level.productId) ?? 0;
          const isBelow = reorderPoint > 0 && level.available <= reorderPoint;
          if (isBelow === below.has(level.productId)) return [];
          if (isBelow) below.add(level.productId);
          else below.delete(level.productId);
          const { productId, available } = level;
          const direction = isBelow ? 'BELOW' : 'ABOVE';
          return [{ ...changeOf(event), direction, productId, locationId, available, reorderPoint }];
        });
      },
    });
  }

  /** The feed itself: after `after` first when given (a replay), then live; each event once, in feed order. */
  events(
    types: readonly EventType[] | undefined,
    after: FeedPosition | undefined,
  ): Promise<AsyncIterableIterator<EventRecord>> {
    return follow(this.bus, this.prisma, { types, after, map: (event) => [event] });
  }

  /** The reorder points of an event's products, read once however many subscribers ask. */
  private reorderPointsFor(event: EventRecord): Promise<Map<string, number>> {
    let points = this.pointsByEvent.get(event.id);
    if (!points) {
      points = reorderPoints(this.prisma, [...new Set(levelsOf(event).map((level) => level.productId))]);
      // A failed read is not kept: the next subscriber asks again.
      points.catch(() => this.pointsByEvent.delete(event.id));
      setBounded(this.pointsByEvent, event.id, points, SHARED_READS);
    }
    return points;
  }
}

function changeOf(event: EventRecord): Change {
  return { type: event.type, occurredAt: event.occurredAt };
}

/** A recorded level as the StockLevel type reads it; it last changed when the event occurred. */
function figuresOf(level: RecordedLevel, event: EventRecord): LevelFigures {
  const { available: _available, ...figures } = level;
  return { ...figures, updatedAt: event.occurredAt };
}
