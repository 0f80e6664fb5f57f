// `available` has one definition (src/modules/stock/available.ts), written in TypeScript and in
// SQL: on hand less reserved, committed, damaged, quality-control units and safety stock, never
// below 0. Where every figure but on hand is 0, any formula that ignores one of them looks right;
// so these levels get every state, built through the API as a client would (an active hold, a
// committed order, damaged and quality-control units, safety stock, and a hold that has expired
// since its level was last written, which only the clock takes out of `reserved`), and every
// reader must answer what the TypeScript definition says of them: the SQL beside it, StockLevel
// and Product, the ledger's refusals, lowStock, days of cover and the stock-level export.
import { parse } from 'csv-parse/sync';
import {
  ChangeStockStateDocument,
  CommitReservationDocument,
  LowStockDocument,
  ProductDaysOfCoverDocument,
  ProductStockStatesDocument,
  ReserveStockDocument,
  SetSafetyStockDocument,
  ShipStockDocument,
  type ReserveStockInput,
} from '../generated/graphql';
import { available, availableSql, levelColumns, type AvailabilityFigures } from '../../src/modules/stock';
import { coverOf } from '../../src/modules/reports/low-stock';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Holds units through reserveStock; a refusal fails the test's given steps. */
async function givenReservation(input: ReserveStockInput) {
  const { reserveStock } = await server.query(ReserveStockDocument, { input });
  if (!reserveStock.reservation) throw new Error(`reserveStock refused: ${JSON.stringify(reserveStock.userErrors)}`);
  return reserveStock.reservation;
}

/** Waits, by polling the clocks, until `moment` has passed for this process and for PostgreSQL. */
async function waitUntilPassed(moment: string) {
  const at = new Date(moment);
  for (;;) {
    const [row] = await server.database.prisma.$queryRaw<Array<{ passed: boolean }>>`SELECT now() > ${at} AS passed`;
    if (Date.now() > at.getTime() && row?.passed) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('available, by its one definition', () => {
  let product: { id: string; sku: string };
  let north: { id: string; code: string };
  let south: { id: string; code: string };
  /** Every figure of each level, as the given steps built them. */
  const figures: { north: AvailabilityFigures; south: AvailabilityFigures } = {
    north: { onHand: 8, reserved: 2, committed: 1, damaged: 1, qualityControl: 0, safetyStock: 1 },
    south: { onHand: 12, reserved: 1, committed: 2, damaged: 0, qualityControl: 1, safetyStock: 3 },
  };
  /** What the definition says of each level, and of the product (the sum of its levels). */
  const expected = { north: 0, south: 0, product: 0 };

  beforeAll(async () => {
    // Given 10 units received at North (2 shipped since) and 12 at South
    product = await givenProduct(server, { reorderPoint: 20 });
    north = await givenLocation(server);
    south = await givenLocation(server);
    const at = (location: { id: string }) => ({ productId: product.id, locationId: location.id });
    await givenMovement(server, 'receive', { ...at(north), quantity: 10 });
    await givenMovement(server, 'receive', { ...at(south), quantity: 12 });
    await givenMovement(server, 'ship', { ...at(north), quantity: 2 });
    // And a cart holding 2 at North and 1 at South, and an order committed for 1 at North and 2 at South
    await givenReservation({
      lines: [
        { ...at(north), quantity: 2 },
        { ...at(south), quantity: 1 },
      ],
      ttlSeconds: 3600,
      reference: 'cart',
    });
    const order = await givenReservation({
      lines: [
        { ...at(north), quantity: 1 },
        { ...at(south), quantity: 2 },
      ],
      reference: 'order',
    });
    const { commitReservation } = await server.query(CommitReservationDocument, {
      input: { reservationId: order.id },
    });
    expect(commitReservation.userErrors).toEqual([]);
    // And 1 unit damaged at North, 1 in quality control at South
    for (const [location, to] of [
      [north, 'DAMAGED'],
      [south, 'QUALITY_CONTROL'],
    ] as const) {
      const { changeStockState } = await server.query(ChangeStockStateDocument, {
        input: { ...at(location), quantity: 1, from: 'AVAILABLE', to },
      });
      expect(changeStockState.userErrors).toEqual([]);
    }
    // And a safety stock of 1 at North and 3 at South
    for (const [location, quantity] of [
      [north, 1],
      [south, 3],
    ] as const) {
      const { setSafetyStock } = await server.query(SetSafetyStockDocument, { input: { ...at(location), quantity } });
      expect(setSafetyStock.userErrors).toEqual([]);
    }
    // And, last written at South, a hold of 2 there that has expired since: nothing tidied it
    const lapsed = await givenReservation({ lines: [{ ...at(south), quantity: 2 }], ttlSeconds: 1 });
    await waitUntilPassed(lapsed.expiresAt!);

    expected.north = available(figures.north);
    expected.south = available(figures.south);
    expected.product = expected.north + expected.south;
    // (3 and 5: every figure counts, so a reader that drops any one of them answers more)
    expect(expected).toEqual({ north: 3, south: 5, product: 8 });
  });

  it('is the same in SQL as in TypeScript, level by level, including a stored hold that has expired', async () => {
    const rows = await server.database.prisma.$queryRaw<
      Array<AvailabilityFigures & { locationId: string; storedReserved: number; sql: number }>
    >`
      SELECT ${levelColumns('s')}, s.stored_reserved AS "storedReserved", ${availableSql('s')}::int AS sql
      FROM stock_level s WHERE s.product_id = ${rowIdOf(product.id)}::uuid`;
    expect(rows).toHaveLength(2);
    const byLocation = new Map(rows.map((row) => [row.locationId, row]));
    const atNorth = byLocation.get(rowIdOf(north.id))!;
    const atSouth = byLocation.get(rowIdOf(south.id))!;
    expect(atNorth).toMatchObject(figures.north);
    expect(atSouth).toMatchObject(figures.south);
    // South's stored figure still counts the lapsed hold; levelColumns must not
    expect(atSouth.storedReserved).toBe(figures.south.reserved + 2);
    for (const row of rows) expect(row.sql).toBe(available(row));
    expect(atNorth.sql).toBe(expected.north);
    expect(atSouth.sql).toBe(expected.south);
    expect(() => availableSql('s; DROP TABLE stock_level')).toThrow(/table alias/);
    expect(() => levelColumns('s; DROP TABLE stock_level')).toThrow(/table alias/);
  });

  it('is what StockLevel.available and Product.available answer, beside every figure it is made from', async () => {
    const { product: read } = await server.query(ProductStockStatesDocument, { id: product.id });
    expect(read).toMatchObject({
      onHand: 20,
      reserved: 3,
      committed: 3,
      damaged: 1,
      qualityControl: 1,
      safetyStock: 4,
      available: expected.product,
    });
    const byCode = new Map(read?.stockLevels.map((level) => [level.location.code, level]));
    expect(byCode.get(north.code)).toMatchObject({ ...figures.north, available: expected.north });
    expect(byCode.get(south.code)).toMatchObject({ ...figures.south, available: expected.south });
  });

  it('is what lowStock reports, company-wide and at one location', async () => {
    const companyWide = await server.query(LowStockDocument, {});
    const item = companyWide.lowStock.nodes.find((node) => node.product.sku === product.sku);
    expect(item?.available).toBe(expected.product);
    const atNorth = await server.query(LowStockDocument, { locationId: north.id });
    expect(atNorth.lowStock.nodes.find((node) => node.product.sku === product.sku)?.available).toBe(expected.north);
    const atSouth = await server.query(LowStockDocument, { locationId: south.id });
    expect(atSouth.lowStock.nodes.find((node) => node.product.sku === product.sku)?.available).toBe(expected.south);
  });

  it('is what days of cover divide by', async () => {
    const { product: read } = await server.query(ProductDaysOfCoverDocument, {
      id: product.id,
      windowDays: 30,
      locationId: north.id,
    });
    expect(read?.daysOfCover).toBeCloseTo(coverOf(expected.north, 2, 30)!, 10);
  });

  it('is the stock-level export column, beside every figure it is made from', async () => {
    const response = await server.fetch(`/exports/stock-levels.csv?productId=${product.id}`, {
      headers: server.adminHeaders,
    });
    expect(response.status).toBe(200);
    const records = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    const numbers = (record: Record<string, string>) => ({
      onHand: Number(record.onHand),
      reserved: Number(record.reserved),
      committed: Number(record.committed),
      damaged: Number(record.damaged),
      qualityControl: Number(record.qualityControl),
      safetyStock: Number(record.safetyStock),
      available: Number(record.available),
    });
    expect(Object.fromEntries(records.map((record) => [record.locationCode, numbers(record)]))).toEqual({
      [north.code]: { ...figures.north, available: expected.north },
      [south.code]: { ...figures.south, available: expected.south },
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
    const after = { ...figures.north, onHand: figures.north.onHand - expected.north };
    expect(enough.shipStock.userErrors).toEqual([]);
    expect(enough.shipStock.stockLevels).toEqual([expect.objectContaining({ ...after, available: available(after) })]);
    expect(available(after)).toBe(0);

    // And at South, whose stored hold has lapsed, the refusal names what the definition says
    const atSouth = await server.query(ShipStockDocument, {
      input: { productId: product.id, locationId: south.id, quantity: expected.south + 1 },
    });
    expect(atSouth.shipStock.userErrors[0]?.message).toBe(
      `Requested ${expected.south + 1} but only ${expected.south} available at the location.`,
    );
    const southExactly = await server.query(ShipStockDocument, {
      input: { productId: product.id, locationId: south.id, quantity: expected.south },
    });
    expect(southExactly.shipStock.userErrors).toEqual([]);
    expect(southExactly.shipStock.stockLevels).toEqual([
      expect.objectContaining({ ...figures.south, onHand: figures.south.onHand - expected.south, available: 0 }),
    ]);
  });
});
