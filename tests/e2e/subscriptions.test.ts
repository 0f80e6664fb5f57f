// GraphQL subscriptions through real WebSockets on a real server: what each subscription sends
// after real writes, their filters, replaying the feed from a cursor with no gap or duplicate,
// refusals (no credentials, revoked credentials, field rules, queries over the socket), the bound
// on one caller's open subscriptions, and the 1001 close on shutdown.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getDirectiveValues, type GraphQLDirective, type GraphQLField } from 'graphql';
import type { Client } from 'graphql-ws';
import {
  CommitReservationDocument,
  CreateApiKeyDocument,
  EventsDocument,
  FeedEventsDocument,
  LowStockAlertDocument,
  RecordMovementsDocument,
  ReservationChangedDocument,
  ReserveStockDocument,
  RevokeApiKeyDocument,
  StockLevelChangedDocument,
  StockLevelCostsDocument,
  UpdateProductDocument,
  type EventsQuery,
  type Role,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import { connect, eventually, LiveSubscription, subscribe } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
const clients: Client[] = [];

function clientFor(headers: Record<string, string>, on: TestServer = server): Client {
  const client = connect(on.url, headers);
  clients.push(client);
  return client;
}

/** Subscribes and waits until the server has it open, so a write made next is seen. */
async function subscribed<R>(on: TestServer, start: () => LiveSubscription<R>): Promise<LiveSubscription<R>> {
  await settled(on);
  const before = on.services.live.openSubscriptions;
  const subscription = start();
  await eventually(
    () => on.services.live.openSubscriptions > before || subscription.ending !== undefined,
    'the subscription to open',
  );
  if (subscription.ending) throw new Error(`refused: ${JSON.stringify(subscription.ending)}`);
  return subscription;
}

/** Disposed subscriptions close on the server a moment later: wait until the count stops moving. */
async function settled(on: TestServer): Promise<void> {
  let last = -1;
  while (on.services.live.openSubscriptions !== last) {
    last = on.services.live.openSubscriptions;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await server.close();
});

describe('stockLevelChanged', () => {
  it('sends the level a receipt left behind, with every figure', async () => {
    // Given a product and a location, and a subscriber for that product
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    const admin = clientFor(server.adminHeaders);
    const changes = await subscribed(server, () =>
      subscribe(admin, StockLevelChangedDocument, { productIds: [product.id] }),
    );

    // When 7 units are received
    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 7 });

    // Then one message carries the level as the receipt left it
    const [message] = await changes.atLeast(1);
    expect(message!.stockLevelChanged).toMatchObject({
      type: 'MOVEMENT_RECORDED',
      levels: [
        {
          product: { id: product.id },
          location: { id: location.id },
          onHand: 7,
          reserved: 0,
          committed: 0,
          damaged: 0,
          qualityControl: 0,
          safetyStock: 0,
          available: 7,
        },
      ],
    });
    expect(message!.stockLevelChanged.levels[0]!.updatedAt).toBe(message!.stockLevelChanged.occurredAt);
    changes.dispose();
  });

  it('filters by product and by location, sending a transfer’s two levels together', async () => {
    // Given two products at two locations, and three subscribers with different filters
    const [p1, p2] = [await givenProduct(server), await givenProduct(server)];
    const [l1, l2] = [await givenLocation(server), await givenLocation(server)];
    const admin = clientFor(server.adminHeaders);
    const byProduct = await subscribed(server, () =>
      subscribe(admin, StockLevelChangedDocument, { productIds: [p1.id] }),
    );
    const byLocation = await subscribed(server, () =>
      subscribe(admin, StockLevelChangedDocument, { locationIds: [l2.id] }),
    );
    const byBoth = await subscribed(server, () =>
      subscribe(admin, StockLevelChangedDocument, { productIds: [p2.id], locationIds: [l1.id] }),
    );

    // When p1 is received at l1 and 4 of them moved to l2, then p2 is received at l2 and at l1
    await givenMovement(server, 'receive', { productId: p1.id, locationId: l1.id, quantity: 10 });
    await givenMovement(server, 'transfer', {
      productId: p1.id,
      fromLocationId: l1.id,
      toLocationId: l2.id,
      quantity: 4,
    });
    await givenMovement(server, 'receive', { productId: p2.id, locationId: l2.id, quantity: 3 });
    await givenMovement(server, 'receive', { productId: p2.id, locationId: l1.id, quantity: 5 });

    // Then each subscriber got exactly the levels its filters let through, in order
    const levels = (messages: Awaited<ReturnType<typeof byProduct.atLeast>>) =>
      messages.map((message) =>
        message.stockLevelChanged.levels.map((level) => [level.product.id, level.location.id, level.onHand]),
      );
    expect(levels(await byProduct.atLeast(2))).toEqual([
      [[p1.id, l1.id, 10]],
      [
        [p1.id, l1.id, 6],
        [p1.id, l2.id, 4],
      ].sort(byLocationOrder(l1.id)),
    ]);
    expect(levels(await byLocation.atLeast(2))).toEqual([[[p1.id, l2.id, 4]], [[p2.id, l2.id, 3]]]);
    expect(levels(await byBoth.atLeast(1))).toEqual([[[p2.id, l1.id, 5]]]);
    // Nothing else arrives: a last receipt every filter lets through is each one's next message
    await givenMovement(server, 'receive', { productId: p1.id, locationId: l2.id, quantity: 1 });
    await givenMovement(server, 'receive', { productId: p2.id, locationId: l1.id, quantity: 1 });
    expect((await byProduct.atLeast(3)).length).toBe(3);
    expect((await byLocation.atLeast(3)).length).toBe(3);
    expect((await byBoth.atLeast(2)).length).toBe(2);
    for (const subscription of [byProduct, byLocation, byBoth]) subscription.dispose();
  });

  it('applies field rules inside messages as queries do: a VIEWER gets FORBIDDEN on averageCost, the rest flows', async () => {
    const viewer = await givenSignedInUser(server, 'VIEWER');
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    const client = clientFor({ authorization: await tokenOf(viewer) });
    const costs = await subscribed(server, () => subscribe(client, StockLevelCostsDocument, {}));

    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 2 });

    const [message] = await costs.received(1);
    expect(message!.data?.stockLevelChanged.levels[0]!.product).toEqual({ id: product.id, averageCost: null });
    expect(message!.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    costs.dispose();
  });
});

/** A transfer's levels come in the order the event lists them; compare as the event lists them. */
function byLocationOrder(first: string) {
  return (a: unknown[], b: unknown[]) => (a[1] === first ? -1 : b[1] === first ? 1 : 0);
}

async function tokenOf(user: { caller: { query: unknown } } & { email: string; password: string }) {
  const { token } = await server.services.auth.signIn(user.email, user.password, 'subscriptions-test');
  return `Bearer ${token}`;
}

describe('reservationChanged', () => {
  it('sends each change to reservations with the reference, the reservation read fresh', async () => {
    // Given stock, and a subscriber for the reference cart-42
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 10 });
    const admin = clientFor(server.adminHeaders);
    const reference = `cart-${Date.now()}`;
    const changes = await subscribed(server, () => subscribe(admin, ReservationChangedDocument, { reference }));

    // When a hold is made for another reference, then one for cart-42, which is then committed
    const line = { productId: product.id, locationId: location.id, quantity: 2 };
    await server.query(ReserveStockDocument, { input: { lines: [line], reference: 'someone-else' } });
    const { reserveStock } = await server.query(ReserveStockDocument, { input: { lines: [line], reference } });
    const reservationId = reserveStock.reservation!.id;
    await server.query(CommitReservationDocument, { input: { reservationId } });

    // Then the subscriber got the creation and the commitment of its reservation only
    const messages = await changes.atLeast(2);
    expect(messages.map((message) => message.reservationChanged.type)).toEqual([
      'RESERVATION_CREATED',
      'RESERVATION_COMMITTED',
    ]);
    for (const message of messages) {
      expect(message.reservationChanged.reservation).toMatchObject({ id: reservationId, reference });
    }
    // Read fresh: by the time the commitment is sent, the reservation is COMMITTED
    expect(messages[1]!.reservationChanged.reservation.status).toBe('COMMITTED');
    changes.dispose();
  });
});

describe('lowStockAlert', () => {
  it('alerts company-wide and at a location when available crosses the reorder point, both ways', async () => {
    // Given a product with a reorder point of 10, 15 units at a location, and two subscribers
    const product = await givenProduct(server, { reorderPoint: 10 });
    const location = await givenLocation(server);
    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 15 });
    const admin = clientFor(server.adminHeaders);
    const companyWide = await subscribed(server, () => subscribe(admin, LowStockAlertDocument, {}));
    const atLocation = await subscribed(server, () =>
      subscribe(admin, LowStockAlertDocument, { locationId: location.id }),
    );

    // When 8 ship (7 left, at or below 10), then 5 arrive (12, above)
    await givenMovement(server, 'ship', { productId: product.id, locationId: location.id, quantity: 8 });
    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 5 });

    // Then each says BELOW with 7, then ABOVE with 12
    const summary = (messages: Awaited<ReturnType<typeof companyWide.atLeast>>) =>
      messages
        .filter((message) => message.lowStockAlert.product.id === product.id)
        .map(({ lowStockAlert: alert }) => [
          alert.direction,
          alert.available,
          alert.reorderPoint,
          alert.location?.id ?? null,
        ]);
    await eventually(async () => summary(companyWide.data).length >= 2, 'two company-wide alerts');
    expect(summary(companyWide.data)).toEqual([
      ['BELOW', 7, 10, null],
      ['ABOVE', 12, 10, null],
    ]);
    expect(summary(await atLocation.atLeast(2))).toEqual([
      ['BELOW', 7, 10, location.id],
      ['ABOVE', 12, 10, location.id],
    ]);
    companyWide.dispose();
    atLocation.dispose();
  });

  it('at a location, judges that location’s own stock', async () => {
    // Given a product (reorder point 5) with 20 units at A and 3 at B: company-wide it is above
    const product = await givenProduct(server, { reorderPoint: 5 });
    const [a, b] = [await givenLocation(server), await givenLocation(server)];
    await givenMovement(server, 'receive', { productId: product.id, locationId: a.id, quantity: 20 });
    const admin = clientFor(server.adminHeaders);
    const atB = await subscribed(server, () => subscribe(admin, LowStockAlertDocument, { locationId: b.id }));

    // When 3 units arrive at B (3, at or below 5 there), and then 1 more at A
    await givenMovement(server, 'receive', { productId: product.id, locationId: b.id, quantity: 3 });
    await givenMovement(server, 'receive', { productId: product.id, locationId: a.id, quantity: 1 });
    await givenMovement(server, 'receive', { productId: product.id, locationId: b.id, quantity: 10 });

    // Then B's subscriber heard BELOW (3) and ABOVE (13), nothing of A
    const messages = await atB.atLeast(2);
    expect(messages.map(({ lowStockAlert: alert }) => [alert.direction, alert.available, alert.location?.id])).toEqual([
      ['BELOW', 3, b.id],
      ['ABOVE', 13, b.id],
    ]);
    atB.dispose();
  });

  it('reads the reorder point as it is now', async () => {
    const product = await givenProduct(server, { reorderPoint: 2 });
    const location = await givenLocation(server);
    const admin = clientFor(server.adminHeaders);
    const alerts = await subscribed(server, () => subscribe(admin, LowStockAlertDocument, { locationId: location.id }));
    await server.query(UpdateProductDocument, { input: { id: product.id, reorderPoint: 50 } });

    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 40 });

    const [message] = await alerts.atLeast(1);
    expect(message!.lowStockAlert).toMatchObject({ direction: 'BELOW', available: 40, reorderPoint: 50 });
    alerts.dispose();
  });
});

describe('events', () => {
  it('replays the feed after a cursor, then goes on live, with no gap and no duplicate while writes run', async () => {
    // Given a product and a location, and the cursor of a first receipt's event
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    const admin = clientFor(server.adminHeaders);
    const types = ['MOVEMENT_RECORDED' as const];
    const live = await subscribed(server, () => subscribe(admin, FeedEventsDocument, { types }));
    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 1 });
    const [first] = await live.atLeast(1);
    live.dispose();
    const cursor = first!.events.cursor;

    // And 5 more receipts while nobody listens
    const receive = () =>
      givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 1 });
    for (let i = 0; i < 5; i += 1) await receive();

    // When a subscriber resumes after the cursor while 20 more receipts are written concurrently
    const writes = Promise.all(Array.from({ length: 20 }, receive));
    const resumed = subscribe(admin, FeedEventsDocument, { types, after: cursor });
    await writes;

    // Then it gets exactly the 25 events after the cursor that the feed holds, in the feed's order.
    // The feed shows an event once no older writing transaction is open in the cluster, which other
    // test files share: it may hold the last receipts back for a while after they commit.
    let expected: Awaited<ReturnType<typeof feedAfter>> = [];
    await eventually(
      async () => {
        expected = await feedAfter(cursor, types);
        return expected.filter((event) => event.productIds.includes(product.id)).length >= 25;
      },
      'the feed to show the 25 receipts',
      90_000,
    );
    const ofProduct = expected.filter((event) => event.productIds.includes(product.id));
    expect(ofProduct).toHaveLength(25);
    const received = await resumed.atLeast(expected.length);
    expect(received.map((message) => message.events.node.id)).toEqual(expected.map((event) => event.id));
    expect(new Set(received.map((message) => message.events.node.id)).size).toBe(received.length);
    // And what commits next arrives live
    await receive();
    const [next] = (await resumed.atLeast(expected.length + 1)).slice(expected.length);
    expect(next!.events.node.type).toBe('MOVEMENT_RECORDED');
    expect(Number(next!.events.node.sequence)).toBeGreaterThan(
      Math.max(...received.map((m) => Number(m.events.node.sequence))),
    );
    resumed.dispose();
  });

  it('never drops events for a subscriber too slow to keep up: it catches up from the feed', async () => {
    // Given an open events iterator that is not read while 1,200 events commit (more than it queues)
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    const iterator = await server.services.live.events(['MOVEMENT_RECORDED'], undefined);
    const rows = Array.from({ length: 400 }, () => ({
      kind: 'RECEIPT' as const,
      productId: product.id,
      toLocationId: location.id,
      quantity: 1,
      unitCost: '1',
    }));
    for (let batch = 0; batch < 3; batch += 1) {
      const { recordMovements } = await server.query(RecordMovementsDocument, { input: { movements: rows } });
      expect(recordMovements.userErrors).toEqual([]);
    }

    // When it is read
    const sequences: bigint[] = [];
    while (sequences.length < 1200) {
      const next = await iterator.next();
      if (next.done) break;
      sequences.push(next.value.id);
    }
    await iterator.return?.();

    // Then it got all 1,200, each once, in the order written
    expect(sequences).toHaveLength(1200);
    expect(new Set(sequences).size).toBe(1200);
    expect([...sequences].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(sequences);
  });
});

/** Every event after `cursor` that the feed holds now, paged through Query.events. */
async function feedAfter(cursor: string, types: Array<'MOVEMENT_RECORDED'>) {
  const events: Array<{ id: string; productIds: string[] }> = [];
  let after: string | null | undefined = cursor;
  for (;;) {
    const { events: page }: EventsQuery = await server.query(EventsDocument, { after, types, first: 100 });
    events.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return events;
    after = page.pageInfo.endCursor;
  }
}

describe('refusals', () => {
  it('closes a socket without credentials with 4401', async () => {
    const anonymous = clientFor({});
    const refused = subscribe(anonymous, StockLevelChangedDocument, {});
    expect(await refused.ended()).toMatchObject({ closeCode: 4401 });
    expect(refused.ending?.closeReason).toMatch(/connection_init/);
  });

  it('closes a socket with a bad token with 4401 and says why', async () => {
    const forged = clientFor({ authorization: 'Bearer not-a-token' });
    const refused = subscribe(forged, StockLevelChangedDocument, {});
    expect(await refused.ended()).toEqual({ closeCode: 4401, closeReason: 'The session token is not valid.' });
  });

  it('takes an API key in connection_init as HTTP takes it, and refuses new subscriptions once it is revoked', async () => {
    // Given a VIEWER key on an open socket with one subscription
    const { createApiKey } = await server.query(CreateApiKeyDocument, { input: { name: 'live', role: 'VIEWER' } });
    const client = clientFor({ 'x-api-key': createApiKey.secret! });
    const first = await subscribed(server, () => subscribe(client, StockLevelChangedDocument, {}));

    // When the key is revoked, a new subscription on the same socket is refused
    await server.query(RevokeApiKeyDocument, { id: createApiKey.apiKey!.id });
    const second = subscribe(client, StockLevelChangedDocument, {});
    const ending = await second.ended();
    expect(ending.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['UNAUTHENTICATED', 'The API key has been revoked.'],
    ]);
    first.dispose();
  });

  it('ends an open subscription at its next event once its key is revoked, saying why', async () => {
    // Given a server that trusts an open subscription's credentials for 100 ms at a time
    const strict = await startTestServer({ subscriptions: { recheckMs: 100 } });
    try {
      // And a VIEWER key's subscription that has had one message
      const { createApiKey } = await strict.query(CreateApiKeyDocument, { input: { name: 'live', role: 'VIEWER' } });
      const client = clientFor({ 'x-api-key': createApiKey.secret! }, strict);
      const open = await subscribed(strict, () => subscribe(client, StockLevelChangedDocument, {}));
      const at = { productId: (await givenProduct(strict)).id, locationId: (await givenLocation(strict)).id };
      await givenMovement(strict, 'receive', { ...at, quantity: 1 });
      await open.atLeast(1);

      // When the key is revoked and, later than the 100 ms, another change commits
      await strict.query(RevokeApiKeyDocument, { id: createApiKey.apiKey!.id });
      await new Promise((resolve) => setTimeout(resolve, 150));
      await givenMovement(strict, 'receive', { ...at, quantity: 1 });

      // Then its next message is the refusal, not the change, and the subscription ends
      const [, refused] = await open.received(2);
      expect(refused!.data ?? null).toBeNull();
      expect(refused!.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['UNAUTHENTICATED', 'These credentials no longer hold: The API key has been revoked.'],
      ]);
      await open.ended();
      expect(open.completed).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it('runs only subscriptions over the socket', async () => {
    const admin = clientFor(server.adminHeaders);
    const query = new LiveSubscription(admin, '{ me { __typename } }', undefined);
    const ending = await query.ended();
    expect(ending.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(ending.errors?.[0]?.message).toMatch(/over HTTP/);
  });

  it('refuses a subscription sent over HTTP, pointing to the WebSocket', async () => {
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...server.adminHeaders },
      body: JSON.stringify({ query: 'subscription { stockLevelChanged { type } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(body.errors[0]!.message).toMatch(/WebSocket/);
  });

  it('refuses invalid documents and IDs with the codes HTTP gives', async () => {
    const admin = clientFor(server.adminHeaders);
    const invalid = new LiveSubscription(admin, 'subscription { stockLevelChanged { nope } }', undefined);
    expect((await invalid.ended()).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badId = subscribe(admin, StockLevelChangedDocument, { productIds: ['bm90LWFuLWlk'] });
    const [{ errors }] = (await badId.received(1)) as [{ errors?: Array<{ extensions?: { code?: unknown } }> }];
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['INVALID_ID']);
  });
});

describe('trusted documents', () => {
  it('under PERSISTED_QUERIES=only refuses a subscription sent as text, as HTTP refuses a query', async () => {
    const only = await startTestServer({ persistedQueries: { mode: 'only' } });
    try {
      const client = connect(only.url, only.adminHeaders);
      clients.push(client);
      const refused = subscribe(client, StockLevelChangedDocument, {});
      expect((await refused.ended()).errors?.map((error) => error.extensions?.code)).toEqual([
        'PERSISTED_QUERY_REQUIRED',
      ]);
    } finally {
      await only.close();
    }
  });
});

describe('the SDL’s @auth on each Subscription field, for every role', () => {
  // Expectations read from schema.graphql, as the HTTP authorization matrix does for queries.
  const sdl = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
  const auth = sdl.getDirective('auth') as GraphQLDirective;
  const requirementOf = (field: GraphQLField<unknown, unknown>) =>
    (getDirectiveValues(auth, field.astNode!) as { requires: Role }).requires;
  const RANK: Record<Role, number> = { VIEWER: 0, CLERK: 1, MANAGER: 2, ADMIN: 3 };
  const DOCUMENTS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
    stockLevelChanged: { query: 'subscription { stockLevelChanged { type } }' },
    reservationChanged: { query: 'subscription { reservationChanged(reference: "x") { type } }' },
    lowStockAlert: { query: 'subscription { lowStockAlert { direction } }' },
    events: { query: 'subscription { events { cursor } }' },
  };
  const fields = Object.values(sdl.getSubscriptionType()!.getFields());
  beforeAll(async () => {
    // A job that stays QUEUED (this server runs no import jobs), so following it stays open.
    const response = await server.fetch('/imports/products', {
      method: 'POST',
      headers: { ...server.adminHeaders, 'content-type': 'text/csv' },
      body: 'sku,name,price\nSUBSCRIBED-1,Followed,1\n',
    });
    const { id } = (await response.json()) as { id: string };
    DOCUMENTS.importJobProgress = { query: `subscription { importJobProgress(id: "${id}") { status } }` };
  });

  it('covers every Subscription field', () => {
    expect(fields.map((field) => field.name).sort()).toEqual(Object.keys(DOCUMENTS).sort());
  });

  for (const role of ['VIEWER', 'CLERK', 'MANAGER', 'ADMIN'] as Role[]) {
    it(`as ${role}`, async () => {
      const user = await givenSignedInUser(server, role);
      const client = clientFor({ authorization: await tokenOf(user) });
      for (const field of fields) {
        const { query } = DOCUMENTS[field.name]!;
        const subscription = new LiveSubscription(client, query, undefined);
        if (RANK[role] >= RANK[requirementOf(field)]) {
          await eventually(() => subscription.ending === undefined, `${field.name} to stay open`);
          subscription.dispose();
        } else {
          expect((await subscription.ended()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        }
      }
    });
  }
});

describe('limits and shutdown', () => {
  let limited: TestServer;

  beforeAll(async () => {
    limited = await startTestServer({ subscriptions: { perCaller: 3 } });
  });

  afterAll(async () => {
    await limited.close();
  });

  it('bounds the subscriptions one caller keeps open, across sockets; completing one frees its place', async () => {
    // Given a VIEWER with 3 subscriptions open over two sockets
    const viewer = await givenSignedInUser(limited, 'VIEWER');
    const token = (await limited.services.auth.signIn(viewer.email, viewer.password, 'test')).token!;
    const [one, two] = [
      connect(limited.url, { authorization: `Bearer ${token}` }),
      connect(limited.url, { authorization: `Bearer ${token}` }),
    ];
    clients.push(one, two);
    const open = [
      await subscribed(limited, () => subscribe(one, StockLevelChangedDocument, {})),
      await subscribed(limited, () => subscribe(one, StockLevelChangedDocument, {})),
      await subscribed(limited, () => subscribe(two, StockLevelChangedDocument, {})),
    ];

    // When it asks for a fourth, it is refused; the admin is not
    const fourth = subscribe(two, StockLevelChangedDocument, {});
    expect((await fourth.ended()).errors?.map((error) => error.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    const adminClient = connect(limited.url, limited.adminHeaders);
    clients.push(adminClient);
    const admin = await subscribed(limited, () => subscribe(adminClient, StockLevelChangedDocument, {}));

    // And once one completes, a new one opens
    open[0]!.dispose();
    await eventually(async () => {
      const retry = subscribe(two, StockLevelChangedDocument, {});
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (retry.ending) return false;
      open.push(retry);
      return true;
    }, 'a place to free up');
    for (const subscription of [...open, admin]) subscription.dispose();
  });

  it('closes every socket with 1001 (Going Away) when the server stops', async () => {
    const client = connect(limited.url, limited.adminHeaders);
    clients.push(client);
    const subscription = await subscribed(limited, () => subscribe(client, StockLevelChangedDocument, {}));
    await limited.close();
    expect(await subscription.ended()).toMatchObject({ closeCode: 1001 });
    expect(limited.services.live.openSubscriptions).toBe(0);
    // Closed already; afterAll's close must not fail
    limited.close = async () => undefined;
  });
});
