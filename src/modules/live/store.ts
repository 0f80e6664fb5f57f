// The live module's SQL: the one figure of products that subscriptions read beside the feed.
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';

const reorderRow = z.object({ id: z.string(), reorderPoint: z.number().int() });

/** Each product's reorder point now, by product id (products not found are left out). */
export async function reorderPoints(db: PrismaClient, productIds: readonly string[]): Promise<Map<string, number>> {
  if (productIds.length === 0) return new Map();
  const rows = await db.$queryRaw<unknown[]>`/* reorderPoints */
    SELECT id::text AS id, reorder_point AS "reorderPoint" FROM product WHERE id = ANY (${[...productIds]}::uuid[])`;
  return new Map(rows.map((row) => reorderRow.parse(row)).map((row) => [row.id, row.reorderPoint]));
}
