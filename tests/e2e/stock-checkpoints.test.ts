// Monthly checkpoints of the levels (#14, deep history): stockAsOf and the valuation at a past
// moment sum from the nearest built month, and must always equal a sum of the whole ledger, computed
// here straight from movement_line: with months built, after back-dated movements and reversals
// into built months, across state changes, and while a month is built concurrently with a write.
import { Client } from 'pg';
import {
  ChangeStockStateDocument,
  CheckpointLocationAsOfDocument,
  CheckpointProductAsOfDocument,
  InventoryValuationDocument,
  ReceiveStockDocument,
  type StockState,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { checkpointRaces } from '../support/checkpoint-races';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';
import { dueMonthStarts, inMonth, iso, monthStart } from '../support/months';

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

interface Level {
  productId: string;
  locationId: string;
  onHand: number;
  damaged: number;
  qualityControl: number;
}

/** Every non-zero level at `at`, summed over the whole ledger (no checkpoint), in the given scope. */
async function ledgerLevels(at: Date, scope: { productId?: string; locationId?: string }): Promise<Level[]> {
  const { rows } = await db.query<Level>(
    `SELECT product_id AS "productId", location_id AS "locationId", SUM(delta)::int AS "onHand",
            COALESCE(SUM(delta) FILTER (WHERE state = 'DAMAGED'), 0)::int AS damaged,
            COALESCE(SUM(delta) FILTER (WHERE state = 'QUALITY_CONTROL'), 0)::int AS "qualityControl"
     FROM movement_line
     WHERE occurred_at <= $1 AND ($2::uuid IS NULL OR product_id = $2) AND ($3::uuid IS NULL OR location_id = $3)
     GROUP BY product_id, location_id HAVING SUM(delta) <> 0
     ORDER BY product_id, location_id`,
    [at, scope.productId ?? null, scope.locationId ?? null],
  );
  return rows;
}

const byKey = (a: Level, b: Level) =>
  a.productId === b.productId ? a.locationId.localeCompare(b.locationId) : a.productId.localeCompare(b.productId);

/** Product.stockAsOf (optionally at one location) and Location.stockAsOf, as rows like ledgerLevels'. */
async function productAsOf(productId: string, at: Date, locationId?: string): Promise<Level[]> {
  const { product } = await server.query(CheckpointProductAsOfDocument, { id: productId, at: iso(at), locationId });
  const levels = product!.stockAsOf.levels.map(({ location, ...figures }) => ({
    productId: rowIdOf(productId),
    locationId: rowIdOf(location.id),
    ...figures,
  }));
  expect(product!.stockAsOf.onHand).toBe(levels.reduce((sum, level) => sum + level.onHand, 0));
  return levels.sort(byKey);
}

async function locationAsOf(locationId: string, at: Date): Promise<Level[]> {
  const { location } = await server.query(CheckpointLocationAsOfDocument, { id: locationId, at: iso(at) });
  return location!.stockAsOf.levels
    .map(({ product, ...figures }) => ({ productId: rowIdOf(product.id), locationId: rowIdOf(locationId), ...figures }))
    .sort(byKey);
}

/** The valuation by location at `at`, valued from the whole ledger and the cost ledger in SQL. */
async function ledgerValuation(at: Date) {
  const { rows } = await db.query<{ key: string; quantity: number; value: string }>(
    `WITH q AS (
       SELECT product_id, location_id, sum(delta) AS quantity FROM movement_line WHERE occurred_at <= $1
       GROUP BY product_id, location_id
     ), c AS (
       SELECT DISTINCT ON (product_id) product_id, average_cost_after FROM movement_cost WHERE occurred_at <= $1
       ORDER BY product_id, occurred_at DESC, movement_id DESC
     )
     SELECT l.code AS key, sum(q.quantity)::int AS quantity,
            sum(round(q.quantity * coalesce(c.average_cost_after, 0), 4))::text AS value
     FROM q JOIN location l ON l.id = q.location_id LEFT JOIN c USING (product_id)
     WHERE q.quantity > 0 GROUP BY l.code ORDER BY l.code`,
    [at],
  );
  return rows.map((row) => ({ key: row.key, quantity: row.quantity, value: Number(row.value) }));
}

async function apiValuation(at: Date) {
  const { inventoryValuation } = await server.query(InventoryValuationDocument, {
    at: iso(at),
    groupBy: 'LOCATION',
    first: 100,
  });
  return inventoryValuation.nodes
    .map((node) => ({ key: node.key, quantity: node.quantity, value: Number(node.value) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Built months whose rows differ from the ledger's sum of every line before them (should be none). */
async function checkpointDifferences(): Promise<unknown[]> {
  const { rows } = await db.query(
    `SELECT m.at, d.* FROM stock_checkpoint_month m
     CROSS JOIN LATERAL (
       SELECT coalesce(c.product_id, l.product_id) AS product_id, coalesce(c.location_id, l.location_id) AS location_id,
              c.on_hand AS stored, l.on_hand AS ledger
       FROM (SELECT * FROM stock_checkpoint WHERE at = m.at) AS c
       FULL JOIN (
         SELECT product_id, location_id, sum(delta) AS on_hand,
                sum(delta) FILTER (WHERE state = 'DAMAGED') AS damaged,
                sum(delta) FILTER (WHERE state = 'QUALITY_CONTROL') AS quality_control
         FROM movement_line WHERE occurred_at < m.at GROUP BY product_id, location_id
       ) AS l ON l.product_id = c.product_id AND l.location_id = c.location_id
       WHERE coalesce(c.on_hand, 0) <> coalesce(l.on_hand, 0)
          OR coalesce(c.damaged, 0) <> coalesce(l.damaged, 0)
          OR coalesce(c.quality_control, 0) <> coalesce(l.quality_control, 0)
     ) AS d`,
  );
  return rows;
}

async function builtMonths(): Promise<Date[]> {
  const { rows } = await db.query<{ at: Date }>('SELECT at FROM stock_checkpoint_month ORDER BY at');
  return rows.map((row) => row.at);
}

let productP: string;
let productQ: string;
let locationA: string;
let locationB: string;
const ids: Record<string, string> = {};

/** Around every month boundary of the scenario, and in the middle of each month. */
const moments = () => [
  ...[0, 1, 2, 3, 4, 5, 6].flatMap((k) => [
    new Date(monthStart(k).getTime() - 1),
    monthStart(k),
    new Date(monthStart(k).getTime() + 1),
    inMonth(k, 14, 0),
  ]),
  new Date(),
];

/** Every read of the scenario equals the whole ledger's sum, at every moment. */
async function expectHistoryExact() {
  for (const at of moments().filter((moment) => moment.getTime() <= Date.now())) {
    for (const productId of [productP, productQ]) {
      expect(await productAsOf(productId, at)).toEqual(await ledgerLevels(at, { productId: rowIdOf(productId) }));
      expect(await productAsOf(productId, at, locationA)).toEqual(
        await ledgerLevels(at, { productId: rowIdOf(productId), locationId: rowIdOf(locationA) }),
      );
    }
    for (const locationId of [locationA, locationB]) {
      expect(await locationAsOf(locationId, at)).toEqual(await ledgerLevels(at, { locationId: rowIdOf(locationId) }));
    }
    expect(await apiValuation(at)).toEqual(await ledgerValuation(at));
  }
  expect(await checkpointDifferences()).toEqual([]);
}

async function changeState(
  productId: string,
  locationId: string,
  from: StockState,
  to: StockState,
  quantity: number,
  at: Date,
) {
  const { changeStockState } = await server.query(ChangeStockStateDocument, {
    input: { productId, locationId, from, to, quantity, occurredAt: iso(at) },
  });
  expect(changeStockState.userErrors).toEqual([]);
}

describe('stock checkpoints', () => {
  beforeAll(async () => {
    // Given two products at two locations over six months, with damaged and quality-control units
    [locationA, locationB] = [(await givenLocation(server)).id, (await givenLocation(server)).id];
    [productP, productQ] = [(await givenProduct(server)).id, (await givenProduct(server)).id];
    const [P, Q, A, B] = [productP, productQ, locationA, locationB];
    const receive = async (productId: string, locationId: string, quantity: number, unitCost: string, at: Date) =>
      (await givenMovement(server, 'receive', { productId, locationId, quantity, unitCost, occurredAt: iso(at) })).id;
    ids.receiptP = await receive(P, A, 20, '2', inMonth(5, 2));
    await receive(Q, B, 10, '5', inMonth(5, 3));
    ids.transferP = (
      await givenMovement(server, 'transfer', {
        productId: P,
        fromLocationId: A,
        toLocationId: B,
        quantity: 5,
        occurredAt: iso(inMonth(4, 5)),
      })
    ).id;
    await changeState(P, A, 'AVAILABLE', 'DAMAGED', 3, inMonth(4, 6));
    await givenMovement(server, 'ship', { productId: P, locationId: A, quantity: 2, occurredAt: iso(inMonth(4, 10)) });
    await changeState(P, B, 'AVAILABLE', 'QUALITY_CONTROL', 2, inMonth(3, 1));
    ids.secondReceiptP = await receive(P, A, 10, '3', inMonth(3, 12));
    await givenMovement(server, 'writeOff', {
      productId: P,
      locationId: A,
      quantity: 1,
      fromState: 'DAMAGED',
      occurredAt: iso(inMonth(3, 20)),
    });
    await givenMovement(server, 'ship', { productId: Q, locationId: B, quantity: 4, occurredAt: iso(inMonth(2, 4)) });
    await changeState(P, B, 'QUALITY_CONTROL', 'AVAILABLE', 1, inMonth(2, 8));
    await receive(Q, A, 3, '6', inMonth(1, 15));
    await givenMovement(server, 'ship', { productId: P, locationId: A, quantity: 1 });
  });

  it('sums from the built months and equals the whole ledger at every moment, with every state', async () => {
    // Before any month is built, reads sum the ledger from its beginning
    expect(await builtMonths()).toEqual([]);
    await expectHistoryExact();

    // When the due months are built (a month is due a day after it ends)
    const built = await server.services.stock.buildCheckpoints();
    const due = dueMonthStarts([5, 4, 3, 2, 1, 0]);
    // (the month of the first line has no checkpoint: nothing before it)
    expect(await builtMonths()).toEqual(due.slice(1));
    expect(built).toBe(due.length - 1);
    // and building again finds nothing due
    expect(await server.services.stock.buildCheckpoints()).toBe(0);

    // Then every read still equals the whole ledger, damaged and quality control included
    await expectHistoryExact();
    const [level] = await productAsOf(productP, inMonth(3, 21), locationA);
    expect(level).toMatchObject({ onHand: 22, damaged: 2, qualityControl: 0 });
  });

  it('reads the checkpoint: a (deliberately) wrong checkpoint row shows in stockAsOf and the valuation', async () => {
    // Given a built month whose row for P at A is tampered with
    const at = monthStart(2);
    const moment = new Date(at.getTime() + 1);
    const honest = await productAsOf(productP, moment, locationA);
    const honestValue = await apiValuation(moment);
    const tamper = (units: number) =>
      db.query(
        'UPDATE stock_checkpoint SET on_hand = on_hand + $1 WHERE at = $2 AND product_id = $3 AND location_id = $4',
        [units, at, rowIdOf(productP), rowIdOf(locationA)],
      );
    const { rowCount } = await tamper(1000);
    try {
      expect(rowCount).toBe(1);
      // Then the reads just after it start from it, rather than from the ledger's beginning
      expect((await productAsOf(productP, moment, locationA))[0]!.onHand).toBe(honest[0]!.onHand + 1000);
      const total = (rows: Array<{ quantity: number }>) => rows.reduce((sum, row) => sum + row.quantity, 0);
      expect(total(await apiValuation(moment))).toBe(total(honestValue) + 1000);
      // while a read before it does not use it
      expect(await productAsOf(productP, new Date(at.getTime() - 1), locationA)).toEqual(
        await ledgerLevels(new Date(at.getTime() - 1), {
          productId: rowIdOf(productP),
          locationId: rowIdOf(locationA),
        }),
      );
    } finally {
      await tamper(-1000);
    }
    expect(await checkpointDifferences()).toEqual([]);
  });

  it('stays exact after back-dated movements into built months, in every state', async () => {
    // When movements are back-dated into months already built
    await givenMovement(server, 'receive', {
      productId: productP,
      locationId: locationB,
      quantity: 7,
      unitCost: '4',
      occurredAt: iso(inMonth(4, 20)),
    });
    await givenMovement(server, 'ship', {
      productId: productP,
      locationId: locationA,
      quantity: 3,
      occurredAt: iso(inMonth(3, 25)),
    });
    await changeState(productP, locationA, 'AVAILABLE', 'QUALITY_CONTROL', 2, inMonth(2, 3));
    ids.backDatedQ = (
      await givenMovement(server, 'receive', {
        productId: productQ,
        locationId: locationB,
        quantity: 4,
        unitCost: '1',
        occurredAt: iso(inMonth(5, 20)),
      })
    ).id;
    // Then every built month after them was corrected in their transactions
    expect(await checkpointDifferences()).toEqual([]);
    await expectHistoryExact();
  });

  it('stays exact after reversals dated in built months, and after one dated now', async () => {
    // When a receipt and a transfer are reversed at moments inside built months, and a receipt now
    for (const [id, at] of [
      [ids.secondReceiptP!, inMonth(3, 13)],
      [ids.transferP!, inMonth(4, 7)],
    ] as const) {
      await givenMovement(server, 'reverse', { movementId: id, occurredAt: iso(at) });
    }
    await givenMovement(server, 'reverse', { movementId: ids.backDatedQ! });
    // Then the corrections keep every read equal to the ledger
    expect(await checkpointDifferences()).toEqual([]);
    await expectHistoryExact();
  });

  it('costs a movement dated in the current month no extra statement, and a back-dated one into a built month one', async () => {
    const receiptStatements = async (occurredAt?: Date) => {
      const before = server.database.statementCount();
      const { receiveStock } = await server.query(ReceiveStockDocument, {
        input: {
          productId: productQ,
          locationId: locationA,
          quantity: 1,
          unitCost: '1',
          occurredAt: occurredAt ? iso(occurredAt) : undefined,
        },
      });
      expect(receiveStock.userErrors).toEqual([]);
      return server.database.statementCount() - before;
    };
    const datedNow = await receiptStatements();
    expect(await receiptStatements(new Date(Math.max(monthStart(0).getTime(), Date.now() - 60_000)))).toBe(datedNow);
    expect(await receiptStatements(inMonth(2, 1))).toBe(datedNow + 1);
    expect(await checkpointDifferences()).toEqual([]);
  });
});

describe('building a month while a movement is back-dated into it', () => {
  const latest = async () => (await builtMonths()).at(-1)!;
  // Assigned in beforeAll, once the server and db exist.
  let races: ReturnType<typeof checkpointRaces>;
  beforeAll(() => {
    races = checkpointRaces(db, server.databaseUrl);
  });
  const unbuild = (at: Date) => races.unbuild(at);
  const pending = (promise: Promise<unknown>) => races.pending(promise);
  const checkpointLock = (mode: 'ShareLock' | 'ExclusiveLock', granted: boolean) => races.checkpointLock(mode, granted);
  const connect = () => races.connect();

  it('waits for a back-dated movement in flight, then sums its lines', async () => {
    const month = await latest();
    await unbuild(month);
    const [costHolder, builder] = [await connect(), await connect()];
    try {
      // Given a back-dated receipt held after its lines are inserted (its cost fold waits for a row lock)
      await costHolder.query('BEGIN');
      await costHolder.query('SELECT 1 FROM product_cost WHERE product_id = $1 FOR UPDATE', [rowIdOf(productP)]);
      const write = server.send(ReceiveStockDocument, {
        input: {
          productId: productP,
          locationId: locationA,
          quantity: 4,
          unitCost: '2',
          occurredAt: iso(inMonth(1, 3)),
        },
      });
      await checkpointLock('ShareLock', true);
      expect(await pending(write)).toBe(true);
      // When the month before which it is dated is built meanwhile
      await builder.query('BEGIN');
      const build = builder.query('SELECT build_stock_checkpoint() AS at');
      // Then the build waits for the movement (its lock), however long
      await checkpointLock('ExclusiveLock', false);
      expect(await pending(build)).toBe(true);
      await costHolder.query('COMMIT');
      expect((await write).body.data?.receiveStock.userErrors).toEqual([]);
      expect((await build).rows[0].at).toEqual(month);
      await builder.query('COMMIT');
    } finally {
      await costHolder.end();
      await builder.end();
    }
    expect(await checkpointDifferences()).toEqual([]);
    await expectHistoryExact();
  });

  it('makes a back-dated movement wait for a build in flight, then corrects the new month', async () => {
    const month = await latest();
    await unbuild(month);
    const builder = await connect();
    try {
      // Given a build of the month, not yet committed
      await builder.query('BEGIN');
      expect((await builder.query('SELECT build_stock_checkpoint() AS at')).rows[0].at).toEqual(month);
      // When a movement dated before it is recorded
      const write = server.send(ReceiveStockDocument, {
        input: {
          productId: productQ,
          locationId: locationB,
          quantity: 2,
          unitCost: '3',
          occurredAt: iso(inMonth(1, 4)),
        },
      });
      // Then it waits for the build to commit, and corrects the month it built
      await checkpointLock('ShareLock', false);
      expect(await pending(write)).toBe(true);
      await builder.query('COMMIT');
      expect((await write).body.data?.receiveStock.userErrors).toEqual([]);
    } finally {
      await builder.end();
    }
    expect(await checkpointDifferences()).toEqual([]);
    await expectHistoryExact();
  });
});
