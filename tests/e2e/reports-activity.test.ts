// The activity reports of #6 against small, hand-computed ledgers: low stock with reorder
// suggestions, days of cover, movement summaries in local-time buckets, and similar products.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import {
  ArchiveProductDocument,
  CatalogueDaysOfCoverDocument,
  CatalogueSimilarDocument,
  LowStockDocument,
  MovementSummaryDocument,
  ProductDaysOfCoverDocument,
  SimilarProductsDocument,
  type MovementSummaryQueryVariables,
  type SimilarProductsQuery,
  ReserveStockDocument,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const UNKNOWN_LOCATION = globalId('Location', '00000000-0000-4000-8000-000000000000');
const UNKNOWN_PRODUCT = globalId('Product', '00000000-0000-4000-8000-000000000000');
let tag = 0;
/** A category (or SKU prefix) no other test uses, so each test reads only its own products. */
const unique = (prefix: string) => `${prefix}-${process.pid}-${++tag}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The error codes of a request that is expected to fail. */
async function errorCodes<R, V>(document: TypedDocumentNode<R, V>, variables: V, caller = server) {
  const { body } = await caller.send(document, variables);
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

/** Movements in or out of one location, as the ledgers below write them; receipts cost 1.00. */
const atLocation =
  (verb: 'receive' | 'ship' | 'writeOff' | 'return') =>
  async (productId: string, locationId: string, quantity: number, occurredAt?: string) =>
    (await givenMovement(server, verb, { productId, locationId, quantity, occurredAt })).id;
const receive = atLocation('receive');
const ship = atLocation('ship');
const writeOff = atLocation('writeOff');
const returned = atLocation('return');
const transfer = async (productId: string, from: string, to: string, quantity: number, occurredAt?: string) => {
  const input = { productId, fromLocationId: from, toLocationId: to, quantity, occurredAt };
  return (await givenMovement(server, 'transfer', input)).id;
};
const adjust = (productId: string, locationId: string, delta: number, occurredAt?: string) =>
  givenMovement(server, 'adjust', { productId, locationId, delta, occurredAt });
const reverse = (movementId: string, occurredAt?: string) =>
  givenMovement(server, 'reverse', { movementId, occurredAt });

/** SQL statements one request costs (the counter includes the caller's authentication). */
async function statementsOf(request: () => Promise<unknown>) {
  const before = server.database.statementCount();
  await request();
  return server.database.statementCount() - before;
}

describe('lowStock and days of cover', () => {
  // One catalogue, one ledger; the figures below are worked out by hand from it.
  const category = unique('Reorder');
  const sku = (letter: string) => `${category}-${letter}`;
  let north: { id: string; code: string };
  let south: { id: string; code: string };
  let a: string;

  beforeAll(async () => {
    north = await givenLocation(server);
    south = await givenLocation(server);
    const product = (letter: string, reorderPoint: number, reorderQuantity = 0) =>
      givenProduct(server, { sku: sku(letter), category, reorderPoint, reorderQuantity }).then((found) => found.id);

    // A: 20 in 90 days ago, 5 shipped 40 days ago (outside the 30-day window), 4 shipped, 2 written
    // off, 3 shipped and reversed, 3 moved north -> south within it. On hand 9 (north 6, south 3);
    // outflow over 30 days 4 + 2 + 3 - 3 = 6; over 60 days 11.
    a = await product('A', 10);
    await receive(a, north.id, 20, daysAgo(90));
    await ship(a, north.id, 5, daysAgo(40));
    await ship(a, north.id, 4, hoursAgo(3));
    await writeOff(a, north.id, 2, hoursAgo(3));
    await reverse(await ship(a, north.id, 3, hoursAgo(3)), hoursAgo(2));
    await transfer(a, north.id, south.id, 3, hoursAgo(1));
    // B: nothing on hand, orders in twelves.
    await product('B', 5, 12);
    // C: well stocked at north.
    await receive(await product('C', 3), north.id, 10);
    // D: no reorder point; E: archived.
    await product('D', 0);
    const e = await product('E', 8);
    await server.query(ArchiveProductDocument, { id: e });
    // F: exactly at its reorder point, orders in threes.
    await receive(await product('F', 4, 3), south.id, 4);
    // G: everything just went out: nothing available, outflow 5.
    const g = await product('G', 9);
    await receive(g, north.id, 5, daysAgo(10));
    await ship(g, north.id, 5, hoursAgo(1));
    // H: 6 on hand at north, 2 of them held by a cart for an hour.
    const h = await product('H', 6);
    await receive(h, north.id, 6);
    const held = await server.query(ReserveStockDocument, {
      input: { lines: [{ productId: h, locationId: north.id, quantity: 2 }], ttlSeconds: 3600 },
    });
    expect(held.reserveStock.userErrors).toEqual([]);
    // I: same shortfall as A (1), later SKU.
    await product('I', 1);
  });

  it('lists active products at or below their reorder point company-wide, largest shortfall first, then SKU', async () => {
    const { lowStock } = await server.query(LowStockDocument, { category, first: 20 });
    expect(lowStock.totalCount).toBe(6);
    expect(lowStock.nodes).toEqual([
      {
        product: { sku: sku('G') },
        location: null,
        onHand: 0,
        available: 0,
        reorderPoint: 9,
        suggestedOrderQuantity: 10,
        daysOfCover: 0,
      },
      {
        product: { sku: sku('B') },
        location: null,
        onHand: 0,
        available: 0,
        reorderPoint: 5,
        suggestedOrderQuantity: 12,
        daysOfCover: null,
      },
      {
        product: { sku: sku('H') },
        location: null,
        onHand: 6,
        available: 4,
        reorderPoint: 6,
        suggestedOrderQuantity: 3,
        daysOfCover: null,
      },
      {
        product: { sku: sku('A') },
        location: null,
        onHand: 9,
        available: 9,
        reorderPoint: 10,
        suggestedOrderQuantity: 2,
        daysOfCover: 45,
      },
      {
        product: { sku: sku('I') },
        location: null,
        onHand: 0,
        available: 0,
        reorderPoint: 1,
        suggestedOrderQuantity: 2,
        daysOfCover: null,
      },
      {
        product: { sku: sku('F') },
        location: null,
        onHand: 4,
        available: 4,
        reorderPoint: 4,
        suggestedOrderQuantity: 3,
        daysOfCover: null,
      },
    ]);
  });

  it('checks one location: its available stock, its outflow, and the location on each item', async () => {
    const { lowStock } = await server.query(LowStockDocument, {
      category: category.toUpperCase(),
      locationId: north.id,
    });
    const at = { code: north.code };
    expect(lowStock.totalCount).toBe(6);
    expect(lowStock.nodes).toEqual([
      {
        product: { sku: sku('G') },
        location: at,
        onHand: 0,
        available: 0,
        reorderPoint: 9,
        suggestedOrderQuantity: 10,
        daysOfCover: 0,
      },
      {
        product: { sku: sku('B') },
        location: at,
        onHand: 0,
        available: 0,
        reorderPoint: 5,
        suggestedOrderQuantity: 12,
        daysOfCover: null,
      },
      // 6 available at north, 6 out of north over 30 days: 30 days.
      {
        product: { sku: sku('A') },
        location: at,
        onHand: 6,
        available: 6,
        reorderPoint: 10,
        suggestedOrderQuantity: 5,
        daysOfCover: 30,
      },
      // F has nothing at north: 5 needed, in threes.
      {
        product: { sku: sku('F') },
        location: at,
        onHand: 0,
        available: 0,
        reorderPoint: 4,
        suggestedOrderQuantity: 6,
        daysOfCover: null,
      },
      {
        product: { sku: sku('H') },
        location: at,
        onHand: 6,
        available: 4,
        reorderPoint: 6,
        suggestedOrderQuantity: 3,
        daysOfCover: null,
      },
      {
        product: { sku: sku('I') },
        location: at,
        onHand: 0,
        available: 0,
        reorderPoint: 1,
        suggestedOrderQuantity: 2,
        daysOfCover: null,
      },
    ]);
    const south_ = await server.query(LowStockDocument, { category, locationId: south.id });
    // A has 3 at south and nothing left south: no outflow there.
    expect(south_.lowStock.nodes.find((item) => item.product.sku === sku('A'))).toEqual({
      product: { sku: sku('A') },
      location: { code: south.code },
      onHand: 3,
      available: 3,
      reorderPoint: 10,
      suggestedOrderQuantity: 8,
      daysOfCover: null,
    });
    // C is short at south (nothing there), not company-wide.
    expect(south_.lowStock.nodes.map((item) => item.product.sku)).toContain(sku('C'));
  });

  it('pages through the list with cursors', async () => {
    const first = await server.query(LowStockDocument, { category, first: 4 });
    const second = await server.query(LowStockDocument, {
      category,
      first: 4,
      after: first.lowStock.pageInfo.endCursor,
    });
    expect([first, second].map(({ lowStock }) => [lowStock.totalCount, lowStock.pageInfo.hasNextPage])).toEqual([
      [6, true],
      [6, false],
    ]);
    expect(second.lowStock.pageInfo.hasPreviousPage).toBe(true);
    expect([...first.lowStock.nodes, ...second.lowStock.nodes].map((item) => item.product.sku)).toEqual(
      ['G', 'B', 'H', 'A', 'I', 'F'].map(sku),
    );
    expect(first.lowStock.edges.map((edge) => edge.node.product.sku)).toEqual(['G', 'B', 'H', 'A'].map(sku));
  });

  it('answers an empty list for a category with nothing to reorder', async () => {
    const { lowStock } = await server.query(LowStockDocument, { category: unique('Nothing') });
    expect(lowStock).toMatchObject({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
  });

  it('refuses unknown and malformed locations, bad cursors and oversized pages', async () => {
    expect(await errorCodes(LowStockDocument, { locationId: UNKNOWN_LOCATION })).toEqual(['NOT_FOUND']);
    expect(await errorCodes(LowStockDocument, { locationId: 'not-an-id' })).toEqual(['INVALID_ID']);
    expect(await errorCodes(LowStockDocument, { locationId: UNKNOWN_PRODUCT })).toEqual(['INVALID_ID']);
    expect(await errorCodes(LowStockDocument, { after: 'bm9wZQ' })).toEqual(['INVALID_CURSOR']);
    expect(await errorCodes(LowStockDocument, { first: 101 })).toEqual(['PAGE_SIZE_EXCEEDED']);
  });

  it('computes Product.daysOfCover over any window and at a location', async () => {
    const cover = async (windowDays?: number, locationId?: string) =>
      (await server.query(ProductDaysOfCoverDocument, { id: a, windowDays, locationId })).product!.daysOfCover;
    expect(await cover()).toBe(45); // 9 available / (6 / 30 a day)
    expect(await cover(60)).toBeCloseTo((9 * 60) / 11, 10); // the shipment 40 days ago counts too
    expect(await cover(30, north.id)).toBe(30);
    expect(await cover(30, south.id)).toBeNull();
  });

  it('refuses a window outside 1 to 365 days and an unknown location', async () => {
    for (const windowDays of [0, 366, -1]) {
      expect(await errorCodes(ProductDaysOfCoverDocument, { id: a, windowDays })).toEqual(['OUT_OF_RANGE']);
    }
    expect(await errorCodes(ProductDaysOfCoverDocument, { id: a, locationId: UNKNOWN_LOCATION })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await errorCodes(ProductDaysOfCoverDocument, { id: a, locationId: 'nope' })).toEqual(['INVALID_ID']);
  });

  it('takes the SDL default for an omitted argument and refuses an explicit null as bad input', async () => {
    // windowDays is Int! = 30: omitted, graphql-js supplies 30 (45 days above); null is the caller's mistake.
    expect(await errorCodes(ProductDaysOfCoverDocument, { id: a, windowDays: null })).toEqual(['BAD_USER_INPUT']);
  });
});

describe('statement counts', () => {
  const category = unique('Many');
  let location: { id: string };

  beforeAll(async () => {
    location = await givenLocation(server);
    for (let index = 0; index < 30; index += 1) {
      const { id } = await givenProduct(server, {
        sku: `${category}-${String(index).padStart(2, '0')}`,
        category,
        reorderPoint: 50,
      });
      await receive(id, location.id, 1 + index, daysAgo(5));
      await ship(id, location.id, 1, hoursAgo(1));
    }
  });

  it('reads a lowStock page with products, locations and days of cover in a constant number of statements', async () => {
    const page = (first: number, locationId?: string) =>
      statementsOf(async () => {
        const { lowStock } = await server.query(LowStockDocument, { category, first, locationId });
        expect(lowStock.nodes).toHaveLength(first);
        expect(lowStock.nodes.every((item) => item.daysOfCover !== null)).toBe(true);
      });
    const small = await page(3);
    expect(await page(30)).toBe(small);
    // Authentication, the report with its days of cover, the products.
    expect(small).toBeLessThanOrEqual(3);
    const atLocation = await page(3, location.id);
    expect(await page(30, location.id)).toBe(atLocation);
    // ... plus the location check and the location rows.
    expect(atLocation).toBeLessThanOrEqual(small + 2);
  });

  it('batches Product.daysOfCover and Product.similar over a page of products', async () => {
    const cover = (first: number) =>
      statementsOf(() => server.query(CatalogueDaysOfCoverDocument, { category, first, windowDays: 7 }));
    expect(await cover(30)).toBe(await cover(3));
    const similar = (first: number) => statementsOf(() => server.query(CatalogueSimilarDocument, { category, first }));
    expect(await similar(10)).toBe(await similar(2));
  });
});

describe('movementSummary', () => {
  // March 2025, UTC. Berlin is UTC+1 until 30 March, when it moves to UTC+2.
  const category = unique('Summary');
  let product: string;
  let north: { id: string };
  let south: { id: string };
  let bystander: string;

  beforeAll(async () => {
    north = await givenLocation(server);
    south = await givenLocation(server);
    product = (await givenProduct(server, { category })).id;
    await receive(product, north.id, 100, '2025-03-03T10:00:00Z'); // Monday
    await ship(product, north.id, 10, '2025-03-03T23:30:00Z'); // 00:30 on the 4th in Berlin
    await transfer(product, north.id, south.id, 30, '2025-03-04T12:00:00Z');
    await adjust(product, south.id, -2, '2025-03-05T09:00:00Z');
    await writeOff(product, south.id, 3, '2025-03-05T10:00:00Z');
    await returned(product, north.id, 4, '2025-03-06T08:00:00Z');
    await reverse(await ship(product, north.id, 5, '2025-03-06T09:00:00Z'), '2025-03-07T09:00:00Z');
    await reverse(await transfer(product, south.id, north.id, 5, '2025-03-10T09:00:00Z'), '2025-03-10T10:00:00Z');
    await adjust(product, north.id, 3, '2025-03-10T11:00:00Z');
    await receive(product, north.id, 7, '2025-03-30T12:00:00Z'); // the day Berlin's clocks go forward
    // Another category in the same days, which the product and category filters leave out.
    bystander = (await givenProduct(server, { category: unique('Other') })).id;
    await receive(bystander, north.id, 1000, '2025-03-04T10:00:00Z');
  });

  const summary = async (variables: Partial<MovementSummaryQueryVariables>) =>
    (
      await server.query(MovementSummaryDocument, {
        from: '2025-03-03T00:00:00Z',
        to: '2025-03-11T00:00:00Z',
        productId: product,
        ...variables,
      } as MovementSummaryQueryVariables)
    ).movementSummary;

  const zero = {
    received: 0,
    shipped: 0,
    returned: 0,
    transferredIn: 0,
    transferredOut: 0,
    adjusted: 0,
    writtenOff: 0,
    net: 0,
  };
  const day = (date: string, figures: Partial<typeof zero> = {}) => ({
    start: `2025-03-${date}T00:00:00.000Z`,
    end: new Date(Date.parse(`2025-03-${date}T00:00:00Z`) + DAY).toISOString(),
    ...zero,
    ...figures,
  });

  it('gives a bucket per UTC day, empty days included, each figure net of reversals', async () => {
    const result = await summary({});
    expect(result).toMatchObject({
      from: '2025-03-03T00:00:00.000Z',
      to: '2025-03-11T00:00:00.000Z',
      interval: 'DAY',
      timeZone: 'UTC',
    });
    expect(result.buckets).toEqual([
      day('03', { received: 100, shipped: 10, net: 90 }),
      // Company-wide a transfer moves units without changing the total.
      day('04', { transferredIn: 30, transferredOut: 30 }),
      day('05', { adjusted: -2, writtenOff: 3, net: -5 }),
      day('06', { returned: 4, shipped: 5, net: -1 }),
      // The reversal of the shipment takes it back, in the shipped column.
      day('07', { shipped: -5, net: 5 }),
      day('08'),
      day('09'),
      // A transfer and its reversal cancel; the count found 3 more.
      day('10', { adjusted: 3, net: 3 }),
    ]);
    expect(result.totals).toEqual({
      start: '2025-03-03T00:00:00.000Z',
      end: '2025-03-11T00:00:00.000Z',
      received: 100,
      shipped: 10,
      returned: 4,
      transferredIn: 30,
      transferredOut: 30,
      adjusted: 1,
      writtenOff: 3,
      net: 92,
    });
  });

  it('cuts days in the time zone given: 23:30 UTC is the next day in Berlin', async () => {
    const result = await summary({
      from: '2025-03-02T23:00:00Z',
      to: '2025-03-04T23:00:00Z',
      timeZone: 'Europe/Berlin',
    });
    expect(result.timeZone).toBe('Europe/Berlin');
    expect(result.buckets).toEqual([
      { ...zero, start: '2025-03-02T23:00:00.000Z', end: '2025-03-03T23:00:00.000Z', received: 100, net: 100 },
      {
        ...zero,
        start: '2025-03-03T23:00:00.000Z',
        end: '2025-03-04T23:00:00.000Z',
        shipped: 10,
        transferredIn: 30,
        transferredOut: 30,
        net: -10,
      },
    ]);
  });

  it('has a 23-hour day when the clocks go forward', async () => {
    const result = await summary({
      from: '2025-03-29T23:00:00Z',
      to: '2025-03-31T22:00:00Z',
      timeZone: 'europe/berlin',
    });
    expect(result.timeZone).toBe('Europe/Berlin');
    expect(result.buckets).toEqual([
      { ...zero, start: '2025-03-29T23:00:00.000Z', end: '2025-03-30T22:00:00.000Z', received: 7, net: 7 },
      { ...zero, start: '2025-03-30T22:00:00.000Z', end: '2025-03-31T22:00:00.000Z' },
    ]);
  });

  it('cuts the first and last buckets short at from and to', async () => {
    const result = await summary({ from: '2025-03-04T12:00:00Z', to: '2025-03-06T06:00:00Z' });
    expect(result.buckets).toEqual([
      { ...day('04', { transferredIn: 30, transferredOut: 30 }), start: '2025-03-04T12:00:00.000Z' },
      day('05', { adjusted: -2, writtenOff: 3, net: -5 }),
      { ...day('06'), end: '2025-03-06T06:00:00.000Z' },
    ]);
  });

  it('sees transfers from a location, a reversed transfer counting against the direction it reversed', async () => {
    const week = (start: string, end: string, figures: Partial<typeof zero>) => ({ ...zero, start, end, ...figures });
    const north_ = await summary({ locationId: north.id, interval: 'WEEK', to: '2025-03-17T00:00:00Z' });
    expect(north_.buckets).toEqual([
      // +100 -10 -30 +4 -5 +5 at north
      week('2025-03-03T00:00:00.000Z', '2025-03-10T00:00:00.000Z', {
        received: 100,
        shipped: 10,
        returned: 4,
        transferredOut: 30,
        net: 64,
      }),
      // 5 in from south and taken back: nothing transferred either way.
      week('2025-03-10T00:00:00.000Z', '2025-03-17T00:00:00.000Z', { adjusted: 3, net: 3 }),
    ]);
    const south_ = await summary({ locationId: south.id, interval: 'WEEK', to: '2025-03-17T00:00:00Z' });
    expect(south_.buckets).toEqual([
      week('2025-03-03T00:00:00.000Z', '2025-03-10T00:00:00.000Z', {
        transferredIn: 30,
        adjusted: -2,
        writtenOff: 3,
        net: 25,
      }),
      week('2025-03-10T00:00:00.000Z', '2025-03-17T00:00:00.000Z', {}),
    ]);
  });

  it('starts weeks on Monday and cuts months in the time zone', async () => {
    // Wednesday 5 March to Wednesday 19 March: the week of Monday 3 March is cut short.
    const weeks = await summary({ from: '2025-03-05T00:00:00Z', to: '2025-03-19T00:00:00Z', interval: 'WEEK' });
    expect(weeks.buckets.map((bucket) => [bucket.start, bucket.end])).toEqual([
      ['2025-03-05T00:00:00.000Z', '2025-03-10T00:00:00.000Z'],
      ['2025-03-10T00:00:00.000Z', '2025-03-17T00:00:00.000Z'],
      ['2025-03-17T00:00:00.000Z', '2025-03-19T00:00:00.000Z'],
    ]);
    const months = await summary({
      from: '2025-02-28T23:00:00Z',
      to: '2025-04-30T22:00:00Z',
      interval: 'MONTH',
      timeZone: 'Europe/Berlin',
    });
    expect(months.buckets).toEqual([
      {
        ...zero,
        start: '2025-02-28T23:00:00.000Z',
        end: '2025-03-31T22:00:00.000Z',
        received: 107,
        shipped: 10,
        returned: 4,
        transferredIn: 30,
        transferredOut: 30,
        adjusted: 1,
        writtenOff: 3,
        net: 99,
      },
      { ...zero, start: '2025-03-31T22:00:00.000Z', end: '2025-04-30T22:00:00.000Z' },
    ]);
  });

  it('filters by kind and by category (ignoring case)', async () => {
    const shipments = await summary({ kinds: ['SHIPMENT', 'WRITE_OFF'] });
    expect(shipments.totals).toMatchObject({ ...zero, shipped: 10, writtenOff: 3, net: -13 });
    const byCategory = await summary({ productId: undefined, category: ` ${category.toLowerCase()} ` });
    expect(byCategory.totals).toEqual((await summary({})).totals);
    const everything = await summary({ productId: undefined, locationId: north.id });
    // The bystander's 1000 units at north count without a product or category filter.
    expect(everything.totals.received - byCategory.totals.received).toBe(1000);
  });

  it('answers an empty range with no buckets and zero totals', async () => {
    const result = await summary({ from: '2025-03-04T12:00:00Z', to: '2025-03-04T12:00:00Z' });
    expect(result.buckets).toEqual([]);
    expect(result.totals).toEqual({ ...zero, start: '2025-03-04T12:00:00.000Z', end: '2025-03-04T12:00:00.000Z' });
    const quiet = await summary({ from: '2024-01-01T00:00:00Z', to: '2024-01-03T00:00:00Z' });
    expect(quiet.buckets).toHaveLength(2);
    expect(quiet.totals).toMatchObject(zero);
  });

  it('refuses from later than to, too many buckets, unknown zones and unknown or malformed IDs', async () => {
    const codes = (variables: Partial<MovementSummaryQueryVariables>) =>
      errorCodes(MovementSummaryDocument, {
        from: '2025-03-03T00:00:00Z',
        to: '2025-03-11T00:00:00Z',
        ...variables,
      } as MovementSummaryQueryVariables);
    expect(await codes({ from: '2025-03-11T00:00:00Z', to: '2025-03-03T00:00:00Z' })).toEqual(['INVALID_DATE_RANGE']);
    // 2020-01-01 to 2022-09-27 is exactly 1000 days; one second more opens bucket 1001.
    expect((await summary({ from: '2020-01-01T00:00:00Z', to: '2022-09-27T00:00:00Z' })).buckets).toHaveLength(1000);
    expect(await codes({ from: '2020-01-01T00:00:00Z', to: '2022-09-27T00:00:01Z' })).toEqual(['RANGE_TOO_LARGE']);
    expect(await codes({ from: '1900-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', interval: 'MONTH' })).toEqual([
      'RANGE_TOO_LARGE',
    ]);
    expect(await codes({ timeZone: 'Mars/Olympus_Mons' })).toEqual(['INVALID_TIME_ZONE']);
    // PostgreSQL would read a POSIX string like this one as UTC-3; only zone names are taken.
    expect(await codes({ timeZone: 'UTC+3' })).toEqual(['INVALID_TIME_ZONE']);
    // interval and timeZone have SDL defaults; an explicit null is refused, not read as the default.
    expect(await codes({ timeZone: null })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ interval: null })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ productId: UNKNOWN_PRODUCT })).toEqual(['NOT_FOUND']);
    expect(await codes({ locationId: UNKNOWN_LOCATION })).toEqual(['NOT_FOUND']);
    expect(await codes({ productId: UNKNOWN_LOCATION })).toEqual(['INVALID_ID']);
    expect(await codes({ locationId: '%%%' })).toEqual(['INVALID_ID']);
    // An unknown ID is a mistake even over an empty range.
    expect(await codes({ productId: UNKNOWN_PRODUCT, to: '2025-03-03T00:00:00Z' })).toEqual(['NOT_FOUND']);
  });
});

describe('Product.similar', () => {
  // Its own database: candidates are every other active product, so no other test's products may interfere.
  let fresh: TestServer;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    fresh = await startTestServer();
    const product = async (sku: string, name: string, description: string, category: string, price: string) => {
      ids.set(sku, (await givenProduct(fresh, { sku, name, description, category, price })).id);
    };
    await product('SIM-BASE', 'Claw hammer', 'Steel claw hammer', 'Hand Tools', '20');
    await product('SIM-TWIN', 'Claw hammer', 'Steel claw hammer', 'hand tools', '20');
    await product('SIM-MALLET', 'Rubber mallet', '', 'Hand Tools', '10');
    await product('SIM-PAIR-B', 'Garden hose', '', 'Garden', '30');
    await product('SIM-HOSE', 'Garden hose', '', 'Garden', '30');
    await product('SIM-PAIR-A', 'Garden hose', '', 'Garden', '30');
    await product('SIM-FREE', 'Qqq', '', 'Garden', '0');
    await product('SIM-OLD', 'Claw hammer', 'Steel claw hammer', 'Hand Tools', '20');
    await fresh.query(ArchiveProductDocument, { id: ids.get('SIM-OLD')! });
  });
  afterAll(() => fresh.close());

  type Match = NonNullable<NonNullable<SimilarProductsQuery['product']>['similar']>[number];
  const similar = async (sku: string, variables: { first?: number; weights?: Record<string, number> } = {}) =>
    (await fresh.query(SimilarProductsDocument, { id: ids.get(sku)!, ...variables })).product!.similar!;
  const skusOf = (matches: Match[]) => matches.map((match) => match.product.sku);

  /** The `limit` best other active products for the product `sku`, every candidate scored as the field documents it. */
  const scoredByBruteForce = async (
    client: Client,
    sku: string,
    weights: { price: number; category: number; text: number },
    limit: number,
  ) => {
    const total = weights.price + weights.category + weights.text;
    const { rows } = await client.query<{ sku: string; score: number }>(
      `SELECT c.sku, (
         $1 * CASE WHEN GREATEST(b.price, c.price) <= 0 THEN 1
                   ELSE 1 - abs(b.price::float8 - c.price::float8) / GREATEST(b.price::float8, c.price::float8) END
         + $2 * (lower(b.category) = lower(c.category))::int
         + $3 * similarity(b.name || ' ' || b.description, c.name || ' ' || c.description)::float8) / $4 AS score
       FROM product b, product c
       WHERE b.sku = $5 AND c.active AND c.id <> b.id
       ORDER BY score DESC, c.sku LIMIT $6`,
      [weights.price, weights.category, weights.text, total, sku, limit],
    );
    return rows;
  };

  // Trigrams of "claw hammer steel claw hammer": 18; of "rubber mallet": 14, sharing "er ": 1/31.
  // Of "garden hose": 12, sharing "  h": 1/29. pg_trgm returns a real (single precision).
  const text = { mallet: Math.fround(1 / 31), hose: Math.fround(1 / 29) };

  it('scores price, category and text and ranks by the mean, then SKU; archived products never appear', async () => {
    const matches = await similar('SIM-BASE', { first: 10 });
    expect(skusOf(matches)).toEqual(['SIM-TWIN', 'SIM-MALLET', 'SIM-HOSE', 'SIM-PAIR-A', 'SIM-PAIR-B', 'SIM-FREE']);
    const [twin, mallet, hose, , , free] = matches as [Match, Match, Match, Match, Match, Match];
    expect(twin).toMatchObject({ score: 1, priceScore: 1, categoryScore: 1, textScore: 1 });
    expect(mallet).toMatchObject({ priceScore: 0.5, categoryScore: 1 });
    expect(mallet.textScore).toBeCloseTo(text.mallet, 6);
    expect(mallet.score).toBeCloseTo((0.5 + 1 + text.mallet) / 3, 6);
    expect(hose.priceScore).toBeCloseTo(1 - 10 / 30, 12);
    expect(hose).toMatchObject({ categoryScore: 0 });
    expect(hose.textScore).toBeCloseTo(text.hose, 6);
    expect(hose.score).toBeCloseTo((2 / 3 + text.hose) / 3, 6);
    expect(free).toEqual({ product: { sku: 'SIM-FREE' }, score: 0, priceScore: 0, categoryScore: 0, textScore: 0 });
  });

  it('returns the first five by default, or as many as asked', async () => {
    expect(await similar('SIM-BASE')).toHaveLength(5);
    expect(skusOf(await similar('SIM-BASE', { first: 2 }))).toEqual(['SIM-TWIN', 'SIM-MALLET']);
  });

  it('weighs the signals as asked; omitted weights count 1', async () => {
    const byPrice = await similar('SIM-BASE', { first: 10, weights: { price: 1, category: 0, text: 0 } });
    expect(skusOf(byPrice)).toEqual(['SIM-TWIN', 'SIM-HOSE', 'SIM-PAIR-A', 'SIM-PAIR-B', 'SIM-MALLET', 'SIM-FREE']);
    expect(byPrice.map((match) => match.score)).toEqual(byPrice.map((match) => match.priceScore));
    const byText = await similar('SIM-BASE', { first: 10, weights: { price: 0, category: 0 } });
    expect(skusOf(byText)).toEqual(['SIM-TWIN', 'SIM-HOSE', 'SIM-PAIR-A', 'SIM-PAIR-B', 'SIM-MALLET', 'SIM-FREE']);
    const categoryHeavy = await similar('SIM-BASE', { first: 2, weights: { category: 3 } });
    expect(categoryHeavy[1]!.score).toBeCloseTo((0.5 + 3 + text.mallet) / 5, 6);
  });

  it('scores equal prices of 0 as a perfect price match', async () => {
    const zero = (await givenProduct(fresh, { sku: 'SIM-ZERO', name: 'Zzz', category: 'Other', price: '0' })).id;
    ids.set('SIM-ZERO', zero);
    const [best] = await similar('SIM-ZERO', { first: 1, weights: { price: 1, category: 0, text: 0 } });
    expect(best).toMatchObject({ product: { sku: 'SIM-FREE' }, score: 1, priceScore: 1 });
  });

  it('takes weights of extreme ratios as their ratios (1e-300 beside 1e300 underflowed in SQL)', async () => {
    const id = ids.get('SIM-BASE')!;
    const extreme = await fresh.send(SimilarProductsDocument, {
      id,
      first: 10,
      weights: { price: 0, category: 1e-300, text: 1e300 },
    });
    expect(extreme.body.errors).toBeUndefined();
    const byText = await similar('SIM-BASE', { first: 10, weights: { price: 0, category: 0 } });
    expect(skusOf(extreme.body.data!.product!.similar!)).toEqual(skusOf(byText));
  });

  it('refuses page sizes outside 1 to 50 and weights that are negative, all 0 or overflowing', async () => {
    const id = ids.get('SIM-BASE')!;
    for (const first of [0, 51]) {
      expect(await errorCodes(SimilarProductsDocument, { id, first }, fresh)).toEqual(['OUT_OF_RANGE']);
    }
    expect(await errorCodes(SimilarProductsDocument, { id, first: null }, fresh)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(SimilarProductsDocument, { id, weights: null }, fresh)).toEqual(['BAD_USER_INPUT']);
    for (const weights of [{ price: -1 }, { price: 0, category: 0, text: 0 }, { price: 1e308, text: 1e308 }]) {
      expect(await errorCodes(SimilarProductsDocument, { id, weights }, fresh)).toEqual(['OUT_OF_RANGE']);
    }
  });

  it('ranks exactly as scoring every candidate would, with more candidates than the pruning probes', async () => {
    const words = [
      'drill',
      'saw',
      'hammer',
      'cordless',
      'steel',
      'garden',
      'hose',
      'brass',
      'valve',
      'paint',
      'brush',
      'roller',
    ];
    const categories = ['Hand Tools', 'Garden', 'Plumbing', 'Paint'];
    for (let index = 0; index < 140; index += 1) {
      const pick = (step: number) => words[(index * step + step) % words.length]!;
      const generated = await givenProduct(fresh, {
        sku: `SIM-GEN-${String(index).padStart(3, '0')}`,
        name: `${pick(7)} ${pick(5)}`,
        description: `${pick(3)} ${pick(11)} for ${pick(13)}`,
        category: categories[index % categories.length]!,
        price: String(5 + ((index * 37) % 90)),
      });
      ids.set(generated.sku, generated.id);
    }
    const client = new Client({ connectionString: fresh.databaseUrl });
    await client.connect();
    try {
      for (const weights of [
        { price: 1, category: 1, text: 1 },
        { price: 0, category: 0, text: 1 },
        { price: 5, category: 1, text: 0.5 },
        { price: 0, category: 1, text: 2 },
      ]) {
        const rows = await scoredByBruteForce(client, 'SIM-GEN-007', weights, 12);
        const matches = await similar('SIM-GEN-007', { first: 12, weights });
        expect(skusOf(matches)).toEqual(rows.map((row) => row.sku));
        matches.forEach((match, index) => expect(match.score).toBeCloseTo(rows[index]!.score, 9));
      }
    } finally {
      await client.end();
    }
  });

  it('ranks exactly on text alone when more products tie with the best than the nearest probe holds', async () => {
    // 150 copies of SIM-BASE's text, created last SKU first: among equal distances the trigram
    // index need not yield the first SKUs within its nearest 100, so every tied product is scored.
    const clones = Array.from({ length: 150 }, (_, index) => `SIM-CLONE-${String(149 - index).padStart(3, '0')}`);
    for (const sku of clones) {
      await givenProduct(fresh, {
        sku,
        name: 'Claw hammer',
        description: 'Steel claw hammer',
        category: 'Other',
        price: '99',
      });
    }
    const matches = await similar('SIM-BASE', { first: 50, weights: { price: 0, category: 0, text: 1 } });
    expect(skusOf(matches)).toEqual([...clones].sort().slice(0, 50));
    for (const match of matches) {
      expect(match).toMatchObject({ score: 1, textScore: 1, categoryScore: 0 });
      expect(match.priceScore).toBeCloseTo(20 / 99, 12);
    }
  });

  it('finds the best candidates that neither probe holds, in the price range that can still reach the bound', async () => {
    // Its own database. The nearest 100 by text are 110 close namesakes at a far price; the nearest 50
    // above the base price are other-category fillers, those below are 10 "stars" (same category, no
    // shared text). The stars set the bound, and the answer is 10 products neither probe holds:
    // same category, a little dearer, with some shared text. They are found only because their
    // prices lie in the range the bound leaves open (a range cut at 5% above the base price fails).
    const own = await startTestServer();
    const client = new Client({ connectionString: own.databaseUrl });
    await client.connect();
    try {
      const product = (sku: string, name: string, category: string, price: string) =>
        givenProduct(own, { sku, name, description: '', category, price });
      const base = (await product('RANGE-BASE', 'Claw hammer', 'Hand Tools', '100')).id;
      for (let index = 0; index < 110; index += 1) {
        await product(`RANGE-NAMESAKE-${index}`, 'Claw hammer steel', 'Other', '1000');
      }
      for (let index = 1; index <= 60; index += 1) {
        await product(`RANGE-FILLER-${index}`, 'Qqq', 'Garden', (100 + index / 100).toFixed(2));
      }
      for (let index = 0; index < 10; index += 1) {
        await product(`RANGE-STAR-${index}`, 'Qqq', 'Hand Tools', (99.9 + index / 100).toFixed(2));
      }
      const members = Array.from({ length: 10 }, (_, index) => `RANGE-MEMBER-${index}`);
      for (const [index, sku] of members.entries())
        await product(sku, 'Hamster cage', 'hand tools', String(106 + index / 2));

      const weights = { price: 1, category: 1, text: 1 };
      const { product: found } = await own.query(SimilarProductsDocument, { id: base, first: 10, weights });
      const expected = await scoredByBruteForce(client, 'RANGE-BASE', weights, 10);
      expect(expected.map((row) => row.sku).sort()).toEqual(members);
      expect(skusOf(found!.similar!)).toEqual(expected.map((row) => row.sku));
      found!.similar!.forEach((match, index) => expect(match.score).toBeCloseTo(expected[index]!.score, 9));
    } finally {
      await client.end();
      await own.close();
    }
  });
});

describe('field authorization', () => {
  it('gives Product.daysOfCover and Product.similar to MANAGER and above only', async () => {
    const { id } = await givenProduct(server);
    const callerWith = async (role: 'CLERK' | 'VIEWER' | 'MANAGER') => (await givenSignedInUser(server, role)).caller;
    for (const role of ['CLERK', 'VIEWER'] as const) {
      const caller = await callerWith(role);
      const cover = await caller.send(ProductDaysOfCoverDocument, { id });
      expect(cover.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['product', 'daysOfCover'], 'FORBIDDEN'],
      ]);
      expect(cover.body.data?.product?.sku).toBeDefined();
      const similar = await caller.send(SimilarProductsDocument, { id });
      expect(similar.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const manager = await callerWith('MANAGER');
    expect((await manager.query(ProductDaysOfCoverDocument, { id })).product?.daysOfCover).toBeNull();
  });
});
