// Reads what subscriptions need from an event's JSON payload (built by src/modules/events), parsed
// rather than cast: an event written by an older release, or of a shape this code does not know,
// is skipped instead of breaking a subscriber's stream.
import { z } from 'zod';
import type { EventRecord } from '../events';

/**
 * The row id inside one of Stockroom's global IDs (base64url "<Type>:<row id>"), or null when it
 * is not one of `type`. Payloads carry global IDs, the only IDs the API hands out; the stock
 * figures this module returns carry row ids, as every service's results do.
 */
function rowIdOf(globalId: string, type: 'Product' | 'Location' | 'Reservation'): string | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  return decoded.startsWith(`${type}:`) ? decoded.slice(type.length + 1).toLowerCase() : null;
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
export interface RecordedLevel {
  productId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
  available: number;
}

const withLevels = z.object({ stockLevels: z.array(levelSchema) });

/** The levels an event says its change left behind; empty for events that carry none. */
export function levelsOf(event: EventRecord): RecordedLevel[] {
  const parsed = withLevels.safeParse(event.payload);
  if (!parsed.success) return [];
  return parsed.data.stockLevels.flatMap((level) => {
    const productId = rowIdOf(level.productId, 'Product');
    const locationId = rowIdOf(level.locationId, 'Location');
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
  const productId = rowIdOf(parsed.data.product.id, 'Product');
  if (!productId) return undefined;
  return { productId, reorderPoint: parsed.data.product.reorderPoint, available: parsed.data.available };
}
