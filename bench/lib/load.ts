// Bulk loading into Stockroom's schema: COPY for generated rows, set-based SQL for what derives from them.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SingleBar } from 'cli-progress';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword } from '../../src/modules/auth/passwords';
import type { Catalog } from './catalog';
import { COPY_COLUMNS, type LedgerSimulation, type PriceChange } from './simulation';

export const BENCH_ADMIN = { email: 'bench@stockroom.local', password: 'bench-password-123' } as const;

const ROWS_PER_CHUNK = 5_000;

/** Streams COPY text into `statement` (a COPY ... FROM STDIN), waiting whenever the server falls behind. */
export async function copyRows(client: Client, statement: string, chunks: Iterable<string>): Promise<number> {
  const target = client.query(copyFrom(statement));
  // A small read-ahead: each chunk is already megabytes, and memory must stay flat at any size.
  await pipeline(Readable.from(chunks, { highWaterMark: 2 }), target);
  return target.rowCount;
}

/** Locations, then products; returns the number of rows loaded. */
export async function loadCatalog(client: Client, catalog: Catalog): Promise<number> {
  const locations = await copyRows(
    client,
    'COPY location (id, code, name, address, kind, created_at, updated_at) FROM STDIN',
    [
      catalog.locations
        .map((location) => {
          const opened = location.createdAt.toISOString();
          return fields(location.id, location.code, location.name, location.address, location.kind, opened, opened);
        })
        .join(''),
    ],
  );
  const products = await copyRows(
    client,
    'COPY product (id, sku, name, description, category, unit, price, reorder_point, reorder_quantity, ' +
      'created_at, updated_at) FROM STDIN',
    productChunks(catalog),
  );
  return locations + products;
}

function* productChunks(catalog: Catalog): Generator<string> {
  for (let start = 0; start < catalog.products.length; start += ROWS_PER_CHUNK) {
    yield catalog.products
      .slice(start, start + ROWS_PER_CHUNK)
      .map((product) => {
        const created = product.createdAt.toISOString();
        return fields(
          product.id,
          product.sku,
          product.name,
          product.description,
          product.category,
          product.unit,
          product.price.toFixed(2),
          String(product.reorderPoint),
          String(product.reorderQuantity),
          created,
          created,
        );
      })
      .join('');
  }
}

/** The simulated ledger, streamed day by day: memory stays flat however many movements there are. */
export async function loadMovements(
  client: Client,
  simulation: LedgerSimulation,
  progress: SingleBar,
): Promise<number> {
  function* chunks(): Generator<string> {
    for (const chunk of simulation.chunks()) {
      progress.update(simulation.emitted);
      yield chunk;
    }
  }
  return copyRows(client, `COPY movement (${COPY_COLUMNS}) FROM STDIN`, chunks());
}

/**
 * Drops the foreign keys and non-unique indexes on `tables` and returns the statements that restore
 * them exactly (from pg_get_constraintdef / pg_get_indexdef): bulk loads and one index build per
 * index are far cheaper than maintaining them row by row.
 */
export async function dropSecondaryStructures(client: Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ drop: string; restore: string }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS restore
       FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY ($1::regclass[])
     UNION ALL
     SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
       FROM pg_index
      WHERE indrelid = ANY ($1::regclass[]) AND NOT indisunique`,
    [tables],
  );
  for (const row of rows) await client.query(row.drop);
  return rows.map((row) => row.restore);
}

export async function runStatements(client: Client, statements: string[]): Promise<void> {
  for (const statement of statements) await client.query(statement);
}

/** The per-location lines of every movement: -quantity where it leaves, +quantity where it arrives. */
export async function deriveLines(client: Client): Promise<number> {
  const result = await client.query(
    `INSERT INTO movement_line (movement_id, product_id, location_id, delta, occurred_at)
     SELECT movement.id, movement.product_id, line.location_id, line.delta, movement.occurred_at
       FROM movement
      CROSS JOIN LATERAL (VALUES (movement.from_location_id, -movement.quantity),
                                 (movement.to_location_id, movement.quantity)) AS line (location_id, delta)
      WHERE line.location_id IS NOT NULL`,
  );
  return result.rowCount ?? 0;
}

/**
 * The projection, as the ledger defines it: on hand is the sum of the lines. The generated ledger
 * has no holds and every line in the AVAILABLE state, so the other figures keep their default 0.
 */
export async function fillStockLevels(client: Client): Promise<number> {
  const result = await client.query(
    `INSERT INTO stock_level (product_id, location_id, on_hand, updated_at)
     SELECT product_id, location_id, SUM(delta), MAX(occurred_at)
       FROM movement_line
      GROUP BY product_id, location_id`,
  );
  return result.rowCount ?? 0;
}

/**
 * The cost ledger, folded product by product by the same SQL function the ledger calls for each
 * write; run after the indexes are back, since the fold reads each product's movements in order.
 */
export async function foldCosts(client: Client): Promise<number> {
  await client.query(`SELECT refresh_movement_cost(id, '-infinity', 0) FROM product ORDER BY id`);
  const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM movement_cost');
  return Number(rows[0]!.count);
}

/**
 * The monthly checkpoints of the levels (stock_checkpoint), built by the same SQL function the
 * server's sweep calls, one month per statement, oldest first, each from the month before: the
 * loader bypasses the ledger, so nothing else would build them before the benchmark reads history.
 * Returns the number of checkpoint rows.
 */
export async function buildCheckpoints(client: Client): Promise<number> {
  for (;;) {
    const { rows } = await client.query<{ at: Date | null }>('SELECT build_stock_checkpoint() AS at');
    if (!rows[0]?.at) break;
  }
  const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM stock_checkpoint');
  return Number(rows[0]!.count);
}

/** Prices at the end of the history, and the sequence past the explicit ids so new movements follow on. */
export async function finishCatalog(client: Client, movements: number, changes: PriceChange[]): Promise<void> {
  await client.query(`SELECT setval(pg_get_serial_sequence('movement', 'id'), $1)`, [movements]);
  await client.query(
    `UPDATE product
        SET price = changed.price, updated_at = changed.changed_at
       FROM unnest($1::uuid[], $2::numeric[], $3::timestamptz[]) AS changed (id, price, changed_at)
      WHERE product.id = changed.id`,
    [
      changes.map((change) => change.id),
      changes.map((change) => change.price),
      changes.map((change) => change.changedAt),
    ],
  );
}

/** The ADMIN the benchmark signs in as; sessions valid from the epoch so any token it is issued works. */
export async function createBenchAdmin(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO app_user (email, name, role, password_hash, sessions_valid_from, updated_at)
     VALUES ($1, 'Benchmark runner', 'ADMIN', $2, '1970-01-01T00:00:00Z', now())`,
    [BENCH_ADMIN.email, await hashPassword(BENCH_ADMIN.password)],
  );
}

function fields(...values: string[]): string {
  return `${values.map(escapeCopy).join('\t')}\n`;
}

// COPY's text format gives backslash, tab and newlines a meaning inside a field.
function escapeCopy(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) => ESCAPES[character]!);
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
