// The ledger under contention, through real HTTP connections and a real PostgreSQL: no oversell,
// no deadlock, and one movement per idempotency key however many retries race.
import {
  ProductStockDocument,
  ReceiveStockDocument,
  ShipStockDocument,
  TransferStockDocument,
  VerifyStockLevelsDocument,
  type ReceiveStockMutation,
  type ShipStockMutation,
  type TransferStockMutation,
} from '../generated/graphql';
import { Client } from 'pg';
import { connectDatabase } from '../../src/db/client';
import { StockService } from '../../src/modules/stock/service';
import { Decimal } from '../../src/shared/decimal';
import { givenLocation, givenMovement, givenStock } from '../support/factories';
import { globalIdOf, rowIdOf } from '../support/ids';
import { postAlone } from '../support/alone';
import { ADMIN_EMAIL, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function expectNoDrift(target = server) {
  const { verifyStockLevels } = await target.query(VerifyStockLevelsDocument, {});
  expect(verifyStockLevels.differences).toEqual([]);
  expect(verifyStockLevels.ok).toBe(true);
}

describe('the ledger under concurrency', () => {
  it('never oversells: 250 concurrent shipments of 1 against 100 on hand ship exactly 100', async () => {
    const { product, location } = await givenStock(server, { quantity: 100, unitCost: '2.00' });

    const responses = await Promise.all(
      Array.from({ length: 250 }, () =>
        postAlone(server, ShipStockDocument, {
          input: { productId: product.id, locationId: location.id, quantity: 1 },
        }),
      ),
    );

    expect(responses.every((response) => response.status === 200)).toBe(true);
    const payloads = responses.map((response) => (response.data as ShipStockMutation).shipStock);
    const shipped = payloads.filter((payload) => payload.movement !== null);
    const refused = payloads.filter((payload) =>
      payload.userErrors.some((error) => error.code === 'INSUFFICIENT_STOCK'),
    );
    expect(shipped).toHaveLength(100);
    expect(refused).toHaveLength(150);
    expect(refused[0]?.userErrors[0]?.message).toMatch(/Requested 1 but only 0 available/);

    const { product: after } = await server.query(ProductStockDocument, { id: product.id });
    expect(after).toMatchObject({ onHand: 0, available: 0 });
    await expectNoDrift();
  });

  it('completes or cleanly refuses many opposite transfers between two locations, without deadlock', async () => {
    const { product, location: a } = await givenStock(server, { quantity: 30, unitCost: '2.00' });
    const b = await givenLocation(server);
    await givenMovement(server, 'receive', { productId: product.id, locationId: b.id, quantity: 30, unitCost: '2' });

    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, index) => {
        const [from, to] = index % 2 === 0 ? [a, b] : [b, a];
        return postAlone(server, TransferStockDocument, {
          input: { productId: product.id, fromLocationId: from.id, toLocationId: to.id, quantity: 1 + (index % 7) },
        });
      }),
    );

    expect(responses.every((response) => response.status === 200)).toBe(true);
    for (const response of responses) {
      const payload = (response.data as TransferStockMutation).transferStock;
      const clean =
        payload.movement !== null || payload.userErrors.every((error) => error.code === 'INSUFFICIENT_STOCK');
      expect(clean).toBe(true);
    }
    const { product: after } = await server.query(ProductStockDocument, { id: product.id });
    expect(after?.onHand).toBe(60);
    expect(after?.stockLevels.every((level) => level.onHand >= 0)).toBe(true);
    await expectNoDrift();
  });

  it('records one movement when the same idempotency key is sent 20 times in parallel', async () => {
    const { product, location } = await givenStock(server, { quantity: 50, unitCost: '2.00' });
    const before = await server.database.prisma.movement.count();

    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        postAlone(server, ShipStockDocument, {
          input: { productId: product.id, locationId: location.id, quantity: 3, idempotencyKey: 'order-42-ship' },
        }),
      ),
    );

    const payloads = responses.map((response) => (response.data as ShipStockMutation).shipStock);
    expect(payloads.every((payload) => payload.userErrors.length === 0)).toBe(true);
    expect(new Set(payloads.map((payload) => payload.movement?.id)).size).toBe(1);
    expect(payloads.every((payload) => payload.stockLevels[0]?.onHand === 47)).toBe(true);
    expect(await server.database.prisma.movement.count()).toBe(before + 1);
    const { product: after } = await server.query(ProductStockDocument, { id: product.id });
    expect(after?.onHand).toBe(47);
  });
});

describe('replays of a key still in flight, on a pool of 10 that waits 5 s (the defaults)', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ pool: { size: 10, timeoutMs: 5_000 } });
  });
  afterAll(() => small.close());

  it('answers 50 parallel replays with the one movement or IDEMPOTENCY_KEY_IN_PROGRESS, never DATABASE_BUSY, 5 rounds on one level', async () => {
    // Given one product at one location, which every round receives into (the storm once starved the pool here)
    const { product, location } = await givenStock(small, { quantity: 0 });

    for (let round = 1; round <= 5; round += 1) {
      // When a client's retry storm sends one receipt 50 times at once
      const idempotencyKey = `storm-${round}`;
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          postAlone(small, ReceiveStockDocument, {
            input: { productId: product.id, locationId: location.id, quantity: 7, unitCost: '1.50', idempotencyKey },
          }),
        ),
      );

      // Then no request failed, and each got the one movement or was told the first is still running
      expect(responses.flatMap((response) => response.errors?.map((error) => error.extensions?.code) ?? [])).toEqual(
        [],
      );
      const payloads = responses.map((response) => (response.data as ReceiveStockMutation).receiveStock);
      const answered = payloads.filter((payload) => payload.movement !== null);
      const inProgress = payloads.filter(
        (payload) =>
          payload.movement === null &&
          payload.userErrors.length === 1 &&
          payload.userErrors[0]?.code === 'IDEMPOTENCY_KEY_IN_PROGRESS',
      );
      expect(answered.length + inProgress.length).toBe(50);
      expect(answered.length).toBeGreaterThanOrEqual(1);
      expect(new Set(answered.map((payload) => payload.movement?.id)).size).toBe(1);
      expect(answered.every((payload) => payload.userErrors.length === 0)).toBe(true);
      expect(answered.every((payload) => payload.stockLevels[0]?.onHand === 7 * round)).toBe(true);
      expect(await small.database.prisma.movement.count({ where: { idempotencyKey } })).toBe(1);
    }

    // And the level holds exactly the five receipts
    const { product: after } = await small.query(ProductStockDocument, { id: product.id });
    expect(after?.onHand).toBe(35);
    await expectNoDrift(small);
  });

  it('tells a replay IDEMPOTENCY_KEY_IN_PROGRESS at once while another instance runs the first request, then answers its movement', async () => {
    // Given another instance on the same database, whose receipt under a key waits behind a level lock
    const { product, location } = await givenStock(small, { quantity: 1, unitCost: '1.00' });
    const admin = await small.database.prisma.user.findUniqueOrThrow({ where: { email: ADMIN_EMAIL } });
    const idempotencyKey = 'held-by-another-instance';
    const input = { productId: product.id, locationId: location.id, quantity: 4, unitCost: '1.50', idempotencyKey };
    const holder = await holdLevelLock(small, product.id, location.id);
    const otherDatabase = connectDatabase({ url: small.databaseUrl, poolSize: 2, connectionTimeoutMs: 5_000 });
    const otherInstance = new StockService(otherDatabase.prisma, { transactionWaitMs: 5_000 });
    try {
      const first = otherInstance.recordOne(
        { kind: 'user', userId: admin.id, role: admin.role, name: admin.name },
        'receiveStock',
        {
          kind: 'RECEIPT',
          productId: rowIdOf(product.id),
          toLocationId: rowIdOf(location.id),
          quantity: 4,
          unitCost: new Decimal('1.50'),
        },
        idempotencyKey,
      );
      await waitForLockWaiters(holder, 1);

      // When the client replays it on this instance
      const started = Date.now();
      const replay = await postAlone(small, ReceiveStockDocument, { input });

      // Then it is told the first is still running, promptly, and nothing is written twice
      expect(replay.errors).toBeUndefined();
      expect(replay.data?.receiveStock).toMatchObject({
        movement: null,
        userErrors: [{ code: 'IDEMPOTENCY_KEY_IN_PROGRESS', field: ['idempotencyKey'] }],
      });
      expect(Date.now() - started).toBeLessThan(2_000);

      // And once the first is done, the same replay answers its movement and the levels after it
      await holder.query('COMMIT');
      const recorded = await first;
      expect(recorded.userErrors).toEqual([]);
      const again = await postAlone(small, ReceiveStockDocument, { input });
      expect(again.data?.receiveStock.userErrors).toEqual([]);
      expect(again.data?.receiveStock.movement?.id).toBe(globalIdOf('Movement', String(recorded.movements[0]!.id)));
      expect(again.data?.receiveStock.stockLevels[0]?.onHand).toBe(5);
      expect(await small.database.prisma.movement.count({ where: { idempotencyKey } })).toBe(1);
    } finally {
      await release(holder);
      await otherDatabase.close();
    }
  });

  it('parks replays on this instance until the first request finishes, however long, and answers them its movement', async () => {
    // Given a receipt under a key that waits behind a level lock on this instance
    const { product, location } = await givenStock(small, { quantity: 2, unitCost: '1.00' });
    const idempotencyKey = 'slow-first-request';
    const input = { productId: product.id, locationId: location.id, quantity: 3, unitCost: '1.00', idempotencyKey };
    const holder = await holdLevelLock(small, product.id, location.id);
    try {
      const first = postAlone(small, ReceiveStockDocument, { input });
      await waitForLockWaiters(holder, 1);

      // When 30 replays arrive and the first stays stuck for a second (five times the claim's wait)
      const replays = Promise.all(Array.from({ length: 30 }, () => postAlone(small, ReceiveStockDocument, { input })));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // Then only the first holds a connection meanwhile
      expect(small.database.pool.totalCount - small.database.pool.idleCount).toBe(1);
      await holder.query('COMMIT');

      // And every replay gets the first's movement once it is done
      const answers = [await first, ...(await replays)];
      expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
      const payloads = answers.map((answer) => answer.data!.receiveStock);
      expect(payloads.every((payload) => payload.userErrors.length === 0)).toBe(true);
      expect(new Set(payloads.map((payload) => payload.movement?.id)).size).toBe(1);
      expect(payloads.every((payload) => payload.stockLevels[0]?.onHand === 5)).toBe(true);
      expect(await small.database.prisma.movement.count({ where: { idempotencyKey } })).toBe(1);
    } finally {
      await release(holder);
    }
  });
});

/** A session of its own that locks the product's level at the location, until it commits or is released. */
async function holdLevelLock(target: TestServer, productId: string, locationId: string): Promise<Client> {
  const holder = new Client({ connectionString: target.databaseUrl });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT 1 FROM stock_level WHERE product_id = $1 AND location_id = $2 FOR UPDATE', [
    rowIdOf(productId),
    rowIdOf(locationId),
  ]);
  return holder;
}

/** Ends a holder's session; what it did not commit is rolled back. */
async function release(holder: Client) {
  await holder.query('ROLLBACK').catch(() => undefined);
  await holder.end();
}

/** Waits until this many other sessions of the database wait for a lock. */
async function waitForLockWaiters(client: Client, count: number) {
  for (let tries = 0; tries < 100; tries += 1) {
    // Inside a transaction pg_stat_activity is read once and kept, unless the snapshot is cleared.
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    if ((rows[0]?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no session waited for a lock within 5 s`);
}
