// `incoming`: units on their way to a location (shipped transfers in transit to it, open
// purchase-order remainders), by expected day. Read only when a client selects it.
import type { PrismaClient } from '../../generated/prisma/client';
import { incomingRows } from './store';

/** Units expected on one day (null: the document gives no date). */
export interface IncomingQuantity {
  expectedOn: Date | null;
  quantity: number;
}

/** A loader key: "<productId>/<locationId>" for a level, "<productId>/" for a product everywhere. */
export const incomingKey = (productId: string, locationId: string | null) => `${productId}/${locationId ?? ''}`;

export class IncomingQueries {
  constructor(private readonly prisma: PrismaClient) {}

  /** The schedule of each key (see incomingKey), earliest day first, undated last; one statement for all. */
  async schedules(keys: readonly string[]): Promise<IncomingQuantity[][]> {
    const asked = keys.map((key) => {
      const [productId, locationId] = key.split('/') as [string, string];
      return { productId, locationId: locationId || null };
    });
    const rows = await incomingRows(this.prisma, asked);
    const byKey = new Map<string, IncomingQuantity[]>();
    for (const row of rows) {
      const key = incomingKey(row.product_id, row.location_id || null);
      const list = byKey.get(key) ?? [];
      list.push({ expectedOn: row.expected_on, quantity: row.quantity });
      byKey.set(key, list);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  }
}

/** The total of a schedule. */
export function totalOf(schedule: IncomingQuantity[]): number {
  return schedule.reduce((sum, entry) => sum + entry.quantity, 0);
}
