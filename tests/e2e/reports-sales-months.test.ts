// The sales report's monthly sums (#14): whole built months of a range are read from sales_month,
// the rest from the cost ledger. Every answer must equal the cost ledger's alone, for every grouping,
// filter and range (months cut at either end, ranges on a month boundary, a millisecond either side
// of one), after the months are built, and after back-dated receipts (which re-price later sales),
// back-dated sales and reversals dated in built months and now.
import { Client } from 'pg';
import { ReceiveStockDocument, SalesReportDocument, ShipStockDocument } from '../generated/graphql';
import { builtSalesMonthsWithin } from '../../src/modules/stock';
import {
  salesPage,
  type SalesGroupBy,
  type SalesOrderBy,
  type SalesPageQuery,
} from '../../src/modules/reports/store/sales';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { checkpointRaces } from '../support/checkpoint-races';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';
import { inMonth, iso, minutesAgo, monthStart, ms } from '../support/months';

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

let P: string;
let Q: string;
let R: string;
let A: string;
let B: string;
const categoryP = `Sales-months-${process.pid}-p`;
const categoryQ = `Sales-months-${process.pid}-q`;
const ids: Record<string, string> = {};

const ranges = (): Array<[Date, Date]> => [
  [monthStart(6), new Date()],
  [inMonth(5, 10), new Date()],
  [monthStart(4), monthStart(1)],
  [ms(monthStart(4), -1), ms(monthStart(1), 1)],
  [ms(monthStart(4), 1), ms(monthStart(1), -1)],
  [inMonth(4, 3), inMonth(2, 20)],
  [monthStart(3), monthStart(2)],
  [inMonth(3, 0, 0), inMonth(3, 0, 0)],
  [inMonth(2, 5), new Date()],
];

/** Every grouping alone and with each filter, and a few filters together. */
const shapes = (): Array<Omit<SalesPageQuery, 'from' | 'to' | 'first' | 'orderBy'>> => {
  const groupings: SalesGroupBy[] = ['PRODUCT', 'CATEGORY', 'LOCATION', 'COUNTERPARTY'];
  const filters = [
    {},
    { productId: rowIdOf(P) },
    { locationId: rowIdOf(A) },
    { category: categoryP.toUpperCase() },
    { counterparty: 'Acme' },
    { productId: rowIdOf(Q), locationId: rowIdOf(B) },
    { category: categoryP, counterparty: 'Bolt' },
  ];
  return groupings.flatMap((groupBy) => filters.map((filter) => ({ groupBy, ...filter })));
};

/**
 * Every shape and range, read with the built months (when one dimension serves it) and from the
 * cost ledger alone: the two must be equal. Returns how many reads used built months.
 */
async function expectSummedEqualsLedger(): Promise<number> {
  const prisma = server.database.prisma;
  let summed = 0;
  for (const [from, to] of ranges()) {
    const summedMonths = await builtSalesMonthsWithin(prisma, from, to);
    for (const shape of shapes()) {
      for (const [orderBy, first] of [
        ['MARGIN', null],
        ['UNITS', 1],
        ['REVENUE', 2],
      ] as Array<[SalesOrderBy, number | null]>) {
        const query: SalesPageQuery = { ...shape, from, to, orderBy, first };
        const ledger = await salesPage(prisma, { ...query, summedMonths: null });
        const fast = await salesPage(prisma, { ...query, summedMonths });
        expect({ query, page: fast }).toEqual({ query, page: ledger });
      }
    }
    if (summedMonths) summed += 1;
  }
  return summed;
}

/** Rows of sales_month for built months that differ from the cost ledger's sums (should be none). */
async function salesMonthDifferences(): Promise<unknown[]> {
  const { rows } = await db.query(
    `WITH built AS (
       SELECT ((at AT TIME ZONE 'UTC') - interval '1 month') AT TIME ZONE 'UTC' AS month FROM stock_checkpoint_month
     ), ledger AS (
       SELECT sales_month_of(r.occurred_at) AS month, d.dimension, d.key, sum(-r.quantity_change) AS units,
              sum(-r.quantity_change * coalesce(r.unit_price, 0)) AS revenue,
              sum(-r.quantity_change * coalesce(r.unit_cost, 0)) AS cogs, count(*) AS movements
       FROM movement_cost r
       CROSS JOIN LATERAL (VALUES ('PRODUCT', r.product_id::text), ('LOCATION', r.location_id::text),
                                  ('COUNTERPARTY', coalesce(r.counterparty, ''))) AS d (dimension, key)
       WHERE r.kind = 'SHIPMENT' AND sales_month_of(r.occurred_at) IN (SELECT month FROM built)
       GROUP BY 1, 2, 3
     ), stored AS (SELECT * FROM sales_month WHERE movements <> 0 OR units <> 0 OR revenue <> 0 OR cogs <> 0)
     SELECT coalesce(s.month, l.month) AS month, coalesce(s.dimension, l.dimension) AS dimension,
            coalesce(s.key, l.key) AS key, s.units, l.units AS ledger_units, s.cogs, l.cogs AS ledger_cogs
     FROM stored s FULL JOIN ledger l USING (month, dimension, key)
     WHERE s.month IS NULL OR l.month IS NULL OR s.month NOT IN (SELECT month FROM built)
        OR (s.units, s.revenue, s.cogs, s.movements) IS DISTINCT FROM (l.units, l.revenue, l.cogs, l.movements)`,
  );
  return rows;
}

const ship = async (
  productId: string,
  locationId: string,
  quantity: number,
  at: Date,
  counterparty?: string,
  unitPrice = '10',
) =>
  (
    await givenMovement(server, 'ship', {
      productId,
      locationId,
      quantity,
      unitPrice,
      counterparty,
      occurredAt: iso(at),
    })
  ).id;
const receive = async (productId: string, locationId: string, quantity: number, unitCost: string, at: Date) =>
  (await givenMovement(server, 'receive', { productId, locationId, quantity, unitCost, occurredAt: iso(at) })).id;

describe('sales summed by month', () => {
  beforeAll(async () => {
    // Given three products (two in one category) at two locations, sold over six months to two
    // customers and to none, on and around month boundaries, with a reversal
    [A, B] = [(await givenLocation(server)).id, (await givenLocation(server)).id];
    P = (await givenProduct(server, { category: categoryP, price: '12.5' })).id;
    Q = (await givenProduct(server, { category: categoryQ, price: '7' })).id;
    R = (await givenProduct(server, { category: categoryP, price: '3.3333' })).id;
    await receive(P, A, 500, '2.1234', inMonth(5, 1));
    await receive(Q, B, 300, '5', inMonth(5, 1));
    await receive(R, A, 200, '0.3333', inMonth(5, 2));
    await receive(R, B, 200, '0.5', inMonth(5, 2));
    // (those of the month under way a few minutes ago, so that none is in the future whatever the day)
    const soldAt = (k: number, day: number) => (k === 0 ? minutesAgo(10 - day) : inMonth(k, day));
    for (const k of [5, 4, 3, 2, 1, 0]) {
      await ship(P, A, 3, soldAt(k, 4), 'Acme', '11.1111');
      await ship(Q, B, 2, soldAt(k, 6), 'Bolt');
      await ship(R, A, 5, soldAt(k, 8), undefined, '1.0001');
      await ship(R, B, 1, soldAt(k, 9), 'Acme');
      if (k > 0) {
        await ship(P, A, 1, ms(monthStart(k - 1), -1), 'Bolt', '13');
        await ship(Q, B, 1, monthStart(k - 1), 'Acme', '6.5');
      }
      if (k === 3) await receive(P, A, 50, '3.0001', inMonth(k, 5));
    }
    ids.reversedLater = await ship(P, A, 4, inMonth(4, 12), 'Acme', '9.99');
    await givenMovement(server, 'reverse', { movementId: ids.reversedLater, occurredAt: iso(inMonth(3, 2)) });
  });

  it('reads whole built months from sales_month and answers exactly as the cost ledger alone', async () => {
    // Before any month is built, nothing is summed
    expect(await builtSalesMonthsWithin(server.database.prisma, monthStart(6), new Date())).toBeNull();
    const asked = async () => {
      const answers = [];
      for (const [from, to] of ranges()) {
        for (const groupBy of ['PRODUCT', 'CATEGORY', 'LOCATION', 'COUNTERPARTY'] as const) {
          answers.push(
            await server.query(SalesReportDocument, { from: iso(from), to: iso(to), groupBy, first: 100 }),
            await server.query(SalesReportDocument, {
              from: iso(from),
              to: iso(to),
              groupBy,
              orderBy: 'UNITS',
              first: 2,
              category: categoryP,
            }),
          );
        }
      }
      return answers;
    };
    const beforeBuilding = await asked();

    // When the due months are built
    await server.services.stock.buildCheckpoints();
    const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM sales_month`);
    expect(rows[0]!.count).toBeGreaterThan(0);

    // Then the API answers as before, and every read equals the ledger's, most of them from built months
    expect(await asked()).toEqual(beforeBuilding);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(5);
    expect(await salesMonthDifferences()).toEqual([]);
  });

  it('reads the built months: a (deliberately) wrong sum shows in the report', async () => {
    const variables = {
      from: iso(monthStart(4)),
      to: iso(monthStart(1)),
      groupBy: 'COUNTERPARTY' as const,
      counterparty: 'Bolt',
    };
    const honest = (await server.query(SalesReportDocument, variables)).salesReport.totals.units;
    const tamper = (units: number) =>
      db.query(
        `UPDATE sales_month SET units = units + $1 WHERE month = $2 AND dimension = 'COUNTERPARTY' AND key = 'Bolt'`,
        [units, monthStart(3)],
      );
    expect((await tamper(1000)).rowCount).toBe(1);
    try {
      expect((await server.query(SalesReportDocument, variables)).salesReport.totals.units).toBe(honest + 1000);
    } finally {
      await tamper(-1000);
    }
    expect((await server.query(SalesReportDocument, variables)).salesReport.totals.units).toBe(honest);
  });

  it('stays exact after back-dated receipts, sales and reversals into built months, and a reversal now', async () => {
    // When a receipt at a new cost is back-dated into a built month (re-pricing every later sale of P)
    await receive(P, B, 40, '9.8765', inMonth(4, 1));
    // and sales are back-dated into built months, one to a new customer, one on a boundary
    ids.backDatedSale = await ship(R, A, 7, inMonth(3, 15), 'Cobalt', '2.2222');
    await ship(Q, B, 3, monthStart(2), undefined, '8.1');
    // and sales are reversed at moments inside built months and now
    await givenMovement(server, 'reverse', { movementId: ids.backDatedSale, occurredAt: iso(inMonth(2, 3)) });
    const early = await ship(Q, B, 2, inMonth(4, 20), 'Bolt', '5.5');
    await givenMovement(server, 'reverse', { movementId: early });
    // Then the built months were corrected in those transactions, and every read equals the ledger
    expect(await salesMonthDifferences()).toEqual([]);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(5);
  });

  it('builds a month again from the ledger, whatever sums it held', async () => {
    // Given the latest built month forgotten, and its sales sums wrong
    const { rows } = await db.query<{ at: Date }>('SELECT max(at) AS at FROM stock_checkpoint_month');
    const latest = rows[0]!.at;
    await db.query('DELETE FROM stock_checkpoint WHERE at = $1', [latest]);
    await db.query('DELETE FROM stock_checkpoint_month WHERE at = $1', [latest]);
    await db.query(`UPDATE sales_month SET units = units + 7 WHERE month = $1`, [monthStart(1)]);
    // When it is built again
    await server.services.stock.buildCheckpoints();
    // Then its sums are the ledger's again
    expect(await salesMonthDifferences()).toEqual([]);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(5);
  });
});

describe('building a month while a sale is back-dated into it', () => {
  const latest = async () =>
    (await db.query<{ at: Date }>('SELECT max(at) AS at FROM stock_checkpoint_month')).rows[0]!.at;
  // Assigned in beforeAll, once the server and db exist.
  let races: ReturnType<typeof checkpointRaces>;
  beforeAll(() => {
    races = checkpointRaces(db, server.databaseUrl);
  });
  const unbuild = (at: Date) => races.unbuild(at);
  const pending = (promise: Promise<unknown>) => races.pending(promise);
  const checkpointLock = (mode: 'ShareLock' | 'ExclusiveLock', granted: boolean) => races.checkpointLock(mode, granted);
  const connect = () => races.connect();

  it('waits for a back-dated sale in flight, then sums it', async () => {
    const month = await latest();
    await unbuild(month);
    const [costHolder, builder] = [await connect(), await connect()];
    try {
      // Given a back-dated sale held after its lines are inserted (its cost fold waits for a row lock)
      await costHolder.query('BEGIN');
      await costHolder.query('SELECT 1 FROM product_cost WHERE product_id = $1 FOR UPDATE', [rowIdOf(P)]);
      const write = server.send(ShipStockDocument, {
        input: {
          productId: P,
          locationId: A,
          quantity: 2,
          unitPrice: '4.44',
          counterparty: 'Acme',
          occurredAt: iso(inMonth(1, 3)),
        },
      });
      await checkpointLock('ShareLock', true);
      expect(await pending(write)).toBe(true);
      // When the month it is dated in is built meanwhile
      await builder.query('BEGIN');
      const build = builder.query('SELECT build_stock_checkpoint() AS at');
      // Then the build waits for the sale, and sums it once both commit
      await checkpointLock('ExclusiveLock', false);
      expect(await pending(build)).toBe(true);
      await costHolder.query('COMMIT');
      expect((await write).body.data?.shipStock.userErrors).toEqual([]);
      expect((await build).rows[0].at).toEqual(month);
      await builder.query('COMMIT');
    } finally {
      await costHolder.end();
      await builder.end();
    }
    expect(await salesMonthDifferences()).toEqual([]);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(5);
  });

  it('makes a back-dated receipt wait for a build in flight, then re-prices the new month', async () => {
    const month = await latest();
    await unbuild(month);
    const builder = await connect();
    try {
      // Given a build of the month, not yet committed
      await builder.query('BEGIN');
      expect((await builder.query('SELECT build_stock_checkpoint() AS at')).rows[0].at).toEqual(month);
      // When a receipt at a new cost is dated before the month's sales (their cost of goods sold changes)
      const write = server.send(ReceiveStockDocument, {
        input: { productId: R, locationId: A, quantity: 20, unitCost: '7.7777', occurredAt: iso(inMonth(1, 1)) },
      });
      // Then it waits for the build to commit, and corrects the month it built
      await checkpointLock('ShareLock', false);
      expect(await pending(write)).toBe(true);
      await builder.query('COMMIT');
      expect((await write).body.data?.receiveStock.userErrors).toEqual([]);
    } finally {
      await builder.end();
    }
    expect(await salesMonthDifferences()).toEqual([]);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(5);
  });
});
