// Reads what subscriptions need from an event's JSON payload (built by src/modules/events), parsed
// rather than cast: an event written by an older release, or of a shape this code does not know,
// is skipped instead of breaking a subscriber's stream.
import { z } from 'zod';
import { toGlobalId } from '../../shared/global-id';
import type { EventRecord } from '../events';

/**
 * Row ids for the global IDs a payload holds. Payloads carry global IDs, the only IDs the API hands
 * out, while the figures this module returns carry row ids, as every service's results do. Each
 * event also lists the row ids it is about, and writing those as global IDs finds them in its
 * payload: reading a global ID back is GraphQL's business, not a service's.
 */
function rowIds(event: EventRecord) {
  const products = new Map(event.productIds.map((id) => [toGlobalId('Product', id), id]));
  const locations = new Map(event.locationIds.map((id) => [toGlobalId('Location', id), id]));
  return { product: (id: string) => products.get(id), location: (id: string) => locations.get(id) };
}

const figure = z.number().int();

const levelSchema = z.object({
  productId: z.string(),
  locationId: z.string(),
  onHand: figure,
  reserved: figure,
  committed: figure,
  damaged: figure,
  qualityControl: figure,
  safetyStock: figure,
  available: figure,
});

/** A stock level as an event recorded it: every figure right after the change, with row ids. */
export type RecordedLevel = z.infer<typeof levelSchema>;

const withLevels = z.object({ stockLevels: z.array(levelSchema) });

/** The levels an event says its change left behind; empty for events that carry none. */
export function levelsOf(event: EventRecord): RecordedLevel[] {
  const parsed = withLevels.safeParse(event.payload);
  if (!parsed.success) return [];
  const ids = rowIds(event);
  return parsed.data.stockLevels.flatMap((level) => {
    const productId = ids.product(level.productId);
    const locationId = ids.location(level.locationId);
    return productId && locationId ? [{ ...level, productId, locationId }] : [];
  });
}

const withReservation = z.object({ reservation: z.object({ reference: z.string().nullable() }) });

/** The reference of the reservation a reservation event is about; undefined when it has none. */
export function reservationReferenceOf(event: EventRecord): string | undefined {
  const parsed = withReservation.safeParse(event.payload);
  return parsed.success ? (parsed.data.reservation.reference ?? undefined) : undefined;
}

const crossingSchema = z.object({
  product: z.object({ id: z.string(), reorderPoint: figure }),
  available: figure,
});

/** A product's company-wide figures when it crossed its reorder point. */
export interface RecordedCrossing {
  productId: string;
  reorderPoint: number;
  available: number;
}

export function crossingOf(event: EventRecord): RecordedCrossing | undefined {
  const parsed = crossingSchema.safeParse(event.payload);
  if (!parsed.success) return undefined;
  const productId = rowIds(event).product(parsed.data.product.id);
  if (!productId) return undefined;
  return { productId, reorderPoint: parsed.data.product.reorderPoint, available: parsed.data.available };
}
