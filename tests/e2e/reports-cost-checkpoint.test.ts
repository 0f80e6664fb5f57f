// Costs at built month boundaries (#14): a valuation at a past moment reads the costs of the
// boundary nearest it from cost_checkpoint and probes the cost ledger only for the products with
// lines in between. Every answer must equal the one that probes every product, for every grouping,
// location and moment (on a boundary, a millisecond either side, mid-month, before the first built
// month), after the months are built, after back-dated receipts (which re-price every later
// movement of their product), reversals and back-dated sales, and when a month is built while a
// back-dated receipt is in flight.
import { Client } from 'pg';
import { InventoryValuationDocument, ReceiveStockDocument } from '../generated/graphql';
import { checkpointAtOrBefore, checkpointNearest } from '../../src/modules/stock';
import { valuationPage, type ValuationGroupBy } from '../../src/modules/reports/store/valuation';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { checkpointRaces } from '../support/checkpoint-races';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';
import { inMonth, iso, monthStart, ms } from '../support/months';

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
const category = `Cost-checkpoints-${process.pid}`;

const moments = (): Date[] => [
  inMonth(6, 2),
  monthStart(4),
  ms(monthStart(4), -1),
  ms(monthStart(4), 1),
  inMonth(4, 3),
  inMonth(3, 14),
  inMonth(3, 25),
  ms(monthStart(2), -1),
  inMonth(2, 1),
  inMonth(1, 20),
  monthStart(0),
];

/**
 * Every grouping, company-wide and at each location, at every moment: read with the nearest
 * boundary's costs and by probing every product, the two must be equal. Returns how many reads
 * used a boundary.
 */
async function expectCheckpointEqualsProbes(): Promise<number> {
  const prisma = server.database.prisma;
  let used = 0;
  for (const at of moments()) {
    const checkpoint = await checkpointAtOrBefore(prisma, at);
    const costCheckpoint = await checkpointNearest(prisma, at);
    for (const [groupBy, locationId] of [
      ['LOCATION', null],
      ['CATEGORY', rowIdOf(A)],
      ['PRODUCT', rowIdOf(B)],
      ['LOCATION', rowIdOf(A)],
    ] as Array<[ValuationGroupBy, string | null]>) {
      const query = {
        at,
        groupBy,
        locationId,
        quantities: checkpoint ? ('checkpoint' as const) : ('ledgerLines' as const),
        checkpoint,
        limit: 100,
        offset: 0,
      };
      const probed = await valuationPage(prisma, { ...query, costCheckpoint: null });
      const fast = await valuationPage(prisma, { ...query, costCheckpoint });
      expect({ at, groupBy, locationId, page: fast }).toEqual({ at, groupBy, locationId, page: probed });
      if (costCheckpoint) used += 1;
    }
  }
  return used;
}

/** Rows of cost_checkpoint at built boundaries that differ from probing the cost ledger (should be none). */
async function costCheckpointDifferences(): Promise<unknown[]> {
  const { rows } = await db.query(
    `WITH ledger AS (
       SELECT month.at, p.id AS product_id, last.average_cost_after AS average_cost
       FROM stock_checkpoint_month month CROSS JOIN product p
       CROSS JOIN LATERAL (
         SELECT mc.average_cost_after FROM movement_cost mc
         WHERE mc.product_id = p.id AND mc.occurred_at < month.at
         ORDER BY mc.occurred_at DESC, mc.movement_id DESC LIMIT 1
       ) AS last
     ), stored AS (
       SELECT c.* FROM cost_checkpoint c JOIN stock_checkpoint_month month USING (at)
     )
     SELECT coalesce(s.at, l.at) AS at, coalesce(s.product_id, l.product_id) AS product_id,
            s.average_cost, l.average_cost AS ledger_cost, s.at IS NOT NULL AS stored, l.at IS NOT NULL AS in_ledger
     FROM stored s FULL JOIN ledger l USING (at, product_id)
     WHERE s.at IS NULL OR l.at IS NULL OR s.average_cost IS DISTINCT FROM l.average_cost`,
  );
  return rows;
}

const receive = async (productId: string, locationId: string, quantity: number, unitCost: string, at: Date) =>
  (await givenMovement(server, 'receive', { productId, locationId, quantity, unitCost, occurredAt: iso(at) })).id;
const ship = async (productId: string, locationId: string, quantity: number, at: Date) =>
  (await givenMovement(server, 'ship', { productId, locationId, quantity, unitPrice: '20', occurredAt: iso(at) })).id;

describe('costs at built month boundaries', () => {
  beforeAll(async () => {
    // Given three products at two locations, received at drifting costs and sold over six months,
    // on and around month boundaries, with transfers and a reversal
    [A, B] = [(await givenLocation(server)).id, (await givenLocation(server)).id];
    P = (await givenProduct(server, { category })).id;
    Q = (await givenProduct(server, { category })).id;
    R = (await givenProduct(server)).id;
    await receive(P, A, 300, '2.1234', inMonth(5, 1));
    await receive(Q, B, 200, '5', inMonth(5, 1));
    for (const k of [5, 4, 3, 2, 1]) {
      await receive(P, B, 20, (2 + k / 10).toFixed(4), inMonth(k, 3));
      await ship(P, A, 3, inMonth(k, 4));
      await ship(Q, B, 2, inMonth(k, 6));
      await givenMovement(server, 'transfer', {
        productId: Q,
        fromLocationId: B,
        toLocationId: A,
        quantity: 5,
        occurredAt: iso(inMonth(k, 8)),
      });
      await receive(Q, A, 7, (5 + k / 3).toFixed(4), ms(monthStart(k - 1), -1));
      await ship(P, B, 1, monthStart(k - 1));
    }
    // R is received only in month 2: before that it has no cost at all
    await receive(R, A, 50, '1.5', inMonth(2, 10));
    const reversed = await ship(P, A, 4, inMonth(4, 12));
    await givenMovement(server, 'reverse', { movementId: reversed, occurredAt: iso(inMonth(3, 2)) });
  });

  it('values from the nearest boundary exactly as probing every product does', async () => {
    // Before any month is built, no boundary is used
    expect(await checkpointNearest(server.database.prisma, inMonth(3, 1))).toBeNull();
    const asked = async () => {
      const answers = [];
      for (const at of moments()) {
        answers.push(
          await server.query(InventoryValuationDocument, { at: iso(at), groupBy: 'LOCATION', first: 100 }),
          await server.query(InventoryValuationDocument, {
            at: iso(at),
            groupBy: 'CATEGORY',
            locationId: A,
            first: 100,
          }),
        );
      }
      return answers;
    };
    const beforeBuilding = await asked();

    // When the due months are built
    await server.services.stock.buildCheckpoints();
    const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM cost_checkpoint`);
    expect(rows[0]!.count).toBeGreaterThan(0);

    // Then the API answers as before, and every read equals probing every product
    expect(await asked()).toEqual(beforeBuilding);
    expect(await expectCheckpointEqualsProbes()).toBeGreaterThanOrEqual(30);
    expect(await costCheckpointDifferences()).toEqual([]);
  });

  it('reads the boundary: a (deliberately) wrong cost shows in the valuation', async () => {
    // Six days before a boundary, 25 days after the one before it: the later one is nearest
    const at = inMonth(3, 25, 0);
    const boundary = await checkpointNearest(server.database.prisma, at);
    expect(boundary).toEqual(monthStart(2));
    const variables = { at: iso(at), groupBy: 'PRODUCT' as const, locationId: B, first: 100 };
    const valued = async () =>
      (await server.query(InventoryValuationDocument, variables)).inventoryValuation.totalValue;
    const honest = await valued();
    const saved = await db.query<{ product_id: string; average_cost: string | null }>(
      'SELECT product_id, average_cost FROM cost_checkpoint WHERE at = $1',
      [boundary],
    );
    // Every product's cost at that boundary set to 1000 (P did not move in between: its cost is read there)
    expect((await db.query('UPDATE cost_checkpoint SET average_cost = 1000 WHERE at = $1', [boundary])).rowCount).toBe(
      saved.rows.length,
    );
    try {
      expect(await valued()).not.toEqual(honest);
    } finally {
      for (const row of saved.rows) {
        await db.query('UPDATE cost_checkpoint SET average_cost = $1 WHERE at = $2 AND product_id = $3', [
          row.average_cost,
          boundary,
          row.product_id,
        ]);
      }
    }
    expect(await valued()).toEqual(honest);
  });

  it('stays exact after back-dated receipts, sales and reversals into built months, and a reversal now', async () => {
    // When a receipt at a new cost is back-dated into a built month (re-pricing every later movement of P)
    await receive(P, B, 40, '9.8765', inMonth(4, 1));
    // and R is first received even earlier, so boundaries that had no cost for it now have one
    await receive(R, B, 10, '0.75', inMonth(4, 5));
    // and sales are back-dated, one on a boundary, and reversed at moments inside built months and now
    const sale = await ship(Q, B, 3, monthStart(2));
    await givenMovement(server, 'reverse', { movementId: sale, occurredAt: iso(inMonth(2, 3)) });
    const early = await ship(P, A, 2, inMonth(4, 20));
    await givenMovement(server, 'reverse', { movementId: early });
    // Then the built boundaries were corrected in those transactions, and every read equals probing
    expect(await costCheckpointDifferences()).toEqual([]);
    expect(await expectCheckpointEqualsProbes()).toBeGreaterThanOrEqual(30);
  });

  it('builds a boundary again from the ledger, whatever costs it held', async () => {
    // Given the latest built month forgotten, and its costs wrong
    const { rows } = await db.query<{ at: Date }>('SELECT max(at) AS at FROM stock_checkpoint_month');
    const latest = rows[0]!.at;
    await checkpointRaces(db, server.databaseUrl).unbuild(latest);
    await db.query(`UPDATE cost_checkpoint SET average_cost = 7 WHERE at = $1`, [latest]);
    // When it is built again
    await server.services.stock.buildCheckpoints();
    // Then its costs are the ledger's again
    expect(await costCheckpointDifferences()).toEqual([]);
  });
});

describe('building a boundary while a receipt is back-dated before it', () => {
  const latest = async () =>
    (await db.query<{ at: Date }>('SELECT max(at) AS at FROM stock_checkpoint_month')).rows[0]!.at;

  it('makes a back-dated receipt wait for a build in flight, then re-prices the new boundary', async () => {
    const races = checkpointRaces(db, server.databaseUrl);
    const month = await latest();
    await races.unbuild(month);
    const builder = await races.connect();
    try {
      // Given a build of the month, not yet committed
      await builder.query('BEGIN');
      expect((await builder.query('SELECT build_stock_checkpoint() AS at')).rows[0].at).toEqual(month);
      // When a receipt at a new cost is dated before the boundary
      const write = server.send(ReceiveStockDocument, {
        input: { productId: Q, locationId: A, quantity: 20, unitCost: '7.7777', occurredAt: iso(inMonth(1, 1)) },
      });
      // Then it waits for the build to commit, and corrects the boundary it built
      await races.checkpointLock('ShareLock', false);
      expect(await races.pending(write)).toBe(true);
      await builder.query('COMMIT');
      expect((await write).body.data?.receiveStock.userErrors).toEqual([]);
    } finally {
      await builder.end();
    }
    expect(await costCheckpointDifferences()).toEqual([]);
    expect(await expectCheckpointEqualsProbes()).toBeGreaterThanOrEqual(30);
  });

  it('waits for a back-dated receipt in flight, then reads its cost', async () => {
    const races = checkpointRaces(db, server.databaseUrl);
    const month = await latest();
    await races.unbuild(month);
    const [holder, builder] = [await races.connect(), await races.connect()];
    try {
      // Given a back-dated receipt held after its lines are inserted (its cost fold waits for a row lock)
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM product_cost WHERE product_id = $1 FOR UPDATE', [rowIdOf(R)]);
      const write = server.send(ReceiveStockDocument, {
        input: { productId: R, locationId: B, quantity: 5, unitCost: '3.3333', occurredAt: iso(inMonth(1, 2)) },
      });
      await races.checkpointLock('ShareLock', true);
      expect(await races.pending(write)).toBe(true);
      // When the boundary after it is built meanwhile
      await builder.query('BEGIN');
      const build = builder.query('SELECT build_stock_checkpoint() AS at');
      // Then the build waits for the receipt, and reads its cost once both commit
      await races.checkpointLock('ExclusiveLock', false);
      expect(await races.pending(build)).toBe(true);
      await holder.query('COMMIT');
      expect((await write).body.data?.receiveStock.userErrors).toEqual([]);
      expect((await build).rows[0].at).toEqual(month);
      await builder.query('COMMIT');
    } finally {
      await holder.end();
      await builder.end();
    }
    expect(await costCheckpointDifferences()).toEqual([]);
  });
});
