// The movement summary's hourly sums (#14): the whole hours of built months are read from
// movement_hour, the rest from the ledger. Every answer must equal the ledger's alone, for every
// interval, zone (whole-hour offsets, and half-hour ones that must not use the sums), location,
// kind filter and range (hours and months cut at either end, a millisecond either side of a
// boundary), after the months are built, after back-dated movements and reversals into built
// months, and when a month is built while a back-dated movement is in flight.
import { Client } from 'pg';
import { MovementSummaryDocument, ShipStockDocument, TransferStockDocument } from '../generated/graphql';
import { summedHoursWithin } from '../../src/modules/stock';
import { bucketsOnWholeHours, INTERVALS, type SummaryInterval } from '../../src/modules/reports/movement-summary';
import { bucketSpans, movedUnits, type MovedUnitsQuery } from '../../src/modules/reports/store/movement-summary';
import type { MovementKind } from '../../src/generated/prisma/client';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { checkpointRaces } from '../support/checkpoint-races';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';
import { HOUR, inMonth, iso, monthStart, ms, now } from '../support/months';

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
let A: string;
let B: string;

/** The ranges asked; `end` closes those that run until now. */
const ranges = (end = new Date()): Array<[Date, Date]> => [
  [monthStart(5), end],
  [inMonth(4, 10, 7.5), end],
  [monthStart(4), monthStart(1)],
  [ms(monthStart(4), -1), ms(monthStart(1), 1)],
  [ms(monthStart(3), 1), ms(monthStart(2), -1)],
  [inMonth(3, 3, 0.25), inMonth(2, 20, 13.75)],
  [inMonth(2, 4, 0), inMonth(2, 4, 0)],
];
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide'];
const INTERVAL_NAMES: SummaryInterval[] = ['DAY', 'WEEK', 'MONTH'];

/** The ledger's own units per bucket, and the same read with the built hours when they may be. */
async function summedAndLedger(query: Omit<MovedUnitsQuery, 'unit' | 'summedHours'>, interval: SummaryInterval) {
  const prisma = server.database.prisma;
  const { unit, step } = INTERVALS[interval];
  const spans = await bucketSpans(prisma, { ...query, unit, step });
  const summedHours =
    spans.length > 0 && bucketsOnWholeHours(spans) ? await summedHoursWithin(prisma, query.from, query.to) : null;
  const sorted = async (hours: typeof summedHours) =>
    (await movedUnits(prisma, { ...query, unit, summedHours: hours })).sort((x, y) =>
      `${x.key}${x.kind}${x.reversal}${x.inward}`.localeCompare(`${y.key}${y.kind}${y.reversal}${y.inward}`),
    );
  return { summed: summedHours !== null, fast: await sorted(summedHours), ledger: await sorted(null) };
}

/** Every range, zone, interval, location and kind filter: the two reads must be equal. Returns how many used sums. */
async function expectSummedEqualsLedger(): Promise<number> {
  let summed = 0;
  const places = [null, rowIdOf(A), rowIdOf(B)];
  const kindFilters: Array<MovementKind[] | null> = [null, ['TRANSFER', 'SHIPMENT']];
  for (const [from, to] of ranges()) {
    for (const timeZone of ZONES) {
      for (const interval of INTERVAL_NAMES) {
        for (const locationId of places) {
          for (const kinds of kindFilters) {
            const query = { from, to, timeZone, locationId, kinds };
            const read = await summedAndLedger(query, interval);
            expect({ query, interval, groups: read.fast }).toEqual({ query, interval, groups: read.ledger });
            if (read.summed) summed += 1;
            if (timeZone === 'Asia/Kolkata' || timeZone === 'Australia/Adelaide') expect(read.summed).toBe(false);
          }
        }
      }
    }
  }
  return summed;
}

/** Rows of movement_hour in built months that differ from the ledger's sums (should be none). */
async function movementHourDifferences(): Promise<unknown[]> {
  const { rows } = await db.query(
    `WITH built AS (
       SELECT ((at AT TIME ZONE 'UTC') - interval '1 month') AT TIME ZONE 'UTC' AS month_start, at AS month_end
       FROM stock_checkpoint_month
     ), ledger AS (
       SELECT side.location_id, date_trunc('hour', m.occurred_at, 'UTC') AS hour, m.kind,
              m.reversal_of_id IS NOT NULL AS reversal, side.inward, sum(m.quantity)::bigint AS units
       FROM movement m
       CROSS JOIN LATERAL (VALUES
         ('00000000-0000-0000-0000-000000000000'::uuid, m.to_location_id IS NOT NULL),
         (m.from_location_id, m.to_location_id IS NOT DISTINCT FROM m.from_location_id),
         (CASE WHEN m.to_location_id IS DISTINCT FROM m.from_location_id THEN m.to_location_id END, true)
       ) AS side (location_id, inward)
       WHERE side.location_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM built WHERE m.occurred_at >= built.month_start AND m.occurred_at < built.month_end)
       GROUP BY 1, 2, 3, 4, 5
     ), stored AS (
       SELECT * FROM movement_hour h
       WHERE h.units <> 0 AND EXISTS (SELECT 1 FROM built WHERE h.hour >= built.month_start AND h.hour < built.month_end)
     )
     SELECT coalesce(s.location_id, l.location_id) AS location_id, coalesce(s.hour, l.hour) AS hour,
            coalesce(s.kind, l.kind) AS kind, s.units, l.units AS ledger_units
     FROM stored s FULL JOIN ledger l USING (location_id, hour, kind, reversal, inward)
     WHERE s.units IS DISTINCT FROM l.units`,
  );
  return rows;
}

const receive = (productId: string, locationId: string, quantity: number, at: Date) =>
  givenMovement(server, 'receive', { productId, locationId, quantity, occurredAt: iso(at) });
const ship = (productId: string, locationId: string, quantity: number, at: Date) =>
  givenMovement(server, 'ship', { productId, locationId, quantity, occurredAt: iso(at) });
const transfer = (productId: string, fromLocationId: string, toLocationId: string, quantity: number, at: Date) =>
  givenMovement(server, 'transfer', { productId, fromLocationId, toLocationId, quantity, occurredAt: iso(at) });

describe('movements summed by hour', () => {
  beforeAll(async () => {
    // Given two products at two locations moving over five months, on and around hour and month
    // boundaries and on the half hours, with a reversal dated later than what it reverses
    [A, B] = [(await givenLocation(server)).id, (await givenLocation(server)).id];
    P = (await givenProduct(server)).id;
    Q = (await givenProduct(server)).id;
    await receive(P, A, 500, inMonth(5, 0, 1));
    await receive(Q, B, 300, inMonth(5, 0, 2));
    for (const k of [5, 4, 3, 2, 1]) {
      await ship(P, A, 3, inMonth(k, 4, 10.5));
      await ship(Q, B, 2, inMonth(k, 6, 23.75));
      await transfer(P, A, B, 7, inMonth(k, 8, 0));
      await transfer(Q, B, A, 4, ms(inMonth(k, 8, 1), -1));
      await givenMovement(server, 'return', {
        productId: P,
        locationId: B,
        quantity: 1,
        occurredAt: iso(inMonth(k, 9)),
      });
      await givenMovement(server, 'writeOff', {
        productId: Q,
        locationId: A,
        quantity: 1,
        occurredAt: iso(inMonth(k, 10)),
      });
      await givenMovement(server, 'adjust', {
        productId: P,
        locationId: A,
        delta: -2,
        occurredAt: iso(inMonth(k, 11)),
      });
      await givenMovement(server, 'adjust', {
        productId: Q,
        locationId: B,
        delta: 3,
        occurredAt: iso(inMonth(k, 11, 22.5)),
      });
      await ship(P, A, 1, ms(monthStart(k - 1), -1));
      await ship(Q, B, 1, monthStart(k - 1));
    }
    // and a few in the month under way, none in the future whatever the day
    await ship(P, A, 2, ms(now, -2 * HOUR));
    await transfer(Q, B, A, 3, ms(now, -1.5 * HOUR));
    const reversed = await transfer(P, A, B, 5, inMonth(4, 12));
    await givenMovement(server, 'reverse', { movementId: reversed.id, occurredAt: iso(inMonth(3, 2)) });
  });

  it('reads whole hours of built months from movement_hour and answers exactly as the ledger alone', async () => {
    // Before any month is built, nothing is summed
    expect(await summedHoursWithin(server.database.prisma, monthStart(5), new Date())).toBeNull();
    const end = new Date();
    const asked = async () => {
      const answers = [];
      for (const [from, to] of ranges(end)) {
        for (const timeZone of ZONES) {
          for (const locationId of [null, A]) {
            answers.push(
              await server.query(MovementSummaryDocument, {
                from: iso(from),
                to: iso(to),
                interval: 'DAY',
                timeZone,
                locationId,
              }),
              await server.query(MovementSummaryDocument, {
                from: iso(from),
                to: iso(to),
                interval: 'MONTH',
                timeZone,
                locationId,
              }),
            );
          }
        }
      }
      return answers;
    };
    const beforeBuilding = await asked();

    // When the due months are built
    await server.services.stock.buildCheckpoints();
    const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM movement_hour`);
    expect(rows[0]!.count).toBeGreaterThan(0);

    // Then the API answers as before, and every read equals the ledger's, many of them from built hours
    expect(await asked()).toEqual(beforeBuilding);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(100);
    expect(await movementHourDifferences()).toEqual([]);
  });

  it('reads the built hours in whole-hour zones only: a (deliberately) wrong sum shows there', async () => {
    const variables = (timeZone: string, locationId: string | null) => ({
      from: iso(monthStart(4)),
      to: iso(monthStart(1)),
      interval: 'MONTH' as const,
      timeZone,
      locationId,
    });
    const shipped = async (timeZone: string, locationId: string | null) =>
      (await server.query(MovementSummaryDocument, variables(timeZone, locationId))).movementSummary.totals.shipped;
    const honest = {
      utc: await shipped('UTC', A),
      berlin: await shipped('Europe/Berlin', null),
      kolkata: await shipped('Asia/Kolkata', null),
    };
    const tamper = (units: number, locationId: string) =>
      db.query(
        `UPDATE movement_hour SET units = units + $1 WHERE location_id = $2 AND hour = $3 AND kind = 'SHIPMENT'`,
        [units, locationId, new Date(Math.floor(inMonth(3, 4, 10.5).getTime() / HOUR) * HOUR)],
      );
    expect((await tamper(1000, rowIdOf(A))).rowCount).toBe(1);
    expect((await tamper(1000, '00000000-0000-0000-0000-000000000000')).rowCount).toBe(1);
    try {
      expect(await shipped('UTC', A)).toBe(honest.utc + 1000);
      expect(await shipped('Europe/Berlin', null)).toBe(honest.berlin + 1000);
      expect(await shipped('Asia/Kolkata', null)).toBe(honest.kolkata);
    } finally {
      await tamper(-1000, rowIdOf(A));
      await tamper(-1000, '00000000-0000-0000-0000-000000000000');
    }
    expect(await shipped('UTC', A)).toBe(honest.utc);
  });

  it('stays exact after back-dated movements and reversals into built months, and a reversal now', async () => {
    // When movements are back-dated into built months, one on a month boundary
    await receive(Q, A, 40, inMonth(4, 1, 5));
    const moved = await transfer(Q, A, B, 6, inMonth(3, 15, 16.25));
    await ship(P, B, 3, monthStart(2));
    // and reversed at moments inside built months and now
    await givenMovement(server, 'reverse', { movementId: moved.id, occurredAt: iso(inMonth(2, 3)) });
    const early = await ship(Q, B, 2, inMonth(4, 20));
    await givenMovement(server, 'reverse', { movementId: early.id });
    // Then the built months were corrected in those transactions, and every read equals the ledger
    expect(await movementHourDifferences()).toEqual([]);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(100);
  });

  it('builds a month again from the ledger, whatever sums it held', async () => {
    // Given the latest built month forgotten, and its sums wrong
    const { rows } = await db.query<{ at: Date }>('SELECT max(at) AS at FROM stock_checkpoint_month');
    const latest = rows[0]!.at;
    await checkpointRaces(db, server.databaseUrl).unbuild(latest);
    await db.query(`UPDATE movement_hour SET units = units + 7 WHERE hour >= $1`, [monthStart(1)]);
    // When it is built again
    await server.services.stock.buildCheckpoints();
    // Then its sums are the ledger's again
    expect(await movementHourDifferences()).toEqual([]);
  });
});

describe('building a month while a movement is back-dated into it', () => {
  const latest = async () =>
    (await db.query<{ at: Date }>('SELECT max(at) AS at FROM stock_checkpoint_month')).rows[0]!.at;

  it('waits for a back-dated shipment in flight, then sums it', async () => {
    const races = checkpointRaces(db, server.databaseUrl);
    const month = await latest();
    await races.unbuild(month);
    const [holder, builder] = [await races.connect(), await races.connect()];
    try {
      // Given a back-dated shipment held after its movement is inserted (its cost fold waits for a row lock)
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM product_cost WHERE product_id = $1 FOR UPDATE', [rowIdOf(P)]);
      const write = server.send(ShipStockDocument, {
        input: { productId: P, locationId: A, quantity: 2, occurredAt: iso(inMonth(1, 3, 4)) },
      });
      await races.checkpointLock('ShareLock', true);
      expect(await races.pending(write)).toBe(true);
      // When the month it is dated in is built meanwhile
      await builder.query('BEGIN');
      const build = builder.query('SELECT build_stock_checkpoint() AS at');
      // Then the build waits for the shipment, and sums it once both commit
      await races.checkpointLock('ExclusiveLock', false);
      expect(await races.pending(build)).toBe(true);
      await holder.query('COMMIT');
      expect((await write).body.data?.shipStock.userErrors).toEqual([]);
      expect((await build).rows[0].at).toEqual(month);
      await builder.query('COMMIT');
    } finally {
      await holder.end();
      await builder.end();
    }
    expect(await movementHourDifferences()).toEqual([]);
  });

  it('makes a back-dated transfer wait for a build in flight, then corrects the new month', async () => {
    const races = checkpointRaces(db, server.databaseUrl);
    const month = await latest();
    await races.unbuild(month);
    const builder = await races.connect();
    try {
      // Given a build of the month, not yet committed
      await builder.query('BEGIN');
      expect((await builder.query('SELECT build_stock_checkpoint() AS at')).rows[0].at).toEqual(month);
      // When a transfer is dated in it
      const write = server.send(TransferStockDocument, {
        input: { productId: Q, fromLocationId: B, toLocationId: A, quantity: 3, occurredAt: iso(inMonth(1, 5, 6)) },
      });
      // Then it waits for the build to commit, and corrects the month it built
      await races.checkpointLock('ShareLock', false);
      expect(await races.pending(write)).toBe(true);
      await builder.query('COMMIT');
      expect((await write).body.data?.transferStock.userErrors).toEqual([]);
    } finally {
      await builder.end();
    }
    expect(await movementHourDifferences()).toEqual([]);
    expect(await expectSummedEqualsLedger()).toBeGreaterThanOrEqual(100);
  });
});
