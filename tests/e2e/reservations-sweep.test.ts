// The background sweep of expired holds (ReservationService.expireLapsed, run every
// RESERVATION_SWEEP_SECONDS by main.ts): it changes nothing anyone reads, since an expired hold already counts nowhere, but it
// stores the EXPIRED status, closes the lines and brings the levels' stored figures up to date.
import {
  ProductStockStatesDocument,
  ReservationNodeDocument,
  ReserveStockDocument,
  VerifyStockLevelsDocument,
} from '../generated/graphql';
import { Client } from 'pg';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { mainEnv, post, signIn, startMain, stopAllMains } from '../support/main-process';
import { createTestDatabase, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Waits, by polling both clocks, until `moment` has passed for this process and for PostgreSQL. */
async function until(moment: string) {
  for (;;) {
    const [row] = await server.database.prisma.$queryRaw<Array<{ passed: boolean }>>`
      SELECT now() > ${new Date(moment)} AS passed`;
    if (row?.passed && Date.now() > Date.parse(moment)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function storedLevel(productId: string, locationId: string) {
  const [row] = await server.database.prisma.$queryRaw<
    Array<{ storedReserved: number; reservedUntil: Date | null }>
  >`SELECT stored_reserved AS "storedReserved", reserved_until AS "reservedUntil" FROM stock_level
    WHERE product_id = ${rowIdOf(productId)}::uuid AND location_id = ${rowIdOf(locationId)}::uuid`;
  return row;
}

describe('sweeping expired holds', () => {
  it('expires lapsed holds, closes their lines and refreshes the levels, leaving live holds alone', async () => {
    // Given 20 units, a 1-second hold of 3 and another of 2, and an hour-long hold of 4
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 20 });
    const reserve = async (quantity: number, ttlSeconds: number) => {
      const { reserveStock } = await server.query(ReserveStockDocument, {
        input: { lines: [{ productId: product.id, locationId: location.id, quantity }], ttlSeconds },
      });
      expect(reserveStock.userErrors).toEqual([]);
      return reserveStock.reservation!;
    };
    const short = await reserve(3, 1);
    const shorter = await reserve(2, 1);
    const live = await reserve(4, 3600);
    expect(await storedLevel(product.id, location.id)).toMatchObject({ storedReserved: 9 });

    // When both short holds have expired, reads already leave them out, before any sweep
    await until(short.expiresAt!);
    await until(shorter.expiresAt!);
    const before = await server.query(ProductStockStatesDocument, { id: product.id });
    expect(before.product).toMatchObject({ onHand: 20, reserved: 4, available: 16 });

    // And the sweep runs
    const expired = await server.services.reservations.expireLapsed();

    // Then it expired exactly the two, stored their status, closed their lines and tidied the level
    expect(expired).toBe(2);
    const statuses = await server.database.prisma.reservation.findMany({
      where: { id: { in: [short, shorter, live].map((hold) => rowIdOf(hold.id)) } },
      include: { lines: true },
    });
    const byId = new Map(statuses.map((row) => [row.id, row]));
    expect(byId.get(rowIdOf(short.id))).toMatchObject({ status: 'EXPIRED', lines: [{ open: false }] });
    expect(byId.get(rowIdOf(shorter.id))).toMatchObject({ status: 'EXPIRED', lines: [{ open: false }] });
    expect(byId.get(rowIdOf(live.id))).toMatchObject({ status: 'ACTIVE', lines: [{ open: true }] });
    const stored = await storedLevel(product.id, location.id);
    expect(stored?.storedReserved).toBe(4);
    expect(stored?.reservedUntil?.toISOString()).toBe(live.expiresAt);

    // And what anyone reads is what it was before the sweep
    const after = await server.query(ProductStockStatesDocument, { id: product.id });
    expect(after).toEqual(before);
    const node = await server.query(ReservationNodeDocument, { id: short.id });
    expect(node.node).toMatchObject({ status: 'EXPIRED', lines: [{ quantity: 3, outstanding: 0 }] });
    const { verifyStockLevels } = await server.query(VerifyStockLevelsDocument, {});
    expect(verifyStockLevels.differences).toEqual([]);

    // And a second sweep finds nothing more to do
    expect(await server.services.reservations.expireLapsed()).toBe(0);
  });
});

describe('the sweep in a running Stockroom', () => {
  // This starts src/main.ts as `npm start` does (tsx, migrations), which takes a while on a busy machine.
  jest.setTimeout(240_000);
  afterAll(() => stopAllMains());

  it('runs every RESERVATION_SWEEP_SECONDS and stops with the server on SIGTERM', async () => {
    // Given Stockroom started on its own database with a 1-second sweep, and a 1-second hold
    const databaseUrl = await createTestDatabase();
    const admin = { email: 'sweep@example.com', password: 'sweep-test-password' };
    const running = await startMain(
      mainEnv({
        DATABASE_URL: databaseUrl,
        DEMO_DATA: 'off',
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
        RESERVATION_SWEEP_SECONDS: '1',
      }),
    );
    const token = await signIn(running, admin);
    const must = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const { body } = await post<T>(running, query, { token, variables });
      if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const { createProduct } = await must<{ createProduct: { product: { id: string } } }>(
      'mutation { createProduct(input: { sku: "SWEEP-1", name: "Swept", price: "1" }) { product { id } } }',
    );
    const { createLocation } = await must<{ createLocation: { location: { id: string } } }>(
      'mutation { createLocation(input: { code: "SWEEP", name: "Sweep" }) { location { id } } }',
    );
    const productId = createProduct.product.id;
    const locationId = createLocation.location.id;
    await must(
      'mutation($p: ID!, $l: ID!) { receiveStock(input: { productId: $p, locationId: $l, quantity: 5, unitCost: "1" }) { movement { id } } }',
      { p: productId, l: locationId },
    );
    const { reserveStock } = await must<{ reserveStock: { reservation: { id: string } } }>(
      'mutation($p: ID!, $l: ID!) { reserveStock(input: { lines: [{ productId: $p, locationId: $l, quantity: 2 }], ttlSeconds: 1 }) { reservation { id } } }',
      { p: productId, l: locationId },
    );

    // When the hold has expired and the sweep has had its turns
    const database = new Client({ connectionString: databaseUrl });
    await database.connect();
    try {
      // (the sweep stores the status, then tidies each level in a write of its own: wait for both)
      const read = async () => {
        const { rows } = await database.query<{ status: string }>('SELECT status FROM reservation WHERE id = $1', [
          rowIdOf(reserveStock.reservation.id),
        ]);
        const { rows: levels } = await database.query<{ stored_reserved: number; reserved_until: Date | null }>(
          'SELECT stored_reserved, reserved_until FROM stock_level',
        );
        return { status: rows[0]!.status, levels };
      };
      let seen = await read();
      for (let attempt = 0; attempt < 300 && seen.levels[0]?.stored_reserved !== 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await read();
      }

      // Then the stored status caught up, with no request asking for it, and the level was tidied
      expect(seen).toEqual({ status: 'EXPIRED', levels: [{ stored_reserved: 0, reserved_until: null }] });
    } finally {
      await database.end();
    }

    // And SIGTERM stops the sweep with the server, cleanly
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('expired holds tidied');
  });
});
