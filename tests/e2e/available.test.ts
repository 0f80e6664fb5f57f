// `available` has one definition (src/modules/stock/available.ts), written in TypeScript and in
// SQL. Until reservations exist every level's reserved is 0, where any formula that ignores it
// looks right; so these levels get reserved units written straight into the projection, and every
// reader must answer what the TypeScript definition says:
// the SQL beside it, StockLevel and Product, the ledger's refusals, lowStock, days of cover and the
// stock-level export.
import { parse } from 'csv-parse/sync';
import {
  LowStockDocument,
  ProductDaysOfCoverDocument,
  ProductStockDocument,
  ShipStockDocument,
} from '../generated/graphql';
import { available, availableSql } from '../../src/modules/stock';
import { coverOf } from '../../src/modules/reports/low-stock';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Sets a level's reserved units directly: no operation reserves stock yet. */
async function reserve(productId: string, locationId: string, reserved: number) {
  await server.database.prisma.stockLevel.update({
    where: { productId_locationId: { productId: rowIdOf(productId), locationId: rowIdOf(locationId) } },
    data: { reserved },
  });
}

describe('available, by its one definition', () => {
  let product: { id: string; sku: string };
  let north: { id: string; code: string };
  let south: { id: string; code: string };
  /** What the definition says of each level, and of the product (the sum of its levels). */
  const expected = { north: 0, south: 0, product: 0 };

  beforeAll(async () => {
    // Given 10 units at North (2 shipped since) and 5 at South, 3 of North's and 4 of South's reserved
    product = await givenProduct(server, { reorderPoint: 20 });
    north = await givenLocation(server);
    south = await givenLocation(server);
    await givenMovement(server, 'receive', { productId: product.id, locationId: north.id, quantity: 10 });
    await givenMovement(server, 'receive', { productId: product.id, locationId: south.id, quantity: 5 });
    await givenMovement(server, 'ship', { productId: product.id, locationId: north.id, quantity: 2 });
    await reserve(product.id, north.id, 3);
    await reserve(product.id, south.id, 4);
    expected.north = available({ onHand: 8, reserved: 3 });
    expected.south = available({ onHand: 5, reserved: 4 });
    expected.product = expected.north + expected.south;
  });

  it('is the same in SQL as in TypeScript, level by level', async () => {
    const rows = await server.database.prisma.$queryRaw<Array<{ onHand: number; reserved: number; sql: number }>>`
      SELECT s.on_hand AS "onHand", s.reserved, ${availableSql('s')}::int AS sql
      FROM stock_level s WHERE s.product_id = ${rowIdOf(product.id)}::uuid`;
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.sql).toBe(available(row));
    expect(() => availableSql('s; DROP TABLE stock_level')).toThrow(/table alias/);
  });

  it('is what StockLevel.available and Product.available answer', async () => {
    const { product: read } = await server.query(ProductStockDocument, { id: product.id });
    expect(read?.available).toBe(expected.product);
    const byCode = new Map(read?.stockLevels.map((level) => [level.location.code, level.available]));
    expect(Object.fromEntries(byCode)).toEqual({ [north.code]: expected.north, [south.code]: expected.south });
  });

  it('is what lowStock reports, company-wide and at one location', async () => {
    const companyWide = await server.query(LowStockDocument, {});
    const item = companyWide.lowStock.nodes.find((node) => node.product.sku === product.sku);
    expect(item?.available).toBe(expected.product);
    const atNorth = await server.query(LowStockDocument, { locationId: north.id });
    expect(atNorth.lowStock.nodes.find((node) => node.product.sku === product.sku)?.available).toBe(expected.north);
  });

  it('is what days of cover divide by', async () => {
    const { product: read } = await server.query(ProductDaysOfCoverDocument, {
      id: product.id,
      windowDays: 30,
      locationId: north.id,
    });
    expect(read?.daysOfCover).toBeCloseTo(coverOf(expected.north, 2, 30)!, 10);
  });

  it('is the stock-level export column', async () => {
    const response = await server.fetch(`/exports/stock-levels.csv?productId=${product.id}`, {
      headers: server.adminHeaders,
    });
    expect(response.status).toBe(200);
    const records = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    expect(Object.fromEntries(records.map((record) => [record.locationCode, Number(record.available)]))).toEqual({
      [north.code]: expected.north,
      [south.code]: expected.south,
    });
  });

  it('is what the ledger lets leave a location, and what it reports after a write', async () => {
    // When one more than North has available is shipped, and then exactly what it has
    const tooMany = await server.query(ShipStockDocument, {
      input: { productId: product.id, locationId: north.id, quantity: expected.north + 1 },
    });
    const enough = await server.query(ShipStockDocument, {
      input: { productId: product.id, locationId: north.id, quantity: expected.north },
    });

    // Then the first is refused with what is available, and the second leaves none available
    expect(tooMany.shipStock.userErrors).toEqual([
      {
        code: 'INSUFFICIENT_STOCK',
        field: ['quantity'],
        message: `Requested ${expected.north + 1} but only ${expected.north} available at the location.`,
      },
    ]);
    expect(enough.shipStock.stockLevels).toEqual([
      expect.objectContaining({
        onHand: 8 - expected.north,
        reserved: 3,
        available: available({ onHand: 3, reserved: 3 }),
      }),
    ]);
    const atSouth = await server.query(ShipStockDocument, {
      input: { productId: product.id, locationId: south.id, quantity: expected.south + 1 },
    });
    expect(atSouth.shipStock.userErrors[0]?.message).toBe(
      `Requested ${expected.south + 1} but only ${expected.south} available at the location.`,
    );
  });
});
