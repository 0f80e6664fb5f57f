// The physical limit: a plain Node HTTP handler, no GraphQL, no ORM, one hand-written SQL
// statement per request through `pg`, answering scenarios 1 and 3 with the same JSON the GraphQL
// service returns. Only the benchmark uses it.
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

/** Scenario 3: one product's stock at a past moment, summed from the ledger lines. */
const STOCK_AS_OF = `
  SELECT json_build_object('data', json_build_object('product', json_build_object('stockAsOf', json_build_object(
    'onHand', COALESCE(SUM(x.on_hand), 0),
    'levels', COALESCE(json_agg(json_build_object('location', json_build_object('code', l.code), 'onHand', x.on_hand)
                                ORDER BY x.location_id), '[]'::json)))))::text AS body
  FROM (
    SELECT location_id, SUM(delta)::int AS on_hand FROM movement_line
    WHERE product_id = $1::uuid AND occurred_at <= $2::timestamptz
    GROUP BY location_id HAVING SUM(delta) <> 0
  ) AS x JOIN location l ON l.id = x.location_id`;

async function main() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', async () => {
      try {
        const input = JSON.parse(raw || '{}') as { productId?: string; at?: string };
        const { rows } =
          req.url === '/catalogue'
            ? await pool.query<{ body: string }>(CATALOGUE_PAGE)
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
