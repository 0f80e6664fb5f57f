// The reservation scenario (#12): checkout flows on hot products. Each connection loops reserve
// (1 or 2 units of one product at one location, with an idempotency key), commit, then either
// ships the units against the reservation (shipStock with reservationId) or, for one flow in five,
// releases it. Before each run the hot levels are topped up so holds fail only under real contention;
// after it, the figures the service stores are checked against the reservations and the ledger.
import { Prisma, type PrismaClient } from '../src/generated/prisma/client';
import { availableSql, reservedSql } from '../src/modules/stock/available';
import type { FlowStep } from './load';

export const RESERVATION_MUTATIONS = {
  reserve: `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { reservation { id } userErrors { code } } }`,
  commit: `mutation($input: CommitReservationInput!) { commitReservation(input: $input) { reservation { status } userErrors { code } } }`,
  ship: `mutation($input: ShipStockInput!) { shipStock(input: $input) { movement { id } userErrors { code } } }`,
  release: `mutation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { reservation { status } userErrors { code } } }`,
  receive: `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { movement { id } userErrors { code } } }`,
};

/** How long the scenario's holds live: far beyond a run, so none expires while it is measured. */
const TTL_SECONDS = 600;
/** One flow in this many releases its reservation instead of shipping it. */
const RELEASE_EVERY = 5;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

export interface HotLevels {
  /** Raw ids of the hot products and of the locations they are held at. */
  productIds: string[];
  locationIds: string[];
}

/** What one flow knows: what it holds, and whether a step was refused. */
export interface ReservationFlow {
  productId: string;
  locationId: string;
  quantity: number;
  release: boolean;
  key: string;
  reservationId?: string;
  refused?: boolean;
}

/** How each step was answered: `ok`, a userError code, `GRAPHQL_ERROR`, or `HTTP_<status>`, with counts. */
export type Outcomes = Record<string, Record<string, number>>;

/** A reference no other client uses, so the checks and the clean-up find this run's reservations. */
export const referenceOf = (runId: string) => `bench-reservation-${runId}`;

/**
 * The steps of a checkout flow. The n-th flow takes product n mod 10, location ⌊n/10⌋ mod 4 and
 * quantity 1 + ⌊n/40⌋ mod 2, and releases when (n + ⌊n/10⌋) mod 5 is 4: one flow in five from the
 * fifth on, every product in turn, so even a short run releases some and no product always does.
 */
export function reservationFlow(hot: HotLevels, runId: string, outcomes: Outcomes) {
  let n = 0;
  const products = hot.productIds.slice(0, 10).map((id) => globalId('Product', id));
  const locations = hot.locationIds.slice(0, 4).map((id) => globalId('Location', id));
  const tally = (step: string, outcome: string) => {
    const counts = (outcomes[step] ??= {});
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  };
  /** The payload of `field` when the step succeeded; otherwise tallies why and returns null. */
  const read = (step: string, field: string, status: number, body: string) => {
    const payload = status === 200 ? payloadOf(body, field) : null;
    const outcome =
      status !== 200
        ? `HTTP_${status}`
        : payload === undefined
          ? 'INVALID_JSON'
          : payload === null
            ? 'GRAPHQL_ERROR'
            : (payload.userErrors[0]?.code ?? 'ok');
    tally(step, outcome);
    return outcome === 'ok' ? payload : null;
  };
  const start = (): ReservationFlow => {
    const index = n++;
    return {
      productId: products[index % products.length]!,
      locationId: locations[Math.floor(index / 10) % locations.length]!,
      quantity: 1 + (Math.floor(index / 40) % 2),
      release: (index + Math.floor(index / 10)) % RELEASE_EVERY === RELEASE_EVERY - 1,
      key: `bench-rsv-${runId}-${index}`,
    };
  };
  const steps: Array<FlowStep<ReservationFlow>> = [
    {
      name: 'reserve',
      body: (flow) => ({
        query: RESERVATION_MUTATIONS.reserve,
        variables: {
          input: {
            lines: [{ productId: flow.productId, locationId: flow.locationId, quantity: flow.quantity }],
            ttlSeconds: TTL_SECONDS,
            reference: referenceOf(runId),
            holder: 'benchmark',
            idempotencyKey: `${flow.key}-reserve`,
          },
        },
      }),
      onResponse: (status, body, flow) => {
        const payload = read('reserve', 'reserveStock', status, body) as { reservation: { id: string } } | null;
        if (payload) flow.reservationId = payload.reservation.id;
        else flow.refused = true;
      },
    },
    {
      name: 'commit',
      body: (flow) =>
        flow.refused
          ? null
          : {
              query: RESERVATION_MUTATIONS.commit,
              variables: { input: { reservationId: flow.reservationId, idempotencyKey: `${flow.key}-commit` } },
            },
      onResponse: (status, body, flow) => {
        if (!read('commit', 'commitReservation', status, body)) flow.refused = true;
      },
    },
    {
      name: 'fulfil',
      body: (flow) => {
        if (flow.refused) return null;
        if (flow.release)
          return {
            query: RESERVATION_MUTATIONS.release,
            variables: { input: { reservationId: flow.reservationId, idempotencyKey: `${flow.key}-release` } },
          };
        return {
          query: RESERVATION_MUTATIONS.ship,
          variables: {
            input: {
              productId: flow.productId,
              locationId: flow.locationId,
              quantity: flow.quantity,
              reservationId: flow.reservationId,
              idempotencyKey: `${flow.key}-ship`,
            },
          },
        };
      },
      onResponse: (status, body, flow) => {
        if (flow.release) read('release', 'releaseReservation', status, body);
        else read('ship', 'shipStock', status, body);
      },
    },
  ];
  return { start, steps };
}

type Payload = { userErrors: Array<{ code: string }> } & Record<string, unknown>;

/** The mutation payload `field` of a GraphQL answer; null when the answer has none, undefined when it is not JSON. */
function payloadOf(body: string, field: string): Payload | null | undefined {
  try {
    return (JSON.parse(body) as { data?: Record<string, Payload | null> | null }).data?.[field] ?? null;
  } catch {
    return undefined;
  }
}

/** Units a hot level should have available before a run: enough that holds fail only under contention. */
export const stockPerLevel = (durationSeconds: number) => 1000 + 100 * durationSeconds;

/**
 * Receives, through the API, what each hot (product, location) lacks of `target` available units.
 * Returns the units received.
 */
export async function topUpHotLevels(
  prisma: PrismaClient,
  hot: HotLevels,
  target: number,
  post: (body: unknown) => Promise<{ json: { data?: unknown; errors?: unknown[] } }>,
  runId: string,
): Promise<number> {
  const products = hot.productIds.slice(0, 10);
  const locations = hot.locationIds.slice(0, 4);
  const rows = await prisma.$queryRaw<Array<{ productId: string; locationId: string; available: number }>>`
    SELECT p.id::text AS "productId", l.id::text AS "locationId", COALESCE(${availableSql('s')}, 0)::int AS available
    FROM unnest(${products}::uuid[]) AS p (id) CROSS JOIN unnest(${locations}::uuid[]) AS l (id)
    LEFT JOIN stock_level s ON s.product_id = p.id AND s.location_id = l.id`;
  let received = 0;
  for (const [index, row] of rows.entries()) {
    const quantity = target - row.available;
    if (quantity <= 0) continue;
    const answer = await post({
      query: RESERVATION_MUTATIONS.receive,
      variables: {
        input: {
          productId: globalId('Product', row.productId),
          locationId: globalId('Location', row.locationId),
          quantity,
          unitCost: '3.20',
          idempotencyKey: `bench-rsv-${runId}-stock-${index}`,
        },
      },
    });
    const payload = (answer.json.data as { receiveStock?: { userErrors: unknown[] } } | undefined)?.receiveStock;
    if (!payload || payload.userErrors.length > 0)
      throw new Error(`topping up a hot level failed: ${JSON.stringify(answer.json)}`);
    received += quantity;
  }
  return received;
}

/** Counts of what must be zero after a run: each is a broken invariant. */
export interface ReservationChecks {
  /** Levels with a negative figure (on hand, reserved, committed, damaged, quality control, safety stock). */
  negativeFigures: number;
  /** Levels whose reserved + committed + damaged + qualityControl exceed onHand (stored or as read). */
  heldAboveOnHand: number;
  /**
   * Levels whose `committed`, or `reserved` (as read, and as stored while it is exact), differs from
   * the outstanding units of their committed, or active unexpired, reservation lines.
   */
  heldMismatches: number;
  /** FULFILLED or RELEASED reservations with units outstanding, or ACTIVE or COMMITTED ones holding nothing. */
  statusMismatches: number;
  /** The run's reservations whose fulfilled units differ from the units shipped against them. */
  fulfilmentMismatches: number;
  /** Negative running balances (oversells) in the ledger of the hot products. */
  oversells: number;
}

/** The checks after a run; `references` (a LIKE pattern) names the reservations whose shipments are compared. */
export async function checkReservations(
  prisma: PrismaClient,
  hot: HotLevels,
  references: string,
): Promise<ReservationChecks> {
  const products = hot.productIds.slice(0, 10);
  const count = async (query: Prisma.Sql) => Number((await prisma.$queryRaw<Array<{ n: bigint }>>(query))[0]?.n ?? 0);
  const negativeFigures = await count(Prisma.sql`
    SELECT count(*) AS n FROM stock_level
    WHERE on_hand < 0 OR stored_reserved < 0 OR committed < 0 OR damaged < 0 OR quality_control < 0 OR safety_stock < 0`);
  const heldAboveOnHand = await count(Prisma.sql`
    SELECT count(*) AS n FROM stock_level s
    WHERE s.stored_reserved::bigint + s.committed + s.damaged + s.quality_control > s.on_hand
       OR ${reservedSql('s')}::bigint + s.committed + s.damaged + s.quality_control > s.on_hand`);
  const heldMismatches = await count(Prisma.sql`
    WITH held AS (
      SELECT l.product_id, l.location_id,
             COALESCE(SUM(l.quantity - l.fulfilled - l.released) FILTER (WHERE r.status = 'COMMITTED'), 0) AS committed,
             COALESCE(SUM(l.quantity - l.fulfilled - l.released)
                        FILTER (WHERE r.status = 'ACTIVE' AND r.expires_at > now()), 0) AS reserved
      FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
      WHERE r.status IN ('ACTIVE', 'COMMITTED')
      GROUP BY l.product_id, l.location_id
    )
    SELECT count(*) AS n FROM stock_level s FULL JOIN held h ON h.product_id = s.product_id AND h.location_id = s.location_id
    WHERE COALESCE(s.committed, 0) <> COALESCE(h.committed, 0)
       OR COALESCE(${reservedSql('s')}, 0) <> COALESCE(h.reserved, 0)
       OR ((s.reserved_until IS NULL OR s.reserved_until > now()) AND s.stored_reserved <> COALESCE(h.reserved, 0))`);
  const statusMismatches = await count(Prisma.sql`
    SELECT count(*) AS n FROM (
      SELECT r.status, SUM(l.quantity - l.fulfilled - l.released) AS outstanding
      FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id GROUP BY r.id, r.status
    ) AS totals
    WHERE (status IN ('FULFILLED', 'RELEASED') AND outstanding <> 0) OR (status IN ('ACTIVE', 'COMMITTED') AND outstanding = 0)`);
  const fulfilmentMismatches = await count(Prisma.sql`
    WITH mine AS (
      SELECT r.id, SUM(l.fulfilled) AS fulfilled
      FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id
      WHERE r.reference LIKE ${references} GROUP BY r.id
    ), shipped AS (
      SELECT m.reservation_id AS id, SUM(m.quantity) AS quantity FROM movement m
      WHERE m.kind = 'SHIPMENT' AND m.reservation_id IN (SELECT id FROM mine) AND m.product_id = ANY(${products}::uuid[])
      GROUP BY m.reservation_id
    )
    SELECT count(*) AS n FROM mine LEFT JOIN shipped USING (id) WHERE mine.fulfilled <> COALESCE(shipped.quantity, 0)`);
  const oversells = await count(Prisma.sql`
    SELECT count(*) AS n FROM (
      SELECT SUM(delta) OVER (PARTITION BY product_id, location_id ORDER BY occurred_at, movement_id) AS running
      FROM movement_line WHERE product_id = ANY(${products}::uuid[])
    ) AS balances WHERE running < 0`);
  return { negativeFigures, heldAboveOnHand, heldMismatches, statusMismatches, fulfilmentMismatches, oversells };
}

/**
 * Waits until the server has finished the requests that were in flight when autocannon stopped
 * (it stops waiting for answers, the server does not stop working): until this run's reservations
 * and the ledger stay unchanged for a second. Gives up after 30 s.
 */
export async function settle(prisma: PrismaClient, runId: string): Promise<void> {
  let last = '';
  let stable = 0;
  for (let waited = 0; waited < 30_000 && stable < 2; waited += 500) {
    const [row] = await prisma.$queryRaw<Array<{ state: string }>>`
      SELECT concat_ws('/', (SELECT max(id) FROM movement), count(*), max(updated_at)) AS state
      FROM reservation WHERE reference = ${referenceOf(runId)}`;
    stable = row?.state === last ? stable + 1 : 0;
    last = row?.state ?? '';
    if (stable < 2) await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Releases this run's reservations that a run's end cut short (reserved or committed, not yet shipped
 * or released), so they hold nothing in later scenarios or runs. Returns how many it released.
 */
export async function releaseLeftovers(
  prisma: PrismaClient,
  runId: string,
  post: (body: unknown) => Promise<{ json: { data?: unknown; errors?: unknown[] } }>,
): Promise<number> {
  const open = await prisma.reservation.findMany({
    where: { reference: referenceOf(runId), status: { in: ['ACTIVE', 'COMMITTED'] } },
    select: { id: true },
  });
  for (const { id } of open) {
    const answer = await post({
      query: RESERVATION_MUTATIONS.release,
      variables: {
        input: { reservationId: globalId('Reservation', id), idempotencyKey: `bench-rsv-${runId}-left-${id}` },
      },
    });
    const payload = (answer.json.data as { releaseReservation?: { userErrors: unknown[] } } | undefined)
      ?.releaseReservation;
    if (!payload || payload.userErrors.length > 0)
      throw new Error(`releasing a leftover reservation failed: ${JSON.stringify(answer.json)}`);
  }
  return open.length;
}

/**
 * SQL statements a request of the mix, from each step's count: four flows in five ship and one
 * releases, and every flow is three requests.
 */
export function statementsPerRequest(sql: { reserve: number; commit: number; ship: number; release: number }): number {
  const shipped = sql.reserve + sql.commit + sql.ship;
  const released = sql.reserve + sql.commit + sql.release;
  const perFlow = ((RELEASE_EVERY - 1) * shipped + released) / RELEASE_EVERY;
  return Number((perFlow / 3).toFixed(1));
}

/** The share of reserve answers that were INSUFFICIENT_STOCK, in percent. */
export function insufficientShare(outcomes: Outcomes): number {
  const reserve = outcomes.reserve ?? {};
  const total = Object.values(reserve).reduce((sum, count) => sum + count, 0);
  return total === 0 ? 0 : Number((((reserve.INSUFFICIENT_STOCK ?? 0) / total) * 100).toFixed(2));
}

/** Answers other than `ok`, except INSUFFICIENT_STOCK on reserve (the one refusal contention may cause). */
export function unexpectedOutcomes(outcomes: Outcomes): number {
  return Object.entries(outcomes).reduce(
    (sum, [step, counts]) =>
      sum +
      Object.entries(counts)
        .filter(([outcome]) => outcome !== 'ok' && !(step === 'reserve' && outcome === 'INSUFFICIENT_STOCK'))
        .reduce((total, [, count]) => total + count, 0),
    0,
  );
}
