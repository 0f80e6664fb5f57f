// The change feed (issue #13), through real HTTP and a real PostgreSQL: every change an integrator
// cares about writes an event in its own transaction, and a consumer paging `events(after:)` sees
// every committed event exactly once, each product's in ledger order, even when a transaction that
// took its sequence number first commits seconds after later ones. Then what each event says,
// the filters, retention, and the refusals.
import {
  ArchiveLocationDocument,
  ArchiveProductDocument,
  CommitReservationDocument,
  EventNodeDocument,
  EventsDocument,
  ExtendReservationDocument,
  ReleaseReservationDocument,
  ReserveStockDocument,
  RestoreProductDocument,
  ReverseMovementDocument,
  SetSafetyStockDocument,
  ShipStockDocument,
  TransferStockDocument,
  UpdateLocationDocument,
  UpdateProductDocument,
  type EventFieldsFragment,
  type EventsQueryVariables,
  type EventType,
} from '../generated/graphql';
import { postAlone } from '../support/alone';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { globalIdOf, rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Seen = EventFieldsFragment & { cursor: string };

/** Pages the feed from `after` until a page comes back empty; returns the events and the cursor to resume from. */
async function drain(after: string | null, variables: Omit<EventsQueryVariables, 'after'> = {}, first = 100) {
  const seen: Seen[] = [];
  let cursor = after;
  for (;;) {
    const { events } = await server.query(EventsDocument, { ...variables, after: cursor, first });
    seen.push(...events.edges.map((edge) => ({ ...edge.node, cursor: edge.cursor })));
    cursor = events.pageInfo.endCursor ?? cursor;
    if (events.edges.length === 0 || !events.pageInfo.hasNextPage) return { seen, cursor };
  }
}

/**
 * The feed's end once every event committed so far shows in it: a consumer starting here sees
 * only what is written next. (The feed may hold committed events back while any transaction of
 * the PostgreSQL cluster that began before them runs, other test files' included.)
 */
async function feedEnd() {
  const [{ last }] = await server.database.prisma.$queryRaw<[{ last: bigint }]>`
    SELECT COALESCE(MAX(id), 0) AS last FROM event`;
  let cursor: string | null = null;
  let seenAll = last === 0n;
  for (let attempt = 0; attempt < 400; attempt++) {
    const page = await drain(cursor);
    cursor = page.cursor;
    if (page.seen.some((event) => BigInt(event.sequence) === last)) seenAll = true;
    if (seenAll) return cursor;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`event ${last} never showed in the feed`);
}

/** The events written after `cursor`, once `count` of them are visible (the feed may hold some back briefly). */
async function eventsAfter(cursor: string | null, count: number, variables: Omit<EventsQueryVariables, 'after'> = {}) {
  let seen: Seen[] = [];
  for (let attempt = 0; attempt < 200; attempt++) {
    seen = (await drain(cursor, variables)).seen;
    if (seen.length >= count) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`expected ${count} events, the feed shows ${seen.length}: ${seen.map((e) => e.type).join(', ')}`);
}

const types = (events: Seen[]) => events.map((event) => event.type);

describe('the feed never skips an event', () => {
  it('shows a consumer paging throughout every event of 20 concurrent writers exactly once, each product’s in ledger order, though one writer holds its transaction open for 3 s', async () => {
    // Given 3 products with stock at 2 locations
    const locations = [await givenLocation(server), await givenLocation(server)];
    const products = [await givenProduct(server), await givenProduct(server), await givenProduct(server)];
    for (const product of products)
      for (const location of locations)
        await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 1000 });
    const start = await feedEnd();
    const [{ max: before }] = await server.database.prisma.$queryRaw<[{ max: bigint }]>`
      SELECT COALESCE(MAX(id), 0) AS max FROM event`;
    // And a database that holds the transaction of the write referenced SLOW open for 3 s after
    // it wrote its event: its sequence number is taken, and later ones commit first
    await server.database.prisma.$executeRawUnsafe(`
      CREATE FUNCTION test_slow_writer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.payload->'movement'->>'reference' = 'SLOW' THEN PERFORM pg_sleep(3); END IF;
        RETURN NEW;
      END $$`);
    await server.database.prisma.$executeRawUnsafe(
      'CREATE TRIGGER test_slow_writer AFTER INSERT ON event FOR EACH ROW EXECUTE FUNCTION test_slow_writer()',
    );

    try {
      // When 20 writers each record 6 movements (receipts, shipments, transfers) on their own
      // connections, the first writer's first one being SLOW
      let seed = 13;
      const random = (n: number) => {
        seed = (seed * 48_271) % 2_147_483_647;
        return seed % n;
      };
      const plans = Array.from({ length: 20 }, (_, writer) =>
        Array.from({ length: 6 }, (_, step) => ({
          kind: random(3),
          product: products[random(3)]!.id,
          from: random(2),
          reference: writer === 0 && step === 0 ? 'SLOW' : `W${writer}-${step}`,
        })),
      );
      let writing = true;
      const writers = Promise.all(
        plans.map(async (plan) => {
          for (const step of plan) {
            const at = locations[step.from]!.id;
            const other = locations[1 - step.from]!.id;
            const answer =
              step.kind === 0
                ? await postAlone(server, TransferStockDocument, {
                    input: {
                      productId: step.product,
                      fromLocationId: at,
                      toLocationId: other,
                      quantity: 1,
                      reference: step.reference,
                    },
                  })
                : step.kind === 1
                  ? await postAlone(server, ShipStockDocument, {
                      input: { productId: step.product, locationId: at, quantity: 1, reference: step.reference },
                    })
                  : await postAlone(server, ShipStockDocument, {
                      input: { productId: step.product, locationId: at, quantity: 2, reference: step.reference },
                    });
            expect(answer.errors).toBeUndefined();
          }
        }),
      ).finally(() => (writing = false));

      // And a consumer pages the feed, 7 events at a time, all the while
      const consumed: Seen[] = [];
      let cursor: string | null = start;
      // (noting, each time, the largest sequence number committed so far)
      const committedSoFar: Array<{ largest: number; consumedSoFar: number }> = [];
      const consumer = (async () => {
        while (writing) {
          const [row] = await server.database.prisma.$queryRaw<Array<{ largest: bigint }>>`
            SELECT COALESCE(MAX(id), 0) AS largest FROM event`;
          committedSoFar.push({ largest: Number(row!.largest), consumedSoFar: consumed.length });
          const { events } = await server.query(EventsDocument, { after: cursor, first: 7 });
          consumed.push(...events.edges.map((edge) => ({ ...edge.node, cursor: edge.cursor })));
          cursor = events.pageInfo.endCursor ?? cursor;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      await writers;
      await consumer;
      // And, once every writer is done, reads on until it holds every event written
      const [{ count }] = await server.database.prisma.$queryRaw<[{ count: number }]>`
        SELECT count(*)::int AS count FROM event WHERE id > ${before}`;
      expect(count).toBe(120);
      for (let attempt = 0; attempt < 300 && consumed.length < count; attempt++) {
        const { seen, cursor: next } = await drain(cursor, {}, 7);
        consumed.push(...seen);
        cursor = next;
        if (consumed.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
      }

      // Then it saw every event exactly once
      const written = await server.database.prisma.$queryRaw<Array<{ id: bigint }>>`
        SELECT id FROM event WHERE id > ${before} ORDER BY id`;
      const sequences = consumed.map((event) => event.sequence);
      expect(new Set(sequences).size).toBe(sequences.length);
      expect([...sequences].sort((a, b) => a - b)).toEqual(written.map((row) => Number(row.id)));
      // And the slow writer's event, whose sequence number is below events committed before it,
      // was not stepped over: a feed paged by sequence number alone would have lost it
      const slow = consumed.find(
        (event) => event.payload.__typename === 'MovementEventPayload' && event.payload.movement.reference === 'SLOW',
      )!;
      expect(slow).toBeDefined();
      const slowAt = consumed.indexOf(slow);
      expect(
        committedSoFar.some(({ largest, consumedSoFar }) => largest > slow.sequence && consumedSoFar <= slowAt),
      ).toBe(true);
      // And each product's movements arrived in ledger order (the order their ids were given under the product's lock)
      for (const product of products) {
        const movementIds = consumed
          .filter(
            (event) => event.productIds.includes(product.id) && event.payload.__typename === 'MovementEventPayload',
          )
          .map((event) =>
            event.payload.__typename === 'MovementEventPayload' ? Number(rowIdOf(event.payload.movement.id)) : 0,
          );
        expect(movementIds).toHaveLength(plans.flat().filter((step) => step.product === product.id).length);
        expect(movementIds).toEqual([...movementIds].sort((a, b) => a - b));
      }
      // And each event's levels are those its movement left, so the last one per level is the level now
      const { product } = { product: products[0]! };
      const last = new Map<string, number>();
      for (const event of consumed)
        if (event.payload.__typename === 'MovementEventPayload')
          for (const level of event.payload.stockLevels)
            if (level.productId === product.id) last.set(level.locationId, level.onHand);
      const levels = await server.database.prisma.stockLevel.findMany({ where: { productId: rowIdOf(product.id) } });
      for (const level of levels) expect(last.get(globalIdOf('Location', level.locationId))).toBe(level.onHand);
    } finally {
      await server.database.prisma.$executeRawUnsafe('DROP TRIGGER test_slow_writer ON event');
      await server.database.prisma.$executeRawUnsafe('DROP FUNCTION test_slow_writer()');
    }
  }, 60_000);
});

describe('what the events say', () => {
  it('records a reservation’s life, movements and their reversal, with the levels after each and who did it', async () => {
    const location = await givenLocation(server);
    const product = await givenProduct(server);
    const at = { productId: product.id, locationId: location.id };
    const start = await feedEnd();

    // When stock is received, reserved, committed, shipped against the reservation, and the shipment reversed
    const receipt = await givenMovement(server, 'receive', { ...at, quantity: 10 });
    const { reserveStock } = await server.query(ReserveStockDocument, {
      input: { lines: [{ ...at, quantity: 3 }], reference: 'ORDER-1', ttlSeconds: 600 },
    });
    const reservationId = reserveStock.reservation!.id;
    await server.query(CommitReservationDocument, { input: { reservationId } });
    const { shipStock } = await server.query(ShipStockDocument, { input: { ...at, quantity: 3, reservationId } });
    await server.query(ReverseMovementDocument, { input: { movementId: shipStock.movement!.id } });
    // And a shipment is refused (nothing is written, so nothing is said)
    const refused = await server.query(ShipStockDocument, { input: { ...at, quantity: 1000 } });
    expect(refused.shipStock.userErrors[0]?.code).toBe('INSUFFICIENT_STOCK');

    // Then the feed says each, in order
    const events = await eventsAfter(start, 6);
    expect(types(events)).toEqual([
      'MOVEMENT_RECORDED',
      'RESERVATION_CREATED',
      'RESERVATION_COMMITTED',
      'MOVEMENT_RECORDED',
      'RESERVATION_FULFILLED',
      'MOVEMENT_REVERSED',
    ]);
    const [received, created, committed, shipped, fulfilled, reversed] = events as [Seen, Seen, Seen, Seen, Seen, Seen];
    const level = (figures: Partial<Record<string, number>>) => ({
      productId: product.id,
      locationId: location.id,
      onHand: 0,
      reserved: 0,
      committed: 0,
      damaged: 0,
      qualityControl: 0,
      safetyStock: 0,
      available: 0,
      ...figures,
    });
    expect(received).toMatchObject({
      productIds: [product.id],
      locationIds: [location.id],
      reservationId: null,
      actor: { __typename: 'User' },
      payload: {
        __typename: 'MovementEventPayload',
        movement: { id: receipt.id, kind: 'RECEIPT', quantity: 10, fromLocationId: null, toLocationId: location.id },
        stockLevels: [level({ onHand: 10, available: 10 })],
      },
    });
    expect(created).toMatchObject({
      reservationId,
      payload: {
        __typename: 'ReservationEventPayload',
        reservation: {
          id: reservationId,
          status: 'ACTIVE',
          reference: 'ORDER-1',
          lines: [{ ...at, quantity: 3, fulfilled: 0, released: 0, outstanding: 3 }],
        },
        stockLevels: [level({ onHand: 10, reserved: 3, available: 7 })],
      },
    });
    expect(committed.payload).toMatchObject({
      reservation: { status: 'COMMITTED', expiresAt: null },
      stockLevels: [level({ onHand: 10, committed: 3, available: 7 })],
    });
    expect(shipped).toMatchObject({
      reservationId,
      payload: { movement: { kind: 'SHIPMENT', reservationId }, stockLevels: [level({ onHand: 7, available: 7 })] },
    });
    expect(fulfilled.payload).toMatchObject({
      reservation: { status: 'FULFILLED', lines: [{ fulfilled: 3, outstanding: 0 }] },
    });
    expect(reversed.payload).toMatchObject({
      movement: { reversalOfId: shipStock.movement!.id },
      stockLevels: [level({ onHand: 10, available: 10 })],
    });
    // And the sequence numbers rise, and an event reads back by node(id:)
    expect(events.map((event) => event.sequence)).toEqual(
      [...events.map((event) => event.sequence)].sort((a, b) => a - b),
    );
    const { node } = await server.query(EventNodeDocument, { id: received.id });
    expect(node).toMatchObject({ id: received.id, type: 'MOVEMENT_RECORDED', sequence: received.sequence });
  });

  it('records releases, extensions, expiry by the sweep, and safety stock changes (only real ones)', async () => {
    const location = await givenLocation(server);
    const product = await givenProduct(server);
    const at = { productId: product.id, locationId: location.id };
    await givenMovement(server, 'receive', { ...at, quantity: 10 });
    const start = await feedEnd();

    const hold = async (ttlSeconds: number) =>
      (await server.query(ReserveStockDocument, { input: { lines: [{ ...at, quantity: 2 }], ttlSeconds } }))
        .reserveStock.reservation!;
    const released = await hold(600);
    await server.query(ReleaseReservationDocument, {
      input: { reservationId: released.id, lines: [{ ...at, quantity: 1 }] },
    });
    await server.query(ExtendReservationDocument, { input: { reservationId: released.id, ttlSeconds: 1200 } });
    const lapsing = await hold(1);
    await server.query(SetSafetyStockDocument, { input: { ...at, quantity: 2 } });
    await server.query(SetSafetyStockDocument, { input: { ...at, quantity: 2 } });
    // When the brief hold has lapsed and the sweep runs
    await new Promise((resolve) => setTimeout(resolve, 1100));
    for (let attempt = 0; attempt < 50 && (await server.services.reservations.expireLapsed()) === 0; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 100));

    const events = await eventsAfter(start, 6);
    expect(types(events)).toEqual([
      'RESERVATION_CREATED',
      'RESERVATION_RELEASED',
      'RESERVATION_EXTENDED',
      'RESERVATION_CREATED',
      'SAFETY_STOCK_CHANGED',
      'RESERVATION_EXPIRED',
    ]);
    expect(events[1]!.payload).toMatchObject({
      reservation: { status: 'ACTIVE', lines: [{ released: 1, outstanding: 1 }] },
      stockLevels: [{ reserved: 1 }],
    });
    expect(events[4]!.payload).toMatchObject({ stockLevels: [{ safetyStock: 2, reserved: 3, available: 5 }] });
    // The sweep is Stockroom itself: no actor; the lapsed units count nowhere in the levels after it
    expect(events[5]).toMatchObject({
      actor: null,
      reservationId: lapsing.id,
      payload: { reservation: { status: 'EXPIRED' }, stockLevels: [{ reserved: 1, available: 7 }] },
    });
  });

  it('records catalogue changes, and a product crossing its reorder point either way', async () => {
    const location = await givenLocation(server);
    const product = await givenProduct(server);
    const at = { productId: product.id, locationId: location.id };
    await givenMovement(server, 'receive', { ...at, quantity: 10 });
    const start = await feedEnd();

    // When the reorder point is set to 5, stock falls to 5 and rises again, and the point is raised past it
    await server.query(UpdateProductDocument, { input: { id: product.id, reorderPoint: 5 } });
    await givenMovement(server, 'ship', { ...at, quantity: 4 });
    await givenMovement(server, 'ship', { ...at, quantity: 1 });
    await givenMovement(server, 'receive', { ...at, quantity: 1 });
    await server.query(UpdateProductDocument, { input: { id: product.id, reorderPoint: 100 } });
    // And the product is archived twice and restored, and the location renamed and archived
    await server.query(ArchiveProductDocument, { id: product.id });
    await server.query(ArchiveProductDocument, { id: product.id });
    await server.query(RestoreProductDocument, { id: product.id });
    await server.query(UpdateLocationDocument, { input: { id: location.id, name: 'Renamed' } });
    await server.query(ArchiveLocationDocument, { id: location.id });

    const events = await eventsAfter(start, 12);
    expect(types(events)).toEqual([
      'PRODUCT_UPDATED',
      'MOVEMENT_RECORDED',
      'MOVEMENT_RECORDED',
      'PRODUCT_BELOW_REORDER_POINT',
      'MOVEMENT_RECORDED',
      'PRODUCT_ABOVE_REORDER_POINT',
      'PRODUCT_UPDATED',
      'PRODUCT_BELOW_REORDER_POINT',
      'PRODUCT_ARCHIVED',
      'PRODUCT_RESTORED',
      'LOCATION_UPDATED',
      'LOCATION_ARCHIVED',
    ]);
    expect(events[3]).toMatchObject({
      productIds: [product.id],
      locationIds: [location.id],
      payload: { product: { id: product.id, reorderPoint: 5 }, available: 5 },
    });
    expect(events[5]!.payload).toMatchObject({ available: 6 });
    expect(events[7]).toMatchObject({ locationIds: [], payload: { product: { reorderPoint: 100 }, available: 6 } });
    expect(events[8]!.payload).toMatchObject({ product: { active: false } });
    expect(events[10]!.payload).toMatchObject({ location: { id: location.id, name: 'Renamed', active: true } });
    expect(events[11]!.payload).toMatchObject({ location: { active: false } });
  });
});

describe('reading the feed', () => {
  it('filters by type, product, location and reservation, and pages with cursors that resume exactly', async () => {
    const [here, there] = [await givenLocation(server), await givenLocation(server)];
    const [one, two] = [await givenProduct(server), await givenProduct(server)];
    const start = await feedEnd();
    await givenMovement(server, 'receive', { productId: one.id, locationId: here.id, quantity: 5 });
    await givenMovement(server, 'receive', { productId: two.id, locationId: there.id, quantity: 5 });
    const { reserveStock } = await server.query(ReserveStockDocument, {
      input: { lines: [{ productId: two.id, locationId: there.id, quantity: 1 }] },
    });
    await eventsAfter(start, 3);

    expect(types((await drain(start, { productId: one.id })).seen)).toEqual(['MOVEMENT_RECORDED']);
    expect(types((await drain(start, { locationId: there.id })).seen)).toEqual([
      'MOVEMENT_RECORDED',
      'RESERVATION_CREATED',
    ]);
    expect(types((await drain(start, { types: ['RESERVATION_CREATED' as EventType] })).seen)).toEqual([
      'RESERVATION_CREATED',
    ]);
    expect(types((await drain(start, { reservationId: reserveStock.reservation!.id })).seen)).toEqual([
      'RESERVATION_CREATED',
    ]);
    // Paging one at a time gives the same events as one page, and an empty page keeps the cursor
    const oneByOne = await drain(start, {}, 1);
    const all = await drain(start, {}, 100);
    expect(oneByOne.seen.map((event) => event.id)).toEqual(all.seen.map((event) => event.id));
    const { events: empty } = await server.query(EventsDocument, { after: all.cursor, first: 5 });
    expect(empty).toMatchObject({ edges: [], pageInfo: { endCursor: all.cursor, hasNextPage: false } });
  });

  it('refuses bad arguments with typed errors, and anonymous callers', async () => {
    const errors = async (variables: EventsQueryVariables, as = server as Pick<TestServer, 'send'>) =>
      ((await as.send(EventsDocument, variables)).body.errors ?? []).map((error) => error.extensions?.code);
    expect(await errors({ after: 'not-a-cursor' })).toEqual(['INVALID_CURSOR']);
    expect(await errors({ first: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await errors({ first: 101 })).toEqual(['PAGE_SIZE_EXCEEDED']);
    expect(await errors({ productId: 'nope' })).toEqual(['INVALID_ID']);
    expect(await errors({}, server.as({}))).toEqual(['UNAUTHENTICATED']);
  });

  it('prunes events older than the retention period, and only those', async () => {
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 1 });
    const [{ max }] = await server.database.prisma.$queryRaw<[{ max: bigint }]>`SELECT MAX(id) AS max FROM event`;
    // Given every event but the newest is 31 days old
    await server.database.prisma.$executeRaw`
      UPDATE event SET occurred_at = now() - interval '31 days' WHERE id < ${max}`;
    const [{ old }] = await server.database.prisma.$queryRaw<[{ old: number }]>`
      SELECT count(*)::int AS old FROM event WHERE id < ${max}`;

    // When the sweep prunes with the default 30 days
    const pruned = await server.services.events.prune();

    // Then the old ones are gone and the newest stays
    expect(pruned).toBe(old);
    expect(await server.database.prisma.event.findMany({ select: { id: true } })).toEqual([{ id: max }]);
  });
});
