// A whole location's stock at a past moment (Location.stockAsOf) names thousands of levels, each
// with its product: the server reads at most WHOLE_LOCATION_READS of them at once and queues the
// rest, so fifty at once no longer hold a gigabyte (#14's memory target), and hands each level its
// product from one batch, reading only the columns the selection shows.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { Client } from 'pg';
import { CheckpointLocationAsOfDocument } from '../generated/graphql';
import { WHOLE_LOCATION_READS } from '../../src/modules/stock/queries';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { eventually } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

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

/** Snapshot statements of this database that are waiting for a lock, now. */
async function snapshotsWaiting(): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_stat_activity
     WHERE datname = current_database() AND query LIKE '%/* locationStockAsOf */%' AND wait_event_type = 'Lock'`,
  );
  return rows[0]!.count;
}

describe("a whole location's stock at a past moment", () => {
  let locationId: string;
  let productIds: string[];

  beforeAll(async () => {
    // Given a location stocking three products
    locationId = (await givenLocation(server)).id;
    productIds = [];
    for (const quantity of [3, 5, 7]) {
      const product = await givenProduct(server);
      await givenMovement(server, 'receive', { productId: product.id, locationId, quantity });
      productIds.push(product.id);
    }
  });

  it('reads at most WHOLE_LOCATION_READS snapshots at once; the others wait their turn, and every one answers', async () => {
    expect(WHOLE_LOCATION_READS).toBe(2);
    const at = new Date(Date.now() + 60_000).toISOString();
    // The calendar of built months is read once and kept: read it before the ledger is locked.
    await server.query(CheckpointLocationAsOfDocument, { id: locationId, at });
    const locker = new Client({ connectionString: server.databaseUrl });
    await locker.connect();
    const ask = () => server.send(CheckpointLocationAsOfDocument, { id: locationId, at });
    let answers: Array<Awaited<ReturnType<typeof ask>>> = [];
    try {
      // Given the ledger's lines locked, so that every snapshot statement waits where it reads them
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE movement_line IN ACCESS EXCLUSIVE MODE');
      // When six snapshots are asked for at once
      const sent = Array.from({ length: 6 }, ask);
      // Then only two of them reach the database, and stay the only two
      await eventually(async () => (await snapshotsWaiting()) === WHOLE_LOCATION_READS, 'two snapshots to wait', 5_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await snapshotsWaiting()).toBe(WHOLE_LOCATION_READS);
      await locker.query('COMMIT');
      answers = await Promise.all(sent);
    } finally {
      await locker.end();
    }
    // And once the lines are free every one answers in full, each level with its product
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      const snapshot = answer.body.data?.location?.stockAsOf;
      expect(snapshot?.onHand).toBe(15);
      expect(snapshot?.levels).toEqual(
        expect.arrayContaining(productIds.map((id) => expect.objectContaining({ product: { id } }))),
      );
      expect(snapshot?.levels).toHaveLength(3);
    }
  });
});

describe("a snapshot's products, read only as far as the selection shows them", () => {
  const COLUMNS = `id sku name description category unit price reorderPoint reorderQuantity active archivedAt
    createdAt updatedAt preferredSupplier leadTimeDays`;
  const BY_ID = `onHand available reserved committed damaged qualityControl safetyStock incoming
    incomingSchedule { quantity } averageCost inventoryValue daysOfCover(windowDays: 30)
    stockLevels { onHand location { code } } movements(first: 2) { edges { node { quantity } } }
    stockAsOf(at: $at) { onHand } similar(first: 1, weights: { text: 1 }) { score }`;
  let locationId: string;
  let productIds: string[];

  beforeAll(async () => {
    // Given a location stocking two products with every optional field set, and one with none
    locationId = (await givenLocation(server)).id;
    productIds = [];
    for (const fields of [
      { price: '12.5', category: 'Tools', description: 'A hammer', reorderPoint: 4, leadTimeDays: 3 },
      { price: '0.3333', category: 'Screws', preferredSupplier: 'Acme', reorderQuantity: 100 },
      {},
    ]) {
      const product = await givenProduct(server, fields);
      await givenMovement(server, 'receive', { productId: product.id, locationId, quantity: 9, unitCost: '2.5' });
      productIds.push(product.id);
    }
  });

  /** Each level's product in a snapshot, against the same selection read through `product(id:)`. */
  async function compare(selection: string, fragments = '') {
    const at = new Date(Date.now() + 60_000).toISOString();
    const document = <R>(text: string) =>
      parse(`${text} ${fragments}`) as TypedDocumentNode<R, Record<string, unknown>>;
    const { location } = await server.query(
      document<{ location: { stockAsOf: { levels: Array<{ product: Record<string, unknown> }> } } }>(
        `query ($id: ID!, $at: DateTime!) { location(id: $id) { stockAsOf(at: $at) { levels { product { ${selection} } } } } }`,
      ),
      { id: locationId, at },
    );
    const shown = location.stockAsOf.levels.map((level) => level.product);
    const alone = [];
    for (const id of productIds) {
      const { product } = await server.query(
        document<{ product: Record<string, unknown> }>(
          `query ($id: ID!${selection.includes('$at') ? ', $at: DateTime!' : ''}) { product(id: $id) { ${selection} } }`,
        ),
        selection.includes('$at') ? { id, at } : { id },
      );
      alone.push(product);
    }
    const byKey = (rows: Array<Record<string, unknown>>) =>
      [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(shown).toHaveLength(3);
    expect(byKey(shown)).toEqual(byKey(alone));
  }

  it('answers a few columns as the product itself does', () => compare('id sku price createdAt'));

  it('answers every column as the product itself does', () => compare(COLUMNS));

  it('answers the fields read by id beside the columns as the product itself does', () =>
    compare(`${COLUMNS} ${BY_ID}`));

  it('answers through fragments and aliases as the product itself does', () =>
    compare(
      '__typename id label: name ...Shown ... on Product { cost: price }',
      'fragment Shown on Product { unit archivedAt }',
    ));
});
