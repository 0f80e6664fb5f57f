// The physical limit: a plain Node HTTP handler, no GraphQL, no ORM, one hand-written SQL
// statement per request through `pg`, answering scenarios 1, 2 and 3 (a product's and a location's
// stock as of a past moment) with the same JSON the GraphQL service returns, and doing the write
// mix's ledger effect (scenario 5) in one statement, so one transaction. Only the benchmark uses it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * `available` of the stock_level row `s`, as src/modules/stock/available.ts defines it: the stored
 * reserved figure while no hold it counts has expired, else the units of the holds still active.
 */
const AVAILABLE = `GREATEST(s.on_hand - CASE WHEN s.reserved_until IS NULL OR s.reserved_until > now() THEN s.stored_reserved
    ELSE (SELECT COALESCE(SUM(hl.quantity - hl.fulfilled - hl.released), 0)::int
            FROM reservation_line hl JOIN reservation h ON h.id = hl.reservation_id
           WHERE hl.product_id = s.product_id AND hl.location_id = s.location_id
             AND hl.fulfilled + hl.released < hl.quantity AND h.status = 'ACTIVE' AND h.expires_at > now()) END
    - s.committed - s.damaged - s.quality_control - s.safety_stock, 0)`;

/** Scenario 1: a catalogue page with totals and per-location levels, built as JSON in PostgreSQL. */
const CATALOGUE_PAGE = `
  WITH page AS (
    SELECT id, sku, name, price FROM product WHERE active ORDER BY sku, id LIMIT 50
  ), nodes AS (
    SELECT page.sku, page.id, json_build_object(
      'sku', page.sku, 'name', page.name, 'price', trim_scale(page.price)::text,
      'onHand', COALESCE((SELECT SUM(s.on_hand) FROM stock_level s WHERE s.product_id = page.id), 0),
      'stockLevels', COALESCE((
        SELECT json_agg(json_build_object('location', json_build_object('code', l.code),
                                          'onHand', s.on_hand, 'available', ${AVAILABLE})
                        ORDER BY s.location_id)
        FROM stock_level s JOIN location l ON l.id = s.location_id WHERE s.product_id = page.id), '[]'::json)
    ) AS node FROM page
  )
  SELECT json_build_object('data', json_build_object('products', json_build_object(
    'edges', COALESCE(json_agg(json_build_object('node', nodes.node) ORDER BY nodes.sku, nodes.id), '[]'::json)
  )))::text AS body
  FROM nodes`;

/**
 * Scenario 2: a product with its totals, its levels and its latest 20 movements (newest first, as
 * the movements connection orders them), occurredAt formatted as the DateTime scalar does.
 */
const PRODUCT_DETAIL = `
  SELECT json_build_object('data', json_build_object('product', (
    SELECT json_build_object(
      'sku', p.sku, 'name', p.name, 'price', trim_scale(p.price)::text,
      'onHand', COALESCE(totals.on_hand, 0), 'available', COALESCE(totals.available, 0),
      'stockLevels', COALESCE((
        SELECT json_agg(json_build_object('location', json_build_object('code', l.code), 'onHand', s.on_hand)
                        ORDER BY s.location_id)
        FROM stock_level s JOIN location l ON l.id = s.location_id WHERE s.product_id = p.id), '[]'::json),
      'movements', json_build_object('edges', COALESCE((
        SELECT json_agg(json_build_object('node', json_build_object(
                 'kind', m.kind, 'quantity', m.quantity,
                 'occurredAt', to_char(m.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'fromLocation', CASE WHEN m.from_location_id IS NULL THEN NULL ELSE json_build_object('code', f.code) END,
                 'toLocation', CASE WHEN m.to_location_id IS NULL THEN NULL ELSE json_build_object('code', t.code) END))
               ORDER BY m.occurred_at DESC, m.id DESC)
        FROM (SELECT id, kind, quantity, occurred_at, from_location_id, to_location_id FROM movement
               WHERE product_id = p.id ORDER BY occurred_at DESC, id DESC LIMIT 20) AS m
        LEFT JOIN location f ON f.id = m.from_location_id
        LEFT JOIN location t ON t.id = m.to_location_id), '[]'::json)))
    FROM product p
    LEFT JOIN LATERAL (SELECT SUM(s.on_hand) AS on_hand, SUM(${AVAILABLE}) AS available
                         FROM stock_level s WHERE s.product_id = p.id) AS totals ON true
    WHERE p.id = $1::uuid)))::text AS body`;

/**
 * Scenario 3: one product's stock at a past moment, as Stockroom sums it: the latest built monthly
 * checkpoint at or before it (stock_checkpoint) plus the ledger lines since, each location's lines
 * one range of the (product, location, occurred_at) index.
 */
const STOCK_AS_OF = `
  WITH mark AS (SELECT max(at) AS at FROM stock_checkpoint_month WHERE at <= $2::timestamptz)
  SELECT json_build_object('data', json_build_object('product', json_build_object('stockAsOf', json_build_object(
    'onHand', COALESCE(SUM(x.on_hand), 0),
    'levels', COALESCE(json_agg(json_build_object('location', json_build_object('code', l.code), 'onHand', x.on_hand)
                                ORDER BY x.location_id), '[]'::json)))))::text AS body
  FROM (
    SELECT location_id, coalesce(c.on_hand, 0) + coalesce(later.on_hand, 0) AS on_hand
    FROM (SELECT location_id, on_hand FROM stock_checkpoint
           WHERE at = (SELECT at FROM mark) AND product_id = $1::uuid) AS c
    FULL JOIN (
      SELECT place.id AS location_id, later.on_hand FROM location place
      CROSS JOIN LATERAL (
        SELECT SUM(delta)::int AS on_hand FROM movement_line
         WHERE product_id = $1::uuid AND location_id = place.id
           AND occurred_at >= coalesce((SELECT at FROM mark), '-infinity') AND occurred_at <= $2::timestamptz
        HAVING count(*) > 0 OFFSET 0) AS later
    ) AS later USING (location_id)
  ) AS x JOIN location l ON l.id = x.location_id
  WHERE x.on_hand <> 0`;

/** Scenario 3, a whole location: every product's stock there at a past moment, summed the same way. */
const LOCATION_STOCK_AS_OF = `
  WITH mark AS (SELECT max(at) AS at FROM stock_checkpoint_month WHERE at <= $2::timestamptz)
  SELECT json_build_object('data', json_build_object('location', json_build_object('stockAsOf', json_build_object(
    'onHand', COALESCE(SUM(x.on_hand), 0),
    'levels', COALESCE(json_agg(json_build_object('product', json_build_object('sku', p.sku), 'onHand', x.on_hand)
                                ORDER BY x.product_id), '[]'::json)))))::text AS body
  FROM (
    SELECT product_id, coalesce(c.on_hand, 0) + coalesce(later.on_hand, 0) AS on_hand
    FROM (SELECT product_id, on_hand FROM stock_checkpoint
           WHERE at = (SELECT at FROM mark) AND location_id = $1::uuid) AS c
    FULL JOIN (
      SELECT product_id, SUM(delta)::int AS on_hand FROM movement_line
       WHERE location_id = $1::uuid AND occurred_at >= coalesce((SELECT at FROM mark), '-infinity')
         AND occurred_at <= $2::timestamptz
       GROUP BY product_id
    ) AS later USING (product_id)
  ) AS x JOIN product p ON p.id = x.product_id
  WHERE x.on_hand <> 0`;

/**
 * Scenario 5: one write of the mix in one statement. It claims the idempotency key, locks the
 * product's levels at both locations (FOR UPDATE, in location order, as the ledger does), takes
 * units only when the source level has them available (the same oversell guarantee: a writer that
 * waited for the lock reads the level as the previous writer left it), then records the movement,
 * its lines, and the levels. What Stockroom adds beyond this (events, the cost fold, the stored
 * result of the key) is the price of its features, not of the ledger's effect.
 * $1 key, $2 kind, $3 reason, $4 product, $5 from location, $6 to location, $7 quantity, $8 unit cost.
 */
const LEDGER_WRITE = `
  WITH claim AS (
    INSERT INTO idempotency_record (key, operation, request_hash) VALUES ($1, 'baseline.write', $1)
    ON CONFLICT (key) DO NOTHING RETURNING key
  ), locked AS (
    SELECT s.location_id, ${AVAILABLE} AS available FROM stock_level s
     WHERE s.product_id = $4::uuid AND s.location_id IN ($5::uuid, $6::uuid)
     ORDER BY s.location_id FOR UPDATE
  ), allowed AS (
    SELECT EXISTS (SELECT 1 FROM claim)
       AND ($5::uuid IS NULL OR COALESCE((SELECT available FROM locked WHERE location_id = $5::uuid), 0) >= $7::int) AS ok
  ), moved AS (
    INSERT INTO movement (kind, product_id, from_location_id, to_location_id, quantity, unit_cost, reason,
                          occurred_at, idempotency_key)
    SELECT $2::"MovementKind", $4::uuid, $5::uuid, $6::uuid, $7::int, $8::numeric, $3::"MovementReason", now(), $1
      FROM allowed WHERE ok
    RETURNING id, product_id, from_location_id, to_location_id, quantity, occurred_at
  ), lines AS (
    SELECT moved.id, moved.product_id, line.location_id, line.delta, moved.occurred_at
      FROM moved CROSS JOIN LATERAL (VALUES (moved.from_location_id, -moved.quantity),
                                            (moved.to_location_id, moved.quantity)) AS line (location_id, delta)
     WHERE line.location_id IS NOT NULL
  ), recorded_lines AS (
    INSERT INTO movement_line (movement_id, product_id, location_id, delta, occurred_at)
    SELECT id, product_id, location_id, delta, occurred_at FROM lines
  ), taken AS (
    -- Outbound lines update their locked level. Inbound ones may open a level: an upsert, which
    -- only they can use (a row's CHECK holds before ON CONFLICT is considered).
    UPDATE stock_level s SET on_hand = s.on_hand + lines.delta, updated_at = lines.occurred_at
      FROM lines WHERE lines.delta < 0 AND s.product_id = lines.product_id AND s.location_id = lines.location_id
  ), added AS (
    INSERT INTO stock_level (product_id, location_id, on_hand, updated_at)
    SELECT product_id, location_id, delta, occurred_at FROM lines WHERE delta > 0
    ON CONFLICT (product_id, location_id)
    DO UPDATE SET on_hand = stock_level.on_hand + EXCLUDED.on_hand, updated_at = EXCLUDED.updated_at
  )
  SELECT json_build_object('data', json_build_object('write', json_build_object(
    'movement', (SELECT json_build_object('id', id::text) FROM moved),
    'userErrors', CASE WHEN (SELECT ok FROM allowed) THEN '[]'::json
                       ELSE '[{"code":"INSUFFICIENT_STOCK"}]'::json END)))::text AS body`;

/** A write of the mix as the bench sends it to /write. */
interface WriteInput {
  kind: 'receive' | 'ship' | 'transfer' | 'adjust';
  productId: string;
  locationId: string;
  toLocationId?: string;
  quantity: number;
  idempotencyKey: string;
}

/** The parameters of LEDGER_WRITE for one write: which kind, reason and direction. */
function writeParameters(input: WriteInput) {
  const { productId, locationId, quantity, idempotencyKey } = input;
  switch (input.kind) {
    case 'receive':
      return [idempotencyKey, 'RECEIPT', 'RECEIVED', productId, null, locationId, quantity, '3.20'];
    case 'ship':
      return [idempotencyKey, 'SHIPMENT', 'SOLD', productId, locationId, null, quantity, null];
    case 'transfer':
      return [idempotencyKey, 'TRANSFER', 'TRANSFER', productId, locationId, input.toLocationId, quantity, null];
    default: {
      // An adjustment's quantity is its signed delta: below zero the units leave.
      const [from, to] = quantity < 0 ? [locationId, null] : [null, locationId];
      return [idempotencyKey, 'ADJUSTMENT', 'CORRECTION', productId, from, to, Math.abs(quantity), null];
    }
  }
}

async function main() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', async () => {
      try {
        const input = JSON.parse(raw || '{}') as { productId?: string; locationId?: string; at?: string };
        const { rows } =
          req.url === '/catalogue'
            ? await pool.query<{ body: string }>(CATALOGUE_PAGE)
            : req.url === '/product-detail'
              ? await pool.query<{ body: string }>(PRODUCT_DETAIL, [input.productId])
              : req.url === '/write'
                ? await pool.query<{ body: string }>(LEDGER_WRITE, writeParameters(input as WriteInput))
                : req.url === '/location-stock-as-of'
                  ? await pool.query<{ body: string }>(LOCATION_STOCK_AS_OF, [input.locationId, input.at])
                  : await pool.query<{ body: string }>(STOCK_AS_OF, [input.productId, input.at]);
        res.writeHead(200, { 'content-type': 'application/json' }).end(rows[0]!.body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  server.listen(0, '127.0.0.1', () =>
    process.stdout.write(`baseline listening ${(server.address() as AddressInfo).port}\n`),
  );
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

void main();
