// Stock states and reservations (issue #12), through real HTTP connections and a real PostgreSQL:
// holds never oversell however many clients race, a hold stops counting the instant it expires
// with no job run, a commitment moves with its shipments to FULFILLED, a mixed storm of every
// operation leaves every invariant standing, a reservation holds all its lines or none, and lines
// without a location follow the location strategy. Then the smaller rules: idempotency, partial
// release, extension, reads and filters, validation, state changes in history, safety stock.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ChangeStockStateDocument,
  CommitReservationDocument,
  ExtendReservationDocument,
  ProductStockStatesDocument,
  RecordMovementsDocument,
  ReleaseReservationDocument,
  ReservationNodeDocument,
  ReservationsDocument,
  ReserveStockDocument,
  SetSafetyStockDocument,
  ShipStockDocument,
  StockStatesAsOfDocument,
  UpdateLocationDocument,
  VerifyStockLevelsDocument,
  WriteOffStockDocument,
  type ChangeStockStateMutation,
  type CommitReservationMutation,
  type ReleaseReservationMutation,
  type ReservationFieldsFragment,
  type ReservationFilter,
  type ReserveStockInput,
  type ReserveStockMutation,
  type ShipStockMutation,
  type WriteOffStockMutation,
} from '../generated/graphql';
import { available } from '../../src/modules/stock';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser, givenStock } from '../support/factories';
import { Client } from 'pg';
import { rowIdOf } from '../support/ids';
import { postAlone, type Answer } from '../support/alone';
import { ADMIN_EMAIL, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function expectNoDrift() {
  const { verifyStockLevels } = await server.query(VerifyStockLevelsDocument, {});
  expect(verifyStockLevels.differences).toEqual([]);
  expect(verifyStockLevels.ok).toBe(true);
}

async function reserve(input: ReserveStockInput) {
  return (await server.query(ReserveStockDocument, { input })).reserveStock;
}

/** Holds units through reserveStock; a refusal fails the test's given steps. */
async function givenReservation(input: ReserveStockInput) {
  const { reservation, userErrors } = await reserve(input);
  if (!reservation) throw new Error(`reserveStock refused: ${JSON.stringify(userErrors)}`);
  return reservation;
}

async function commit(reservationId: string, idempotencyKey?: string) {
  return (await server.query(CommitReservationDocument, { input: { reservationId, idempotencyKey } }))
    .commitReservation;
}

async function ship(input: { productId: string; locationId: string; quantity: number; reservationId?: string }) {
  return (await server.query(ShipStockDocument, { input })).shipStock;
}

/** Every figure of a product and of its levels, by location code. */
async function statesOf(productId: string) {
  const { product } = await server.query(ProductStockStatesDocument, { id: productId });
  if (!product) throw new Error(`no product ${productId}`);
  return { ...product, at: new Map(product.stockLevels.map((level) => [level.location.code, level])) };
}

async function reservationById(id: string): Promise<ReservationFieldsFragment> {
  const { node } = await server.query(ReservationNodeDocument, { id });
  if (!node || !('status' in node)) throw new Error(`node(${id}) is not a Reservation`);
  return node as ReservationFieldsFragment;
}

async function reservationIds(filter: ReservationFilter) {
  const { reservations } = await server.query(ReservationsDocument, { filter, first: 100 });
  return reservations.nodes.map((node) => node.id);
}

/** Every reservation matching the filter, page by page. */
async function allReservations(filter: ReservationFilter) {
  const all: ReservationFieldsFragment[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { reservations } = await server.query(ReservationsDocument, { filter, first: 100, after });
    all.push(...reservations.nodes);
    if (!reservations.pageInfo.hasNextPage) return all;
    after = reservations.pageInfo.endCursor;
  }
}

/** Waits, by polling the clocks, until `moment` has passed for this process and for PostgreSQL. */
async function waitUntilPassed(moment: string) {
  const at = new Date(moment);
  for (;;) {
    const [row] = await server.database.prisma.$queryRaw<Array<{ passed: boolean }>>`SELECT now() > ${at} AS passed`;
    if (Date.now() > at.getTime() && row?.passed) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const reservationRows = async () => server.database.prisma.reservation.count();
const movementRows = async (productId: string) =>
  server.database.prisma.movement.count({ where: { productId: rowIdOf(productId) } });
const codes = (payload: { userErrors: Array<{ code: string }> }) => payload.userErrors.map((error) => error.code);

/** How many answers of each kind: 'held', a userError's code, a GraphQL error's code, or an HTTP status. */
function tally<R>(answers: Array<Answer<R>>, held: (data: R) => boolean, errorCodes: (data: R) => string[]) {
  const counts: Record<string, number> = {};
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const answer of answers) {
    if (answer.status !== 200) count(`HTTP ${answer.status}`);
    for (const error of answer.errors ?? []) count(`error ${error.extensions?.code ?? error.message}`);
    if (!answer.data) continue;
    if (held(answer.data)) count('held');
    for (const code of errorCodes(answer.data)) count(code);
  }
  return counts;
}

describe('reserving under contention', () => {
  it('holds exactly 100 of 1,000 concurrent one-unit holds on 100 available, each on its own connection', async () => {
    // Given 100 units at one location
    const { productId, locationId } = await givenStock(server, { quantity: 100 });

    // When 1,000 clients each try to hold one unit at once, each on a connection of its own
    const answers = await Promise.all(
      Array.from({ length: 1_000 }, (_, index) =>
        postAlone(server, ReserveStockDocument, {
          input: { lines: [{ productId, locationId, quantity: 1 }], ttlSeconds: 3600, reference: `cart-${index}` },
        }),
      ),
    );

    // Then exactly 100 are held and every other answer is INSUFFICIENT_STOCK: no error, no other status
    const outcome = (data: ReserveStockMutation) => data.reserveStock;
    expect(
      tally(
        answers,
        (data) => outcome(data).reservation !== null,
        (data) => codes(outcome(data)),
      ),
    ).toEqual({ held: 100, INSUFFICIENT_STOCK: 900 });
    const payloads = answers.map((answer) => outcome(answer.data!));
    const held = payloads.filter((payload) => payload.reservation !== null);
    expect(new Set(held.map((payload) => payload.reservation!.id)).size).toBe(100);
    expect(held.every((payload) => payload.reservation!.status === 'ACTIVE')).toBe(true);
    const refused = payloads.find((payload) => payload.reservation === null);
    expect(refused?.userErrors).toEqual([
      {
        code: 'INSUFFICIENT_STOCK',
        field: ['lines', '0', 'quantity'],
        message: 'Requested 1 but only 0 available at the location.',
      },
    ]);

    // And 100 holds exist, by the API and in the database, and nothing is left available
    const { reservations } = await server.query(ReservationsDocument, { filter: { productId, status: 'ACTIVE' } });
    expect(reservations.totalCount).toBe(100);
    const [stored] = await server.database.prisma.$queryRaw<Array<{ holds: number; units: number }>>`
      SELECT count(DISTINCT reservation_id)::int AS holds, COALESCE(SUM(quantity), 0)::int AS units
      FROM reservation_line WHERE product_id = ${rowIdOf(productId)}::uuid`;
    expect(stored).toEqual({ holds: 100, units: 100 });
    const states = await statesOf(productId);
    expect(states).toMatchObject({ onHand: 100, reserved: 100, committed: 0, available: 0 });
    expect(states.stockLevels[0]?.reservations).toHaveLength(100);

    // And a shipment without a reservation finds nothing to take, and the ledger has no drift
    const shipped = await ship({ productId, locationId, quantity: 1 });
    expect(shipped.userErrors).toEqual([
      { code: 'INSUFFICIENT_STOCK', field: ['quantity'], message: 'Requested 1 but only 0 available at the location.' },
    ]);
    expect(shipped.movement).toBeNull();
    await expectNoDrift();
  }, 300_000);
});

describe('a hold that expires', () => {
  it('gives its units back the instant it expires, with no job run, and can no longer be used', async () => {
    // Given 10 units, 4 of them held for 2 seconds
    const { productId, locationId, location } = await givenStock(server, { quantity: 10 });
    const held = await reserve({ lines: [{ productId, locationId, quantity: 4 }], ttlSeconds: 2 });
    expect(held.userErrors).toEqual([]);
    expect(held.stockLevels).toEqual([
      expect.objectContaining({ onHand: 10, reserved: 4, committed: 0, available: 6 }),
    ]);
    const reservation = held.reservation!;
    expect(reservation.status).toBe('ACTIVE');

    // When its expiresAt passes, and nothing writes to the level meanwhile
    await waitUntilPassed(reservation.expiresAt!);

    // Then nothing has tidied it (the stored figure still counts it)...
    const [stored] = await server.database.prisma.$queryRaw<Array<{ storedReserved: number }>>`
      SELECT stored_reserved AS "storedReserved" FROM stock_level
      WHERE product_id = ${rowIdOf(productId)}::uuid AND location_id = ${rowIdOf(locationId)}::uuid`;
    expect(stored?.storedReserved).toBe(4);
    // ...yet every read leaves it out: all 10 are available, and it reads EXPIRED, holding nothing
    const states = await statesOf(productId);
    expect(states).toMatchObject({ onHand: 10, reserved: 0, available: 10 });
    expect(states.at.get(location.code)).toMatchObject({ reserved: 0, available: 10, reservations: [] });
    const read = await reservationById(reservation.id);
    expect(read.status).toBe('EXPIRED');
    expect(read.lines).toEqual([expect.objectContaining({ quantity: 4, fulfilled: 0, outstanding: 0 })]);
    expect(await reservationIds({ productId, status: 'EXPIRED' })).toEqual([reservation.id]);
    expect(await reservationIds({ productId, status: 'ACTIVE' })).toEqual([]);

    // When it is fulfilled, extended, committed or released
    const movementsBefore = await movementRows(productId);
    const fulfilled = await ship({ productId, locationId, quantity: 1, reservationId: reservation.id });
    const { extendReservation } = await server.query(ExtendReservationDocument, {
      input: { reservationId: reservation.id, ttlSeconds: 600 },
    });
    const committed = await commit(reservation.id);
    const { releaseReservation } = await server.query(ReleaseReservationDocument, {
      input: { reservationId: reservation.id },
    });

    // Then each is RESERVATION_EXPIRED and nothing is written
    expect(fulfilled.userErrors).toEqual([
      expect.objectContaining({ code: 'RESERVATION_EXPIRED', field: ['reservationId'] }),
    ]);
    expect(fulfilled.movement).toBeNull();
    for (const payload of [extendReservation, committed, releaseReservation]) {
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: 'RESERVATION_EXPIRED', field: ['reservationId'] }),
      ]);
      expect(payload.reservation).toBeNull();
    }
    expect(await movementRows(productId)).toBe(movementsBefore);
    expect((await reservationById(reservation.id)).status).toBe('EXPIRED');

    // And its units go to the first shipment that asks, all 10 of them
    const all = await ship({ productId, locationId, quantity: 10 });
    expect(all.userErrors).toEqual([]);
    expect(all.stockLevels).toEqual([expect.objectContaining({ onHand: 0, reserved: 0, available: 0 })]);
    await expectNoDrift();
  });

  it('sells the units of an expired hold exactly once to 150 concurrent holds, though no write tidied it', async () => {
    // Given 100 units, all held for 1 second, and that second passed with no write to the level
    const { productId, locationId } = await givenStock(server, { quantity: 100 });
    const lapsed = await givenReservation({ lines: [{ productId, locationId, quantity: 100 }], ttlSeconds: 1 });
    await waitUntilPassed(lapsed.expiresAt!);

    // When 150 clients each try to hold one unit at once, each on a connection of its own
    const answers = await Promise.all(
      Array.from({ length: 150 }, () =>
        postAlone(server, ReserveStockDocument, {
          input: { lines: [{ productId, locationId, quantity: 1 }], ttlSeconds: 3600 },
        }),
      ),
    );

    // Then exactly the 100 units are held again, and none twice
    expect(
      tally(
        answers,
        (data) => data.reserveStock.reservation !== null,
        (data) => codes(data.reserveStock),
      ),
    ).toEqual({ held: 100, INSUFFICIENT_STOCK: 50 });
    expect(await statesOf(productId)).toMatchObject({ onHand: 100, reserved: 100, available: 0 });
    expect(await reservationIds({ productId, status: 'EXPIRED' })).toEqual([lapsed.id]);
    expect((await allReservations({ productId, status: 'ACTIVE' })).length).toBe(100);
    await expectNoDrift();
  }, 120_000);
});

describe('a committed reservation, shipped in parts', () => {
  it('moves onHand, committed and available together, ends FULFILLED, and refuses any further shipment', async () => {
    // Given 20 units at Main and 5 at Other, and an order holding 5 at Main
    const { productId, locationId, location } = await givenStock(server, { quantity: 20 });
    const other = await givenLocation(server);
    await givenMovement(server, 'receive', { productId, locationId: other.id, quantity: 5 });
    const held = await reserve({ lines: [{ productId, locationId, quantity: 5 }], reference: 'order-commit' });
    expect(held.stockLevels).toEqual([
      expect.objectContaining({ onHand: 20, reserved: 5, committed: 0, available: 15 }),
    ]);
    const id = held.reservation!.id;

    // When the order is placed: the hold is committed, with no expiry
    const committed = await commit(id);
    expect(committed.userErrors).toEqual([]);
    expect(committed.reservation).toMatchObject({ id, status: 'COMMITTED', expiresAt: null });
    expect(committed.stockLevels).toEqual([
      expect.objectContaining({ onHand: 20, reserved: 0, committed: 5, available: 15 }),
    ]);
    expect(codes(await commit(id))).toEqual(['ALREADY_COMMITTED']);

    // When 2 of its units ship
    const first = await ship({ productId, locationId, quantity: 2, reservationId: id });
    expect(first.userErrors).toEqual([]);
    expect(first.movement?.reservation?.id).toBe(id);
    expect(first.stockLevels).toEqual([expect.objectContaining({ onHand: 18, committed: 3, available: 15 })]);
    const partly = await reservationById(id);
    expect(partly.status).toBe('COMMITTED');
    expect(partly.lines).toEqual([expect.objectContaining({ quantity: 5, fulfilled: 2, outstanding: 3 })]);

    // Then more than it still holds, or units it does not hold, are refused and nothing is written
    const tooMany = await ship({ productId, locationId, quantity: 4, reservationId: id });
    expect(tooMany.userErrors).toEqual([
      {
        code: 'EXCEEDS_RESERVATION',
        field: ['quantity'],
        message: 'Requested 4 but the reservation holds only 3 here.',
      },
    ]);
    const elsewhere = await ship({ productId, locationId: other.id, quantity: 1, reservationId: id });
    expect(codes(elsewhere)).toEqual(['NOT_IN_RESERVATION']);
    expect((await statesOf(productId)).at.get(location.code)).toMatchObject({
      onHand: 18,
      committed: 3,
      available: 15,
    });

    // When the rest ships, as a row of a batch
    const { recordMovements } = await server.query(RecordMovementsDocument, {
      input: {
        movements: [{ kind: 'SHIPMENT', productId, fromLocationId: locationId, quantity: 3, reservationId: id }],
      },
    });
    expect(recordMovements.userErrors).toEqual([]);
    expect(recordMovements.movements[0]?.reservation?.id).toBe(id);

    // Then the level holds nothing for it, and it ends FULFILLED
    const after = await statesOf(productId);
    expect(after.at.get(location.code)).toMatchObject({ onHand: 15, reserved: 0, committed: 0, available: 15 });
    const done = await reservationById(id);
    expect(done).toMatchObject({ status: 'FULFILLED', expiresAt: null });
    expect(done.lines).toEqual([expect.objectContaining({ quantity: 5, fulfilled: 5, released: 0, outstanding: 0 })]);

    // And a further shipment against it, a commit or a release, is refused as closed
    const movementsBefore = await movementRows(productId);
    const again = await ship({ productId, locationId, quantity: 1, reservationId: id });
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'RESERVATION_CLOSED', field: ['reservationId'] }),
    ]);
    expect(codes(await commit(id))).toEqual(['RESERVATION_CLOSED']);
    const { releaseReservation } = await server.query(ReleaseReservationDocument, { input: { reservationId: id } });
    expect(codes(releaseReservation)).toEqual(['RESERVATION_CLOSED']);
    expect(await movementRows(productId)).toBe(movementsBefore);
    expect((await statesOf(productId)).onHand).toBe(20);
    await expectNoDrift();
  });
});

/** The operations of the mixed storm. */
const MIX = [
  'reserve',
  'reserveAnywhere',
  'reserveBriefly',
  'commit',
  'fulfil',
  'release',
  'ship',
  'damage',
  'writeOffDamaged',
  'writeOffAvailable',
] as const;
type MixKind = (typeof MIX)[number];

interface Outcome {
  kind: MixKind;
  product: number;
  status: number;
  errors: string[];
  userErrors: string[];
  /** Units the operation moved, when it succeeded. */
  units: number;
  expiresAt: string | null;
}

describe('a storm of mixed operations on three hot products', () => {
  it('keeps every invariant through 200 concurrent reserves, commits, fulfilments, releases, shipments, state changes and write-offs', async () => {
    // Given 3 products with 30 units at A and 20 at B, 3 damaged at each level
    const a = await givenLocation(server);
    const b = await givenLocation(server);
    const locations = [a, b];
    const products = [await givenProduct(server), await givenProduct(server), await givenProduct(server)];
    for (const product of products) {
      for (const [location, quantity] of [
        [a, 30],
        [b, 20],
      ] as const) {
        await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity });
        const { changeStockState } = await server.query(ChangeStockStateDocument, {
          input: { productId: product.id, locationId: location.id, quantity: 3, from: 'AVAILABLE', to: 'DAMAGED' },
        });
        expect(changeStockState.userErrors).toEqual([]);
      }
    }
    // And 8 orders of 2 units per product, alternately at A and B, the first 4 committed
    const pool = await Promise.all(
      products.map(async (product) => {
        const orders: Array<{ id: string; locationId: string }> = [];
        for (let index = 0; index < 8; index += 1) {
          const location = locations[index % 2]!;
          const order = await givenReservation({
            lines: [{ productId: product.id, locationId: location.id, quantity: 2 }],
            ttlSeconds: 3600,
          });
          if (index < 4) expect((await commit(order.id)).userErrors).toEqual([]);
          orders.push({ id: order.id, locationId: location.id });
        }
        return orders;
      }),
    );

    // When 200 operations of 10 kinds run at once, each on its own connection, on pseudo-random
    // products, locations and orders (a fixed seed: the same operations every run)
    let seed = 20_240_612;
    const random = (n: number) => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % n;
    };
    const send = async <R, V>(
      kind: MixKind,
      product: number,
      document: TypedDocumentNode<R, V>,
      variables: V,
      read: (data: R) => { userErrors: Array<{ code: string }>; units: number; expiresAt?: string | null },
    ): Promise<Outcome> => {
      const answer = await postAlone(server, document, variables);
      const payload = answer.data ? read(answer.data) : null;
      const userErrors = payload ? codes(payload) : [];
      return {
        kind,
        product,
        status: answer.status,
        errors: (answer.errors ?? []).map((error) => error.extensions?.code ?? error.message),
        userErrors,
        units: payload && userErrors.length === 0 ? payload.units : 0,
        expiresAt: payload?.expiresAt ?? null,
      };
    };
    const held = (data: ReserveStockMutation) => ({
      userErrors: data.reserveStock.userErrors,
      units: data.reserveStock.reservation?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0,
      expiresAt: data.reserveStock.reservation?.expiresAt,
    });
    const moved =
      <R>(payloadOf: (data: R) => ShipStockMutation['shipStock']) =>
      (data: R) => ({ userErrors: payloadOf(data).userErrors, units: payloadOf(data).movement?.quantity ?? 0 });
    const changed = (data: CommitReservationMutation | ReleaseReservationMutation) => {
      const payload = 'commitReservation' in data ? data.commitReservation : data.releaseReservation;
      return { userErrors: payload.userErrors, units: 0 };
    };
    const operations = Array.from({ length: 200 }, (_, index): Promise<Outcome> => {
      const kind = MIX[index % MIX.length]!;
      const p = random(products.length);
      const productId = products[p]!.id;
      const locationId = locations[random(locations.length)]!.id;
      const order = pool[p]![random(8)]!;
      const quantity = 1 + random(3);
      switch (kind) {
        case 'reserve':
          return send(
            kind,
            p,
            ReserveStockDocument,
            { input: { lines: [{ productId, locationId, quantity }], ttlSeconds: 3600 } },
            held,
          );
        case 'reserveAnywhere':
          return send(
            kind,
            p,
            ReserveStockDocument,
            {
              input: { lines: [{ productId, quantity: quantity + 1 }], allowSplit: index % 2 === 0, ttlSeconds: 3600 },
            },
            held,
          );
        case 'reserveBriefly':
          return send(
            kind,
            p,
            ReserveStockDocument,
            { input: { lines: [{ productId, locationId, quantity }], ttlSeconds: 1 } },
            held,
          );
        case 'commit':
          return send(kind, p, CommitReservationDocument, { input: { reservationId: order.id } }, changed);
        case 'fulfil':
          return send(
            kind,
            p,
            ShipStockDocument,
            { input: { productId, locationId: order.locationId, quantity: 1, reservationId: order.id } },
            moved((data: ShipStockMutation) => data.shipStock),
          );
        case 'release':
          return send(
            kind,
            p,
            ReleaseReservationDocument,
            {
              input: {
                reservationId: order.id,
                lines: index % 2 === 0 ? null : [{ productId, locationId: order.locationId, quantity: 1 }],
              },
            },
            changed,
          );
        case 'ship':
          return send(
            kind,
            p,
            ShipStockDocument,
            { input: { productId, locationId, quantity } },
            moved((data: ShipStockMutation) => data.shipStock),
          );
        case 'damage':
          return send(
            kind,
            p,
            ChangeStockStateDocument,
            { input: { productId, locationId, quantity, from: 'AVAILABLE', to: 'DAMAGED' } },
            moved((data: ChangeStockStateMutation) => data.changeStockState),
          );
        case 'writeOffDamaged':
          return send(
            kind,
            p,
            WriteOffStockDocument,
            { input: { productId, locationId, quantity, fromState: 'DAMAGED' } },
            moved((data: WriteOffStockMutation) => data.writeOffStock),
          );
        case 'writeOffAvailable':
          return send(
            kind,
            p,
            WriteOffStockDocument,
            { input: { productId, locationId, quantity: 1, fromState: 'AVAILABLE' } },
            moved((data: WriteOffStockMutation) => data.writeOffStock),
          );
      }
    });
    const outcomes = await Promise.all(operations);

    // Then every answer was HTTP 200 without errors (no INTERNAL_SERVER_ERROR, no DATABASE_BUSY)
    const failures = outcomes.filter((outcome) => outcome.status !== 200 || outcome.errors.length > 0);
    expect(failures.map(({ kind, status, errors }) => ({ kind, status, errors }))).toEqual([]);
    // And every refusal was one the race explains, and every kind of operation succeeded at least once
    const explained = new Set(['INSUFFICIENT_STOCK', 'ALREADY_COMMITTED', 'RESERVATION_CLOSED', 'EXCEEDS_RESERVATION']);
    const unexplained = outcomes.flatMap(({ kind, userErrors }) =>
      userErrors.filter((code) => !explained.has(code)).map((code) => `${kind}: ${code}`),
    );
    expect(unexplained).toEqual([]);
    const succeeded = new Set(
      outcomes.filter((outcome) => outcome.userErrors.length === 0).map((outcome) => outcome.kind),
    );
    expect(MIX.filter((kind) => !succeeded.has(kind))).toEqual([]);

    // When the brief holds have expired (read with no write after them)
    for (const outcome of outcomes)
      if (outcome.expiresAt && outcome.kind === 'reserveBriefly') await waitUntilPassed(outcome.expiresAt);

    for (const [p, product] of products.entries()) {
      // Then no figure is below 0 and the held and unsellable units never exceed onHand, at every level
      const states = await statesOf(product.id);
      expect(states.stockLevels).toHaveLength(2);
      for (const level of states.stockLevels) {
        expect(
          Math.min(level.onHand, level.reserved, level.committed, level.damaged, level.qualityControl, level.available),
        ).toBeGreaterThanOrEqual(0);
        expect(level.reserved + level.committed + level.damaged + level.qualityControl).toBeLessThanOrEqual(
          level.onHand,
        );
        expect(level.available).toBe(available(level));
      }
      // And the product is the sum of its levels
      const sum = (figure: 'onHand' | 'reserved' | 'committed' | 'damaged' | 'available') =>
        states.stockLevels.reduce((total, level) => total + level[figure], 0);
      expect(states).toMatchObject({
        onHand: sum('onHand'),
        reserved: sum('reserved'),
        committed: sum('committed'),
        damaged: sum('damaged'),
        available: sum('available'),
      });

      // And the units left are the units received less what the successful answers shipped and wrote off
      const unitsOf = (...kinds: MixKind[]) =>
        outcomes
          .filter((outcome) => outcome.product === p && kinds.includes(outcome.kind))
          .reduce((total, outcome) => total + outcome.units, 0);
      expect(states.onHand).toBe(50 - unitsOf('ship', 'fulfil', 'writeOffDamaged', 'writeOffAvailable'));
      expect(states.damaged).toBe(6 + unitsOf('damage') - unitsOf('writeOffDamaged'));

      // And what the open reservations still hold, by the API, is what the levels count
      const heldAt = (reservations: ReservationFieldsFragment[]) => {
        const units = new Map(locations.map((location) => [location.code, 0]));
        for (const reservation of reservations)
          for (const line of reservation.lines)
            if (line.product.sku === product.sku)
              units.set(line.location.code, units.get(line.location.code)! + line.outstanding);
        return Object.fromEntries(units);
      };
      const byLevel = (figure: 'reserved' | 'committed') =>
        Object.fromEntries(locations.map((location) => [location.code, states.at.get(location.code)![figure]]));
      expect(heldAt(await allReservations({ productId: product.id, status: 'ACTIVE' }))).toEqual(byLevel('reserved'));
      expect(heldAt(await allReservations({ productId: product.id, status: 'COMMITTED' }))).toEqual(
        byLevel('committed'),
      );
    }

    // And in the database: every stored figure is at least 0, the sum of states never exceeds on
    // hand, the outstanding lines of open reservations add up to reserved and committed, and a
    // closed reservation holds nothing
    const productIds = products.map((product) => rowIdOf(product.id));
    const levels = await server.database.prisma.$queryRaw<
      Array<{
        onHand: number;
        storedReserved: number;
        reserved: number;
        committed: number;
        damaged: number;
        qualityControl: number;
        safetyStock: number;
        heldActive: number;
        heldCommitted: number;
      }>
    >`
      SELECT s.on_hand AS "onHand", s.stored_reserved AS "storedReserved", s.committed, s.damaged,
             s.quality_control AS "qualityControl", s.safety_stock AS "safetyStock",
             (SELECT COALESCE(SUM(l.quantity - l.fulfilled - l.released), 0)::int FROM reservation_line l
              JOIN reservation r ON r.id = l.reservation_id
              WHERE l.product_id = s.product_id AND l.location_id = s.location_id
                AND r.status = 'ACTIVE' AND r.expires_at > now()) AS "heldActive",
             (SELECT COALESCE(SUM(l.quantity - l.fulfilled - l.released), 0)::int FROM reservation_line l
              JOIN reservation r ON r.id = l.reservation_id
              WHERE l.product_id = s.product_id AND l.location_id = s.location_id AND r.status = 'COMMITTED') AS "heldCommitted",
             (CASE WHEN s.reserved_until IS NULL OR s.reserved_until > now() THEN s.stored_reserved ELSE NULL END) AS reserved
      FROM stock_level s WHERE s.product_id = ANY (${productIds}::uuid[])`;
    expect(levels).toHaveLength(6);
    for (const level of levels) {
      expect(
        Math.min(
          level.onHand,
          level.storedReserved,
          level.committed,
          level.damaged,
          level.qualityControl,
          level.safetyStock,
        ),
      ).toBeGreaterThanOrEqual(0);
      expect(level.storedReserved + level.committed + level.damaged + level.qualityControl).toBeLessThanOrEqual(
        level.onHand,
      );
      expect(level.heldActive + level.committed + level.damaged + level.qualityControl).toBeLessThanOrEqual(
        level.onHand,
      );
      expect(level.heldCommitted).toBe(level.committed);
      // Where the stored reserved figure is still exact, it is what the active holds add up to
      if (level.reserved !== null) expect(level.reserved).toBe(level.heldActive);
    }
    const [lines] = await server.database.prisma.$queryRaw<Array<{ overdrawn: number; closedHolding: number }>>`
      SELECT count(*) FILTER (WHERE l.fulfilled < 0 OR l.released < 0 OR l.fulfilled + l.released > l.quantity)::int AS overdrawn,
             count(*) FILTER (WHERE r.status IN ('FULFILLED', 'RELEASED') AND l.fulfilled + l.released <> l.quantity)::int AS "closedHolding"
      FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
      WHERE l.product_id = ANY (${productIds}::uuid[])`;
    expect(lines).toEqual({ overdrawn: 0, closedHolding: 0 });
    await expectNoDrift();
  }, 120_000);
});

describe('a write queued behind another on the same level', () => {
  /** Waits until `count` sessions of the test database wait for a lock. */
  async function lockWaiters(client: Client, count: number) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await client.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0]!.waiting >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`${count} lock waiters never appeared`);
  }

  it('counts the holds the write before it left, when a hold expired while it waited', async () => {
    // Given 10 units, an hour's hold of 2 and a 2-second hold of 1
    const location = await givenLocation(server);
    const product = await givenProduct(server);
    const at = { productId: product.id, locationId: location.id };
    await givenMovement(server, 'receive', { ...at, quantity: 10 });
    const order = await givenReservation({ lines: [{ ...at, quantity: 2 }], ttlSeconds: 3600 });
    const brief = await givenReservation({ lines: [{ ...at, quantity: 1 }], ttlSeconds: 2 });
    // And another session holding the hour's reservation row
    const blocker = new Client({ connectionString: server.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM reservation WHERE id = $1 FOR UPDATE', [rowIdOf(order.id)]);

      // When a release of the hour's hold locks the level and waits for its reservation
      const release = postAlone(server, ReleaseReservationDocument, { input: { reservationId: order.id } });
      await lockWaiters(blocker, 1);
      // And a shipment queues for the level behind it
      const shipment = postAlone(server, ShipStockDocument, { input: { ...at, quantity: 1 } });
      await lockWaiters(blocker, 2);
      // And the brief hold expires before either goes on (so the level's stored reserved figure,
      // which counts it, is no longer exact, and the shipment must sum the holds)
      await waitUntilPassed(brief.expiresAt!);
      await blocker.query('COMMIT');
      const [released, shipped] = await Promise.all([release, shipment]);
      expect(released.data?.releaseReservation.userErrors).toEqual([]);
      expect(shipped.data?.shipStock.userErrors).toEqual([]);
    } finally {
      await blocker.end();
    }

    // Then the shipment counted the holds as the release left them: nothing is held
    const states = await statesOf(product.id);
    expect(states).toMatchObject({ onHand: 9, reserved: 0, available: 9 });
    await expectNoDrift();
  });
});

describe('all or nothing, and the location strategy', () => {
  it('holds nothing when one line of a multi-line reservation is short', async () => {
    // Given 10 of A and 2 of B at one location, and 5 of C at another
    const here = await givenLocation(server);
    const there = await givenLocation(server);
    const [productA, productB, productC] = [
      await givenProduct(server),
      await givenProduct(server),
      await givenProduct(server),
    ];
    await givenMovement(server, 'receive', { productId: productA.id, locationId: here.id, quantity: 10 });
    await givenMovement(server, 'receive', { productId: productB.id, locationId: here.id, quantity: 2 });
    await givenMovement(server, 'receive', { productId: productC.id, locationId: there.id, quantity: 5 });
    const reservationsBefore = await reservationRows();

    // When a reservation asks for 5 of A, 3 of B, and 2 of C anywhere
    const shortAtLocation = await reserve({
      lines: [
        { productId: productA.id, locationId: here.id, quantity: 5 },
        { productId: productB.id, locationId: here.id, quantity: 3 },
        { productId: productC.id, quantity: 2 },
      ],
    });
    // And another asks for 5 of A and 6 of C anywhere (short only once placed)
    const shortAnywhere = await reserve({
      lines: [
        { productId: productA.id, locationId: here.id, quantity: 5 },
        { productId: productC.id, quantity: 6 },
      ],
    });

    // Then both are refused at the short line, naming what is available
    expect(shortAtLocation).toMatchObject({
      reservation: null,
      userErrors: [
        {
          code: 'INSUFFICIENT_STOCK',
          field: ['lines', '1', 'quantity'],
          message: 'Requested 3 but only 2 available at the location.',
        },
      ],
    });
    expect(shortAnywhere.reservation).toBeNull();
    expect(shortAnywhere.userErrors).toEqual([
      expect.objectContaining({ code: 'INSUFFICIENT_STOCK', field: ['lines', '1', 'quantity'] }),
    ]);
    expect(shortAnywhere.userErrors[0]?.message).toMatch(/^Requested 6 but only 5 available at any one location/);

    // And nothing is held: no reservation row, every level as it was
    expect(await reservationRows()).toBe(reservationsBefore);
    for (const [product, onHand] of [
      [productA, 10],
      [productB, 2],
      [productC, 5],
    ] as const) {
      expect(await statesOf(product.id)).toMatchObject({ onHand, reserved: 0, committed: 0, available: onHand });
      expect(await reservationIds({ productId: product.id })).toEqual([]);
    }
  });

  it('holds lines naming the same product and location as one, against what is available to them together', async () => {
    // Given 10 units
    const { productId, locationId, location, product } = await givenStock(server, { quantity: 10 });

    // When two lines ask for 6 each, and then two lines for 3 and 4
    const tooMuch = await reserve({
      lines: [
        { productId, locationId, quantity: 6 },
        { productId, locationId, quantity: 6 },
      ],
    });
    const together = await reserve({
      lines: [
        { productId, locationId, quantity: 3 },
        { productId, locationId, quantity: 4 },
      ],
    });

    // Then the first is refused at its second line, and the second holds one line of 7
    expect(tooMuch.userErrors).toEqual([
      {
        code: 'INSUFFICIENT_STOCK',
        field: ['lines', '1', 'quantity'],
        message: 'Requested 6 but only 4 available at the location.',
      },
    ]);
    expect(together.userErrors).toEqual([]);
    expect(together.reservation?.lines).toEqual([
      {
        quantity: 7,
        fulfilled: 0,
        released: 0,
        outstanding: 7,
        product: { sku: product.sku },
        location: { code: location.code },
      },
    ]);
    expect(await statesOf(productId)).toMatchObject({ reserved: 7, available: 3 });
  });

  it('places a line without a location by priority, then the most available, and splits it only when allowed', async () => {
    // Given 5 units at High-1 and 8 at High-2 (priority 10), 50 at Low-1 and 20 at Low-2 (priority 0)
    const product = await givenProduct(server);
    const high1 = await givenLocation(server, { allocationPriority: 10 });
    const high2 = await givenLocation(server, { allocationPriority: 10 });
    const low1 = await givenLocation(server);
    const low2 = await givenLocation(server, { allocationPriority: 0 });
    for (const [location, quantity] of [
      [high1, 5],
      [high2, 8],
      [low1, 50],
      [low2, 20],
    ] as const) {
      await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity });
    }
    const placed = (reservation: ReservationFieldsFragment | null | undefined) =>
      Object.fromEntries((reservation?.lines ?? []).map((line) => [line.location.code, line.quantity]));
    const anywhere = (quantity: number, allowSplit?: boolean) =>
      reserve({ lines: [{ productId: product.id, quantity }], allowSplit });

    // When 3 are held anywhere: the higher priority wins over more units, the most available among equals
    expect(placed((await anywhere(3)).reservation)).toEqual({ [high2.code]: 3 });
    // When 6 are held anywhere: no high-priority location has 6 (5 and 5 left), so the most available low one
    expect(placed((await anywhere(6)).reservation)).toEqual({ [low1.code]: 6 });
    // When 20 are held anywhere, split allowed: the high ones first, then the most available
    expect(placed((await anywhere(20, true)).reservation)).toEqual({
      [high1.code]: 5,
      [high2.code]: 5,
      [low1.code]: 10,
    });

    // When 40 are asked without split (34 at Low-1 and 20 at Low-2 left), and 60 with split
    const unsplit = await anywhere(40);
    const tooMany = await anywhere(60, true);
    // Then no one location can cover the first, and all of them together not the second
    expect(unsplit.reservation).toBeNull();
    expect(unsplit.userErrors).toEqual([
      expect.objectContaining({ code: 'INSUFFICIENT_STOCK', field: ['lines', '0', 'quantity'] }),
    ]);
    expect(unsplit.userErrors[0]?.message).toMatch(
      /^Requested 40 but only 34 available at any one location \(54 across all/,
    );
    expect(tooMany.userErrors).toEqual([
      {
        code: 'INSUFFICIENT_STOCK',
        field: ['lines', '0', 'quantity'],
        message: 'Requested 60 but only 54 available across all locations.',
      },
    ]);
    // And the same 40 split across locations are held at the two that have stock
    expect(placed((await anywhere(40, true)).reservation)).toEqual({ [low1.code]: 34, [low2.code]: 6 });

    // When Low-2 is given the highest priority, a line goes there though Low-1 has more
    await givenMovement(server, 'receive', { productId: product.id, locationId: low1.id, quantity: 30 });
    const { updateLocation } = await server.query(UpdateLocationDocument, {
      input: { id: low2.id, allocationPriority: 20 },
    });
    expect(updateLocation.userErrors).toEqual([]);
    expect(placed((await anywhere(4)).reservation)).toEqual({ [low2.code]: 4 });

    // And each level holds what was placed there
    const states = await statesOf(product.id);
    expect(Object.fromEntries([...states.at].map(([code, level]) => [code, level.reserved]))).toEqual({
      [high1.code]: 5,
      [high2.code]: 8,
      [low1.code]: 50,
      [low2.code]: 10,
    });
    expect(states.available).toBe(113 - 73);
  });
});

describe('idempotency', () => {
  it('answers a retry with the same reservation and writes once; the key with another input is IDEMPOTENCY_KEY_REUSED', async () => {
    // Given 10 units
    const { productId, locationId } = await givenStock(server, { quantity: 10 });
    const input = {
      lines: [{ productId, locationId, quantity: 4 }],
      reference: 'cart-idem',
      idempotencyKey: 'reserve-idem-1',
    };

    // When the same reservation is sent twice with one key, then with another quantity
    const first = await reserve(input);
    const retry = await reserve(input);
    const reused = await reserve({ ...input, lines: [{ productId, locationId, quantity: 5 }] });

    // Then the retry answers the first reservation, and only it holds units
    expect(first.userErrors).toEqual([]);
    expect(retry.userErrors).toEqual([]);
    expect(retry.reservation?.id).toBe(first.reservation?.id);
    expect(await reservationIds({ productId })).toEqual([first.reservation!.id]);
    expect(await statesOf(productId)).toMatchObject({ reserved: 4, available: 6 });
    // And the reuse is refused
    expect(reused).toMatchObject({
      reservation: null,
      userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'] }],
    });

    // And a committed retry is the first commit's answer, not ALREADY_COMMITTED
    const committed = await commit(first.reservation!.id, 'commit-idem-1');
    const committedAgain = await commit(first.reservation!.id, 'commit-idem-1');
    expect(committed.userErrors).toEqual([]);
    expect(committedAgain.userErrors).toEqual([]);
    expect(committedAgain.reservation).toMatchObject({ id: first.reservation!.id, status: 'COMMITTED' });
    expect(await statesOf(productId)).toMatchObject({ reserved: 0, committed: 4, available: 6 });
  });
});

describe('releasing, extending and reading reservations', () => {
  it('releases some units of some lines, then the rest; a reservation with a shipment ends FULFILLED', async () => {
    // Given a cart holding 5 of P and 3 of Q at one location
    const location = await givenLocation(server);
    const [p, q, r] = [await givenProduct(server), await givenProduct(server), await givenProduct(server)];
    for (const product of [p, q, r])
      await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 10 });
    const cart = await givenReservation({
      lines: [
        { productId: p.id, locationId: location.id, quantity: 5 },
        { productId: q.id, locationId: location.id, quantity: 3 },
      ],
    });
    const release = async (lines?: Array<{ productId: string; quantity?: number }>) =>
      (
        await server.query(ReleaseReservationDocument, {
          input: { reservationId: cart.id, lines: lines?.map((line) => ({ ...line, locationId: location.id })) },
        })
      ).releaseReservation;

    // When 2 units of P and all of Q are released
    const some = await release([{ productId: p.id, quantity: 2 }, { productId: q.id }]);

    // Then the cart still holds 3 of P and nothing of Q, and is still ACTIVE
    expect(some.userErrors).toEqual([]);
    expect(some.reservation?.status).toBe('ACTIVE');
    expect(
      Object.fromEntries(some.reservation!.lines.map((line) => [line.product.sku, [line.released, line.outstanding]])),
    ).toEqual({
      [p.sku]: [2, 3],
      [q.sku]: [3, 0],
    });
    expect(await statesOf(p.id)).toMatchObject({ reserved: 3, available: 7 });
    expect(await statesOf(q.id)).toMatchObject({ reserved: 0, available: 10 });

    // And releasing more than a line holds, or a line it does not have, is refused whole
    const tooMuch = await release([
      { productId: p.id, quantity: 1 },
      { productId: p.id, quantity: 4 },
    ]);
    expect(tooMuch.userErrors).toEqual([
      expect.objectContaining({ code: 'EXCEEDS_RESERVATION', field: ['lines', '1', 'quantity'] }),
    ]);
    expect(codes(await release([{ productId: r.id }]))).toEqual(['NOT_IN_RESERVATION']);
    expect(await statesOf(p.id)).toMatchObject({ reserved: 3, available: 7 });

    // When everything left is released
    const rest = await release();
    // Then it ends RELEASED, holding nothing; a further release is refused as closed
    expect(rest.userErrors).toEqual([]);
    expect(rest.reservation).toMatchObject({ status: 'RELEASED', expiresAt: null });
    expect(await statesOf(p.id)).toMatchObject({ reserved: 0, available: 10 });
    expect(codes(await release())).toEqual(['RESERVATION_CLOSED']);

    // And an order with 1 of 3 shipped and the rest released ends FULFILLED, holding nothing
    const order = await givenReservation({ lines: [{ productId: r.id, locationId: location.id, quantity: 3 }] });
    expect((await commit(order.id)).userErrors).toEqual([]);
    expect(
      (await ship({ productId: r.id, locationId: location.id, quantity: 1, reservationId: order.id })).userErrors,
    ).toEqual([]);
    const { releaseReservation } = await server.query(ReleaseReservationDocument, {
      input: { reservationId: order.id },
    });
    expect(releaseReservation.reservation?.status).toBe('FULFILLED');
    expect(releaseReservation.reservation?.lines).toEqual([
      expect.objectContaining({ quantity: 3, fulfilled: 1, released: 2, outstanding: 0 }),
    ]);
    expect(await statesOf(r.id)).toMatchObject({ onHand: 9, reserved: 0, committed: 0, available: 9 });
    await expectNoDrift();
  });

  it('moves expiresAt when extended, and a hold shortened to the past of its level’s others stops counting on time', async () => {
    // Given a hold of 3 for 60 seconds, and a longer one of 2 beside it
    const { productId, locationId } = await givenStock(server, { quantity: 10 });
    const hold = await givenReservation({ lines: [{ productId, locationId, quantity: 3 }], ttlSeconds: 60 });
    await givenReservation({ lines: [{ productId, locationId, quantity: 2 }], ttlSeconds: 3600 });
    const extend = async (input: { ttlSeconds?: number; expiresAt?: string }) =>
      (await server.query(ExtendReservationDocument, { input: { reservationId: hold.id, ...input } }))
        .extendReservation;

    // When it is extended by an hour, then to a given moment
    const longer = await extend({ ttlSeconds: 3600 });
    const moment = new Date(Date.now() + 2 * 3600_000);
    moment.setMilliseconds(0);
    const atMoment = await extend({ expiresAt: moment.toISOString() });

    // Then its expiresAt moves each time, as node(id:) reads it too
    expect(longer.userErrors).toEqual([]);
    expect(new Date(longer.reservation!.expiresAt!).getTime()).toBeGreaterThan(new Date(hold.expiresAt!).getTime());
    expect(atMoment.userErrors).toEqual([]);
    expect(new Date(atMoment.reservation!.expiresAt!).getTime()).toBe(moment.getTime());
    expect(new Date((await reservationById(hold.id)).expiresAt!).getTime()).toBe(moment.getTime());

    // When it is shortened to 1 second and that second passes
    const shorter = await extend({ ttlSeconds: 1 });
    expect(shorter.userErrors).toEqual([]);
    await waitUntilPassed(shorter.reservation!.expiresAt!);
    // Then only the longer hold still counts
    expect(await statesOf(productId)).toMatchObject({ reserved: 2, available: 8 });
    expect((await reservationById(hold.id)).status).toBe('EXPIRED');

    // And a committed reservation cannot be extended
    const order = await givenReservation({ lines: [{ productId, locationId, quantity: 1 }] });
    await commit(order.id);
    const { extendReservation } = await server.query(ExtendReservationDocument, {
      input: { reservationId: order.id, ttlSeconds: 60 },
    });
    expect(codes(extendReservation)).toEqual(['ALREADY_COMMITTED']);
  });

  it('reads a Reservation by node(id:), lists and filters reservations, and lists a level’s open holds', async () => {
    // Given a product at two locations, a cart and a released cart at the first, an order at the second
    const product = await givenProduct(server);
    const first = await givenLocation(server);
    const second = await givenLocation(server);
    for (const location of [first, second])
      await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 10 });
    const tag = product.sku;
    const cart = await givenReservation({
      lines: [{ productId: product.id, locationId: first.id, quantity: 1 }],
      reference: `${tag}-cart-1`,
      holder: `${tag}-alice`,
    });
    const order = await givenReservation({
      lines: [{ productId: product.id, locationId: second.id, quantity: 2 }],
      reference: `${tag}-order-2`,
      holder: `${tag}-bob`,
    });
    await commit(order.id);
    const dropped = await givenReservation({
      lines: [{ productId: product.id, locationId: first.id, quantity: 3 }],
      reference: `${tag}-cart-3`,
      holder: `${tag}-alice`,
    });
    await server.query(ReleaseReservationDocument, { input: { reservationId: dropped.id } });

    // Then node(id:) returns the Reservation
    expect(await reservationById(cart.id)).toMatchObject({
      id: cart.id,
      status: 'ACTIVE',
      reference: `${tag}-cart-1`,
      holder: `${tag}-alice`,
      lines: [
        {
          quantity: 1,
          fulfilled: 0,
          released: 0,
          outstanding: 1,
          product: { sku: product.sku },
          location: { code: first.code },
        },
      ],
    });
    // And the list is newest first, each filter narrowing it
    expect(await reservationIds({ productId: product.id })).toEqual([dropped.id, order.id, cart.id]);
    expect(await reservationIds({ productId: product.id, status: 'ACTIVE' })).toEqual([cart.id]);
    expect(await reservationIds({ productId: product.id, status: 'COMMITTED' })).toEqual([order.id]);
    expect(await reservationIds({ productId: product.id, status: 'RELEASED' })).toEqual([dropped.id]);
    expect(await reservationIds({ reference: `${tag}-order-2` })).toEqual([order.id]);
    expect(await reservationIds({ holder: `${tag}-alice` })).toEqual([dropped.id, cart.id]);
    expect(await reservationIds({ holder: `${tag}-alice`, status: 'RELEASED' })).toEqual([dropped.id]);
    expect(await reservationIds({ locationId: second.id })).toEqual([order.id]);
    // And each level lists the reservations holding units there now
    const states = await statesOf(product.id);
    expect(states.at.get(first.code)?.reservations).toEqual([{ id: cart.id, status: 'ACTIVE' }]);
    expect(states.at.get(second.code)?.reservations).toEqual([{ id: order.id, status: 'COMMITTED' }]);
  });

  it('refuses malformed input with typed userErrors and writes nothing', async () => {
    // Given 10 units, one hold on them, and the count of reservations
    const { productId, locationId, product } = await givenStock(server, { quantity: 10 });
    const hold = await givenReservation({ lines: [{ productId, locationId, quantity: 1 }] });
    const before = await reservationRows();
    const line = { productId, locationId, quantity: 1 };
    const soon = new Date(Date.now() + 600_000).toISOString();

    // When reservations are asked with both expiries, a zero time to live, a past expiry or zero units
    expect(codes(await reserve({ lines: [line], expiresAt: soon, ttlSeconds: 60 }))).toEqual(['INVALID_FORMAT']);
    expect((await reserve({ lines: [line], ttlSeconds: 0 })).userErrors).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', field: ['ttlSeconds'] }),
    ]);
    expect(
      (await reserve({ lines: [line], expiresAt: new Date(Date.now() - 1_000).toISOString() })).userErrors,
    ).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE', field: ['expiresAt'] })]);
    expect((await reserve({ lines: [{ ...line, quantity: 0 }] })).userErrors).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', field: ['lines', '0', 'quantity'] }),
    ]);
    expect(codes(await reserve({ lines: [] }))).toEqual(['OUT_OF_RANGE']);
    // And reservation IDs that are not: garbage, or another type's ID
    expect((await ship({ ...line, reservationId: 'not-an-id' })).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_ID', field: ['reservationId'] }),
    ]);
    expect((await commit(product.id)).userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_ID', field: ['reservationId'] }),
    ]);
    const { extendReservation } = await server.query(ExtendReservationDocument, {
      input: { reservationId: hold.id, expiresAt: soon, ttlSeconds: 60 },
    });
    expect(codes(extendReservation)).toEqual(['INVALID_FORMAT']);

    // Then nothing was written
    expect(await reservationRows()).toBe(before);
    expect(await statesOf(productId)).toMatchObject({ onHand: 10, reserved: 1, available: 9 });
  });
});

describe('stock states and safety stock', () => {
  it('records state changes in the ledger, so history, stockAsOf and the verification see every state', async () => {
    // Given 20 units received 4 hours ago; 5 damaged 3 hours ago, 3 put in quality control 2 hours
    // ago, 2 of those back to available an hour ago, and 2 damaged ones written off now
    const { productId, locationId, location } = await givenStock(server, { quantity: 0 });
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
    await givenMovement(server, 'receive', { productId, locationId, quantity: 20, occurredAt: hoursAgo(4) });
    const change = async (
      quantity: number,
      from: 'AVAILABLE' | 'DAMAGED' | 'QUALITY_CONTROL',
      to: typeof from,
      occurredAt?: string,
    ) =>
      (
        await server.query(ChangeStockStateDocument, {
          input: { productId, locationId, quantity, from, to, occurredAt },
        })
      ).changeStockState;
    const damaged = await change(5, 'AVAILABLE', 'DAMAGED', hoursAgo(3));
    expect(damaged.userErrors).toEqual([]);
    expect(damaged.movement).toMatchObject({
      kind: 'STATE_CHANGE',
      quantity: 5,
      fromState: 'AVAILABLE',
      toState: 'DAMAGED',
      reason: 'DAMAGED',
    });
    expect(damaged.movement?.fromLocation?.code).toBe(location.code);
    expect(damaged.movement?.toLocation?.code).toBe(location.code);
    expect(damaged.stockLevels).toEqual([expect.objectContaining({ onHand: 20, damaged: 5, available: 15 })]);
    expect((await change(3, 'AVAILABLE', 'QUALITY_CONTROL', hoursAgo(2))).userErrors).toEqual([]);
    expect((await change(2, 'QUALITY_CONTROL', 'AVAILABLE', hoursAgo(1))).userErrors).toEqual([]);
    const { writeOffStock } = await server.query(WriteOffStockDocument, {
      input: { productId, locationId, quantity: 2, fromState: 'DAMAGED' },
    });
    expect(writeOffStock.userErrors).toEqual([]);
    expect(writeOffStock.movement).toMatchObject({ kind: 'WRITE_OFF', fromState: 'DAMAGED' });

    // Then the level has every state, and on hand changed only with the write-off
    expect(await statesOf(productId)).toMatchObject({ onHand: 18, damaged: 3, qualityControl: 1, available: 14 });
    // And stockAsOf tells each state at each moment
    const asOf = async (at: string) => {
      const { product } = await server.query(StockStatesAsOfDocument, { id: productId, at });
      return product?.stockAsOf.levels.map(({ onHand, damaged, qualityControl }) => ({
        onHand,
        damaged,
        qualityControl,
      }));
    };
    expect(await asOf(hoursAgo(3.5))).toEqual([{ onHand: 20, damaged: 0, qualityControl: 0 }]);
    expect(await asOf(hoursAgo(2.5))).toEqual([{ onHand: 20, damaged: 5, qualityControl: 0 }]);
    expect(await asOf(hoursAgo(1.5))).toEqual([{ onHand: 20, damaged: 5, qualityControl: 3 }]);
    expect(await asOf(hoursAgo(0.5))).toEqual([{ onHand: 20, damaged: 5, qualityControl: 1 }]);
    expect(await asOf(new Date().toISOString())).toEqual([{ onHand: 18, damaged: 3, qualityControl: 1 }]);

    // And refusals: more units than a state has, or no change of state
    expect(codes(await change(2, 'QUALITY_CONTROL', 'DAMAGED'))).toEqual(['INSUFFICIENT_STOCK']);
    expect(codes(await change(15, 'AVAILABLE', 'DAMAGED'))).toEqual(['INSUFFICIENT_STOCK']);
    expect(codes(await change(1, 'DAMAGED', 'DAMAGED'))).toEqual(['INVALID_FORMAT']);

    // And the verification checks the states: it agrees now, and sees a damaged figure that the ledger does not
    await expectNoDrift();
    const where = { productId_locationId: { productId: rowIdOf(productId), locationId: rowIdOf(locationId) } };
    await server.database.prisma.stockLevel.update({ where, data: { damaged: 4 } });
    try {
      const { verifyStockLevels } = await server.query(VerifyStockLevelsDocument, {});
      expect(verifyStockLevels.ok).toBe(false);
      expect(verifyStockLevels.differences).toEqual([
        expect.objectContaining({
          storedOnHand: 18,
          ledgerOnHand: 18,
          storedDamaged: 4,
          ledgerDamaged: 3,
          storedQualityControl: 1,
          ledgerQualityControl: 1,
        }),
      ]);
    } finally {
      await server.database.prisma.stockLevel.update({ where, data: { damaged: 3 } });
    }
    await expectNoDrift();
  });

  it('keeps safety stock out of available for sales and holds, lets corrections take it, and audits each change', async () => {
    // Given 10 units and a hold of 3
    const { productId, locationId } = await givenStock(server, { quantity: 10 });
    await givenReservation({ lines: [{ productId, locationId, quantity: 3 }] });
    const admin = await server.database.prisma.user.findUniqueOrThrow({ where: { email: ADMIN_EMAIL } });
    const targetId = `${rowIdOf(productId)}/${rowIdOf(locationId)}`;
    const audited = () =>
      server.database.prisma.$queryRaw<Array<{ action: string; targetType: string; userId: string; details: unknown }>>`
        SELECT action, target_type AS "targetType", user_id::text AS "userId", details
        FROM audit_event WHERE target_id = ${targetId} ORDER BY id`;

    // When a manager sets a safety stock of 4
    const { setSafetyStock } = await server.query(SetSafetyStockDocument, {
      input: { productId, locationId, quantity: 4 },
    });

    // Then available drops by 4, and the change is audited
    expect(setSafetyStock.userErrors).toEqual([]);
    expect(setSafetyStock.stockLevel).toEqual({ onHand: 10, safetyStock: 4, available: 3 });
    expect(await audited()).toEqual([
      { action: 'stock.safety_stock_set', targetType: 'StockLevel', userId: admin.id, details: { from: 0, to: 4 } },
    ]);
    // And setting the same value again changes nothing and audits nothing
    const same = await server.query(SetSafetyStockDocument, { input: { productId, locationId, quantity: 4 } });
    expect(same.setSafetyStock.stockLevel).toEqual({ onHand: 10, safetyStock: 4, available: 3 });
    expect(await audited()).toHaveLength(1);

    // And a CLERK is FORBIDDEN to set it, and a VIEWER to reserve; nothing changes
    const clerk = await givenSignedInUser(server, 'CLERK');
    const refused = await clerk.caller.send(SetSafetyStockDocument, { input: { productId, locationId, quantity: 0 } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data?.setSafetyStock ?? null).toBeNull();
    const viewer = await givenSignedInUser(server, 'VIEWER');
    const viewerHold = await viewer.caller.send(ReserveStockDocument, {
      input: { lines: [{ productId, locationId, quantity: 1 }] },
    });
    expect(viewerHold.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await audited()).toHaveLength(1);
    expect(await statesOf(productId)).toMatchObject({ reserved: 3, safetyStock: 4, available: 3 });
    // While a CLERK, who ships, may reserve
    const clerkHold = await clerk.caller.query(ReserveStockDocument, {
      input: { lines: [{ productId, locationId, quantity: 1 }] },
    });
    expect(clerkHold.reserveStock.userErrors).toEqual([]);

    // When sales and holds ask for more than available, and a write-off for all unheld units
    const sale = await ship({ productId, locationId, quantity: 3 });
    const bigHold = await reserve({ lines: [{ productId, locationId, quantity: 3 }] });
    const { writeOffStock } = await server.query(WriteOffStockDocument, {
      input: { productId, locationId, quantity: 6 },
    });
    const { writeOffStock: oneMore } = await server.query(WriteOffStockDocument, {
      input: { productId, locationId, quantity: 1 },
    });

    // Then the sale and the hold are refused at 2 available, and the write-off takes safety stock too, not held units
    expect(sale.userErrors).toEqual([
      expect.objectContaining({
        code: 'INSUFFICIENT_STOCK',
        message: 'Requested 3 but only 2 available at the location.',
      }),
    ]);
    expect(codes(bigHold)).toEqual(['INSUFFICIENT_STOCK']);
    expect(writeOffStock.userErrors).toEqual([]);
    expect(writeOffStock.stockLevels).toEqual([
      expect.objectContaining({ onHand: 4, reserved: 4, safetyStock: 4, available: 0 }),
    ]);
    expect(codes(oneMore)).toEqual(['INSUFFICIENT_STOCK']);

    // And a MANAGER may lower it; a negative safety stock is OUT_OF_RANGE
    const manager = await givenSignedInUser(server, 'MANAGER');
    const lowered = await manager.caller.query(SetSafetyStockDocument, {
      input: { productId, locationId, quantity: 0 },
    });
    expect(lowered.setSafetyStock.stockLevel).toEqual({ onHand: 4, safetyStock: 0, available: 0 });
    const negative = await server.query(SetSafetyStockDocument, { input: { productId, locationId, quantity: -1 } });
    expect(negative.setSafetyStock).toMatchObject({
      stockLevel: null,
      userErrors: [{ code: 'OUT_OF_RANGE', field: ['quantity'] }],
    });
    expect((await audited()).map((row) => row.details)).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 0 },
    ]);
    await expectNoDrift();
  });
});
