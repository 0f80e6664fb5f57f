// The valuation now by product (#14) is read from product_cost alone and joins only the rows that can
// be on the page to their products. Every page must hold the rows, in the order, and with the
// figures of the whole catalogue valued and sorted by value then SKU, ties across page ends included.
import { Client } from 'pg';
import { InventoryValuationDocument } from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let db: Client;
beforeAll(async () => {
  server = await startTestServer();
  db = new Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await server.close();
});

/** Every product's row, valued and sorted straight from the cost ledger's last rows, in SQL. */
async function everyRow() {
  const { rows } = await db.query<{ key: string; quantity: number; averageCost: string; value: string }>(
    `SELECT p.sku::text AS key, pc.quantity, round(coalesce(pc.average_cost, 0), 4)::text AS "averageCost",
            round(pc.quantity * coalesce(pc.average_cost, 0), 4)::text AS value
     FROM product_cost pc JOIN product p ON p.id = pc.product_id
     WHERE pc.quantity > 0
     ORDER BY round(pc.quantity * coalesce(pc.average_cost, 0), 4) DESC, p.sku::text`,
  );
  return rows;
}

it('pages the valuation now by product exactly as the whole catalogue sorted by value, then SKU', async () => {
  // Given products of equal value (ties across page ends, SKUs differing in case), others above and
  // below them, one sold out and one never costed
  const location = (await givenLocation(server)).id;
  const tag = `${process.pid}`;
  const stocked = async (sku: string, quantity: number, unitCost: string) => {
    const product = await givenProduct(server, { sku: `${sku}-${tag}` });
    await givenMovement(server, 'receive', { productId: product.id, locationId: location, quantity, unitCost });
    return product.id;
  };
  for (const sku of ['tie-b', 'TIE-A', 'tie-c', 'Tie-d', 'tie-a2']) await stocked(sku, 10, '1.5');
  await stocked('top', 3, '100.1234');
  // an average of 11/7, which the money places round
  const sevenths = await stocked('sevenths', 3, '1');
  await givenMovement(server, 'receive', { productId: sevenths, locationId: location, quantity: 4, unitCost: '2' });
  await stocked('low', 1, '0.0001');
  const soldOut = await stocked('sold-out', 2, '5');
  await givenMovement(server, 'ship', { productId: soldOut, locationId: location, quantity: 2 });
  await givenMovement(server, 'adjust', {
    productId: (await givenProduct(server, { sku: `uncosted-${tag}` })).id,
    locationId: location,
    delta: 4,
  });
  const expected = await everyRow();
  expect(expected.length).toBe(9);

  // When the valuation is read in pages of every size
  for (const first of [1, 2, 3, 4, 9, 10]) {
    const nodes = [];
    let after: string | null | undefined;
    let totals: unknown;
    for (;;) {
      const { inventoryValuation } = await server.query(InventoryValuationDocument, {
        groupBy: 'PRODUCT',
        first,
        after,
      });
      nodes.push(...inventoryValuation.nodes);
      totals = [inventoryValuation.totalCount, inventoryValuation.totalQuantity, inventoryValuation.totalValue];
      if (!inventoryValuation.pageInfo.hasNextPage) break;
      after = inventoryValuation.pageInfo.endCursor;
    }
    // Then the pages together are the catalogue's rows in order, and the totals are over all of them
    const figures = (row: { key: string; quantity: number; averageCost: unknown; value: unknown }) => ({
      key: row.key,
      quantity: row.quantity,
      averageCost: Number(row.averageCost),
      value: Number(row.value),
    });
    expect(nodes.map(figures)).toEqual(expected.map(figures));
    expect(nodes.every((node) => node.product?.sku === node.key && node.location === null)).toBe(true);
    const totalValue = expected.reduce((sum, row) => sum + Math.round(Number(row.value) * 10_000), 0) / 10_000;
    expect([(totals as number[])[0], (totals as number[])[1], Number((totals as string[])[2])]).toEqual([
      9,
      expected.reduce((sum, row) => sum + row.quantity, 0),
      totalValue,
    ]);
  }
});
