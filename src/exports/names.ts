// What report rows name by id: SKUs and product names, location codes and names, one query each.
import type pg from 'pg';

export interface Named {
  /** The SKU or the location code. */
  code: string;
  name: string;
}

export async function productNames(pool: pg.Pool, ids: ReadonlyArray<string | null>): Promise<Map<string, Named>> {
  return named(pool, 'SELECT id, sku AS code, name FROM product WHERE id = ANY($1::uuid[])', ids);
}

export async function locationNames(pool: pg.Pool, ids: ReadonlyArray<string | null>): Promise<Map<string, Named>> {
  return named(pool, 'SELECT id, code, name FROM location WHERE id = ANY($1::uuid[])', ids);
}

async function named(pool: pg.Pool, sql: string, ids: ReadonlyArray<string | null>): Promise<Map<string, Named>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const { rows } = await pool.query<Named & { id: string }>(sql, [wanted]);
  return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
}
