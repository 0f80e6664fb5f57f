// Fan-out across instances: two Stockroom processes (src/main.ts, as `npm start` runs it) on one
// database. A subscriber on instance B hears a write made through instance A within a second, with
// the right levels, through LISTEN/NOTIFY: B's fallback poll is set to a minute, so only the
// notification can bring it that fast. Then SIGTERM closes B's sockets with 1001 and B exits 0.
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { StockLevelChangedDocument } from '../generated/graphql';
import { connect, LiveSubscription } from '../support/live';
import { mainEnv, post, signIn, startMain, stopAllMains, type RunningMain } from '../support/main-process';
import { createTestDatabase } from '../support/server';

// Two processes start src/main.ts with tsx, which takes a while on a busy machine.
jest.setTimeout(240_000);

const admin = { email: 'instances@example.com', password: 'instances-test-password' };
let a: RunningMain;
let b: RunningMain;
let token: string;
const clients: Client[] = [];

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await stopAllMains();
});

async function must<T>(running: RunningMain, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await post<T>(running, query, { token, variables });
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const RECEIVE =
  'mutation($p: ID!, $l: ID!, $q: Int!) { receiveStock(input: { productId: $p, locationId: $l, quantity: $q, unitCost: "1" }) { movement { id } } }';

beforeAll(async () => {
  // Given two instances on one database; B polls the feed only once a minute
  const databaseUrl = await createTestDatabase();
  const env = (extra: Record<string, string>) =>
    mainEnv({
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'off',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'error',
      ...extra,
    });
  a = await startMain(env({}));
  b = await startMain(env({ SUBSCRIPTION_POLL_MS: '60000' }));
  // Both sign tokens with the key kept in the database, so A's token opens B's socket
  token = await signIn(a, admin);
});

it('a subscriber on B receives stockLevelChanged within a second of a write through A, with the right levels', async () => {
  const { createProduct } = await must<{ createProduct: { product: { id: string } } }>(
    a,
    'mutation { createProduct(input: { sku: "FANOUT-1", name: "Fan-out", price: "1" }) { product { id } } }',
  );
  const { createLocation } = await must<{ createLocation: { location: { id: string } } }>(
    a,
    'mutation { createLocation(input: { code: "FANOUT", name: "Fan-out" }) { location { id } } }',
  );
  const productId = createProduct.product.id;
  const locationId = createLocation.location.id;
  const client = connect(b.endpoint, { authorization: `Bearer ${token}` });
  clients.push(client);
  const changes = new LiveSubscription<{
    stockLevelChanged: {
      levels: Array<{ onHand: number; available: number; product: { id: string }; location: { id: string } }>;
    };
  }>(client, print(StockLevelChangedDocument), { productIds: [productId] });

  // The subscription is open on B once a write through B itself reaches it. Events wait while an
  // older writing transaction is open anywhere in the cluster, which other test files share, and
  // after a notification B tries again for under a second, then waits for the next notification
  // or its poll (a minute here). So a unit is received through B every 5 s until one reaches the
  // subscriber, for 90 s at most. A receipt made before B registered the subscription never
  // reaches it (subscriptions do not replay), so messages are told apart by the level they carry,
  // not by their place: the last set-up receipt's comes once the subscription is open.
  let setUp = 0;
  const openBy = Date.now() + 90_000;
  while (changes.messages.length === 0) {
    if (Date.now() > openBy) throw new Error('the subscription on B got no event within 90 s');
    await must(b, RECEIVE, { p: productId, l: locationId, q: 1 });
    setUp += 1;
    await changes.atLeast(1, 5_000).catch(() => undefined);
  }
  const leaves = (onHand: number) => (data: (typeof changes.data)[number]) =>
    data.stockLevelChanged.levels.some((level) => level.onHand === onHand);
  await changes.first(leaves(setUp), 90_000, `the level after ${setUp} set-up receipts`);

  // When three writes go through A, one at a time
  const delays: number[] = [];
  let onHand = setUp;
  for (const quantity of [2, 3, 4]) {
    onHand += quantity;
    const sent = performance.now();
    await must(a, RECEIVE, { p: productId, l: locationId, q: quantity });
    const message = await changes.first(leaves(onHand), 10_000, `the level ${onHand}`);
    delays.push(performance.now() - sent);
    // Then B's subscriber gets each one's level, as the write left it
    expect(message.stockLevelChanged.levels).toEqual([
      expect.objectContaining({ product: { id: productId }, location: { id: locationId }, onHand, available: onHand }),
    ]);
  }
  // Within a second of the write being sent (issue #13, acceptance 3); B's poll alone would take a minute
  expect(Math.max(...delays)).toBeLessThan(1000);

  // And SIGTERM closes B's sockets with 1001 (Going Away) before B exits cleanly
  b.child.kill('SIGTERM');
  expect(await changes.ended()).toMatchObject({ closeCode: 1001 });
  expect(await b.exited).toBe(0);
});
