// Transfers in transit (issue #15), through real HTTP and a real PostgreSQL: a transfer shipped,
// received in two parts and closed with the rest lost keeps on hand, incoming, valuation and
// stockAsOf right at every step with no drift; 50 concurrent receipts of one line never exceed what
// was shipped; cancelling returns shipped units to the source; and the smaller rules.
import {
  CancelTransferDocument,
  CloseTransferDocument,
  CreateTransferDocument,
  InventoryValuationDocument,
  ProductIncomingDocument,
  ReceiveTransferDocument,
  ReverseMovementDocument,
  ShipTransferDocument,
  StockStatesAsOfDocument,
  TransferEventsDocument,
  type TransferEventsQuery,
  TransferNodeDocument,
  UpdateLocationDocument,
  VerifyStockLevelsDocument,
  type CreateTransferInput,
} from '../generated/graphql';
import { givenLocation, givenProduct, givenStock } from '../support/factories';
import { eventually } from '../support/live';
import { FEED_WAIT_MS, startTestServer, type TestServer } from '../support/server';

// Waiting for the feed (below) can take long while other files' imports hold transactions open.
jest.setTimeout(180_000);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

let sequence = 0;
const key = () => `transfer-test-${++sequence}`;
const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

async function expectNoDrift() {
  const { verifyStockLevels } = await server.query(VerifyStockLevelsDocument, {});
  expect(verifyStockLevels.differences).toEqual([]);
  expect(verifyStockLevels.ok).toBe(true);
}

/** Ten units at a new source location (cost 2.50 each), a product in its own category, and a destination. */
async function givenRoute(quantity = 10) {
  const category = `Transit-${++sequence}`;
  const source = await givenStock(server, { quantity, unitCost: '2.50', product: { category } });
  const destination = await givenLocation(server);
  return { ...source, category, source: source.location, destination };
}

async function create(input: CreateTransferInput) {
  return (await server.query(CreateTransferDocument, { input })).createTransfer;
}

async function givenTransfer(input: CreateTransferInput) {
  const { transfer, userErrors } = await create(input);
  if (!transfer) throw new Error(`createTransfer refused: ${JSON.stringify(userErrors)}`);
  return transfer;
}

async function levels(productId: string) {
  const { product } = await server.query(ProductIncomingDocument, { id: productId });
  const at = (code: string) => product!.stockLevels.find((level) => level.location.code === code);
  return { product: product!, at };
}

async function valueByLocation(category: string) {
  const { inventoryValuation } = await server.query(InventoryValuationDocument, { category, groupBy: 'LOCATION' });
  return Object.fromEntries(inventoryValuation.nodes.map((row) => [row.key, [row.quantity, row.value]]));
}

async function asOf(productId: string, at: string) {
  const { product } = await server.query(StockStatesAsOfDocument, { id: productId, at });
  return Object.fromEntries(product!.stockAsOf.levels.map((level) => [level.location.code, level.onHand]));
}

describe('a transfer shipped, received in two parts, the rest declared lost', () => {
  it('keeps on hand, incoming, valuation and stockAsOf right at every step, with no drift', async () => {
    const { productId, source, destination, category } = await givenRoute(10);
    const before = new Date().toISOString();
    await pause();

    const draft = await givenTransfer({
      fromLocationId: source.id,
      toLocationId: destination.id,
      lines: [{ productId, quantity: 8 }],
      reference: 'DN-1',
      expectedArrival: '2030-01-15T10:00:00Z',
      idempotencyKey: key(),
    });
    expect(draft.status).toBe('DRAFT');
    // A draft moves nothing and is not incoming.
    let now = await levels(productId);
    expect(now.at(source.code)!.onHand).toBe(10);
    expect(now.product.incoming).toBe(0);

    const shipped = (
      await server.query(ShipTransferDocument, { input: { transferId: draft.id, idempotencyKey: key() } })
    ).shipTransfer;
    expect(shipped.userErrors).toEqual([]);
    expect(shipped.transfer!.status).toBe('IN_TRANSIT');
    expect(shipped.movements.map((movement) => [movement.kind, movement.quantity])).toEqual([['TRANSFER', 8]]);
    await pause();
    const afterShip = new Date().toISOString();
    await pause();

    now = await levels(productId);
    expect(now.at(source.code)!.onHand).toBe(2);
    expect(now.at(destination.code)?.onHand ?? 0).toBe(0);
    expect(now.at('IN-TRANSIT')!.onHand).toBe(8);
    // In-transit units are never available, anywhere.
    expect(now.at('IN-TRANSIT')!.available).toBe(0);
    expect(now.product.available).toBe(2);
    expect(now.product.onHand).toBe(10);
    expect(now.product.incoming).toBe(8);
    expect(now.product.incomingSchedule).toEqual([{ expectedOn: '2030-01-15T00:00:00.000Z', quantity: 8 }]);
    // Still valued at the cost they left with, shown at the in-transit location.
    expect(await valueByLocation(category)).toEqual({ [source.code]: [2, '5'], 'IN-TRANSIT': [8, '20'] });
    await expectNoDrift();

    const first = (
      await server.query(ReceiveTransferDocument, {
        input: {
          transferId: draft.id,
          lines: [
            { productId, quantity: 3 },
            { productId, quantity: 1, state: 'DAMAGED' },
          ],
          idempotencyKey: key(),
        },
      })
    ).receiveTransfer;
    expect(first.userErrors).toEqual([]);
    expect(first.transfer!.status).toBe('PARTIALLY_RECEIVED');
    expect(first.transfer!.lines[0]).toMatchObject({ shipped: 8, received: 4, inTransit: 4 });
    await pause();
    const afterFirst = new Date().toISOString();
    await pause();

    now = await levels(productId);
    expect(now.at(destination.code)).toMatchObject({ onHand: 4, damaged: 1, available: 3, incoming: 4 });
    expect(now.at('IN-TRANSIT')!.onHand).toBe(4);
    expect(now.product.incoming).toBe(4);
    await expectNoDrift();

    const second = (
      await server.query(ReceiveTransferDocument, {
        input: {
          transferId: draft.id,
          lines: [{ productId, quantity: 2, state: 'QUALITY_CONTROL' }],
          idempotencyKey: key(),
        },
      })
    ).receiveTransfer;
    expect(second.userErrors).toEqual([]);
    expect(second.transfer!.status).toBe('PARTIALLY_RECEIVED');
    await pause();
    const afterSecond = new Date().toISOString();
    await pause();

    const closed = (
      await server.query(CloseTransferDocument, {
        input: { transferId: draft.id, reason: 'Two cartons fell off the truck', idempotencyKey: key() },
      })
    ).closeTransfer;
    expect(closed.userErrors).toEqual([]);
    expect(closed.transfer).toMatchObject({ status: 'CLOSED', closeReason: 'Two cartons fell off the truck' });
    expect(closed.transfer!.lines[0]).toMatchObject({ received: 6, lost: 2, inTransit: 0 });
    expect(closed.movements.map((movement) => [movement.kind, movement.quantity])).toEqual([['WRITE_OFF', 2]]);
    expect(closed.transfer!.history.map((change) => change.status)).toEqual([
      'DRAFT',
      'IN_TRANSIT',
      'PARTIALLY_RECEIVED',
      'PARTIALLY_RECEIVED',
      'CLOSED',
    ]);
    expect(closed.transfer!.history.every((change) => change.actor?.__typename === 'User')).toBe(true);

    now = await levels(productId);
    expect(now.at(source.code)!.onHand).toBe(2);
    expect(now.at(destination.code)).toMatchObject({ onHand: 6, damaged: 1, qualityControl: 2, incoming: 0 });
    expect(now.at('IN-TRANSIT')!.onHand).toBe(0);
    expect(now.product).toMatchObject({ onHand: 8, incoming: 0 });
    // The lost units left the books at the average cost; the rest kept theirs.
    expect(await valueByLocation(category)).toEqual({ [source.code]: [2, '5'], [destination.code]: [6, '15'] });
    await expectNoDrift();

    // stockAsOf between the steps: units in transit are on hand at neither end, and never twice.
    expect(await asOf(productId, before)).toEqual({ [source.code]: 10 });
    expect(await asOf(productId, afterShip)).toEqual({ [source.code]: 2, 'IN-TRANSIT': 8 });
    expect(await asOf(productId, afterFirst)).toEqual({ [source.code]: 2, 'IN-TRANSIT': 4, [destination.code]: 4 });
    expect(await asOf(productId, afterSecond)).toEqual({ [source.code]: 2, 'IN-TRANSIT': 2, [destination.code]: 6 });
    expect(await asOf(productId, new Date().toISOString())).toEqual({ [source.code]: 2, [destination.code]: 6 });

    // Each step wrote its event with the change (waited for as the feed may be held back: FEED_WAIT_MS).
    let transferEvents: TransferEventsQuery['events']['nodes'] = [];
    await eventually(
      async () => {
        const { events } = await server.query(TransferEventsDocument, { productId });
        transferEvents = events.nodes.filter((event) => event.type.startsWith('TRANSFER_'));
        return transferEvents.length >= 5;
      },
      'the transfer events to be visible in the feed',
      FEED_WAIT_MS,
    );
    expect(transferEvents.map((event) => event.type)).toEqual([
      'TRANSFER_CREATED',
      'TRANSFER_SHIPPED',
      'TRANSFER_RECEIVED',
      'TRANSFER_RECEIVED',
      'TRANSFER_CLOSED',
    ]);
    expect(transferEvents.at(-1)!.payload).toEqual({
      __typename: 'TransferEventPayload',
      transfer: { id: draft.id, status: 'CLOSED', lines: [{ shipped: 8, received: 6, lost: 2 }] },
    });
  });
});

describe('concurrent receipts of one line', () => {
  it('never exceed what was shipped, whatever 50 clients do at once; the rest get EXCEEDS_OUTSTANDING', async () => {
    const { productId, source, destination } = await givenRoute(30);
    const transfer = await givenTransfer({
      fromLocationId: source.id,
      toLocationId: destination.id,
      lines: [{ productId, quantity: 20 }],
    });
    await server.query(ShipTransferDocument, { input: { transferId: transfer.id } });

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        server.query(ReceiveTransferDocument, {
          input: { transferId: transfer.id, lines: [{ productId, quantity: 1 + (index % 2) }], idempotencyKey: key() },
        }),
      ),
    );
    const payloads = answers.map((answer) => answer.receiveTransfer);
    const received = payloads
      .filter((payload) => payload.userErrors.length === 0)
      .reduce((sum, payload) => sum + payload.movements.reduce((units, movement) => units + movement.quantity, 0), 0);
    const refused = payloads.filter((payload) => payload.userErrors.length > 0);
    expect(received).toBeLessThanOrEqual(20);
    // Receipts of 1 and 2 units: at most one unit can be left over, when only a 2 was still asking.
    expect(received).toBeGreaterThanOrEqual(19);
    expect(refused.length).toBeGreaterThan(0);
    for (const payload of refused) {
      expect(payload.userErrors.map((error) => error.code)).toEqual([
        expect.stringMatching(/^(EXCEEDS_OUTSTANDING|INVALID_STATUS)$/),
      ]);
      expect(payload.movements).toEqual([]);
    }
    const { transfer: after } = await server.query(TransferNodeDocument, { id: transfer.id });
    expect(after!.lines[0]!.received).toBe(received);
    expect(after!.status).toBe(received === 20 ? 'RECEIVED' : 'PARTIALLY_RECEIVED');
    const now = await levels(productId);
    expect(now.at(destination.code)!.onHand).toBe(received);
    expect(now.at('IN-TRANSIT')!.onHand).toBe(20 - received);
    await expectNoDrift();
  });
});

describe('cancelling', () => {
  it('a shipped transfer returns its units in transit to the source through the ledger', async () => {
    const { productId, source, destination } = await givenRoute(10);
    const transfer = await givenTransfer({
      fromLocationId: source.id,
      toLocationId: destination.id,
      lines: [{ productId, quantity: 6 }],
    });
    await server.query(ShipTransferDocument, { input: { transferId: transfer.id } });
    await server.query(ReceiveTransferDocument, {
      input: { transferId: transfer.id, lines: [{ productId, quantity: 2 }] },
    });

    const cancelled = (
      await server.query(CancelTransferDocument, { input: { transferId: transfer.id, reason: 'Wrong truck' } })
    ).cancelTransfer;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.transfer!.status).toBe('CANCELLED');
    expect(cancelled.transfer!.lines[0]).toMatchObject({ received: 2, returned: 4, inTransit: 0 });
    expect(cancelled.movements.map((movement) => [movement.kind, movement.quantity])).toEqual([['TRANSFER', 4]]);

    const now = await levels(productId);
    expect(now.at(source.code)!.onHand).toBe(8);
    expect(now.at(destination.code)!.onHand).toBe(2);
    expect(now.at('IN-TRANSIT')!.onHand).toBe(0);
    expect(now.product.incoming).toBe(0);
    await expectNoDrift();
  });

  it('refuses to reverse a leg of a transfer alone, which would leave the transfer counting units the ledger moved', async () => {
    const { productId, source, destination } = await givenRoute(5);
    const transfer = await givenTransfer({
      fromLocationId: source.id,
      toLocationId: destination.id,
      lines: [{ productId, quantity: 3 }],
    });
    const shipped = (await server.query(ShipTransferDocument, { input: { transferId: transfer.id } })).shipTransfer;
    const reversed = (await server.query(ReverseMovementDocument, { input: { movementId: shipped.movements[0]!.id } }))
      .reverseMovement;
    expect(reversed.userErrors.map((error) => [error.code, error.field])).toEqual([['NOT_APPLICABLE', ['movementId']]]);
    const now = await levels(productId);
    expect(now.at(source.code)!.onHand).toBe(2);
    expect(now.at('IN-TRANSIT')!.onHand).toBe(3);
    await expectNoDrift();
  });

  it('a draft changes nothing', async () => {
    const { productId, source, destination } = await givenRoute(5);
    const transfer = await givenTransfer({
      fromLocationId: source.id,
      toLocationId: destination.id,
      lines: [{ productId, quantity: 5 }],
    });
    const cancelled = (await server.query(CancelTransferDocument, { input: { transferId: transfer.id } }))
      .cancelTransfer;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.movements).toEqual([]);
    expect(cancelled.transfer!.status).toBe('CANCELLED');
    expect((await levels(productId)).at(source.code)!.onHand).toBe(5);
    // And a cancelled transfer cannot ship.
    const ship = (await server.query(ShipTransferDocument, { input: { transferId: transfer.id } })).shipTransfer;
    expect(ship.userErrors.map((error) => error.code)).toEqual(['INVALID_STATUS']);
  });
});

describe('the rules', () => {
  it('refuses over-receipt, shipping more than is available, bad input and a second ship, each with a typed error', async () => {
    const { productId, source, destination } = await givenRoute(4);
    const otherProduct = await givenProduct(server);
    const refusedCreate = await create({
      fromLocationId: source.id,
      toLocationId: source.id,
      lines: [
        { productId, quantity: 0 },
        { productId, quantity: 1 },
      ],
    });
    expect(refusedCreate.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_FORMAT', ['toLocationId']],
      ['OUT_OF_RANGE', ['lines', '0', 'quantity']],
      ['INVALID_FORMAT', ['lines', '1', 'productId']],
    ]);

    const tooMany = await givenTransfer({
      fromLocationId: source.id,
      toLocationId: destination.id,
      lines: [{ productId, quantity: 5 }],
    });
    const short = (await server.query(ShipTransferDocument, { input: { transferId: tooMany.id } })).shipTransfer;
    expect(short.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_STOCK']);
    expect(short.transfer).toBeNull();
    const { transfer: stillDraft } = await server.query(TransferNodeDocument, { id: tooMany.id });
    expect(stillDraft!.status).toBe('DRAFT');

    const transfer = await givenTransfer({
      fromLocationId: source.id,
      toLocationId: destination.id,
      lines: [{ productId, quantity: 3 }],
    });
    const shipKey = key();
    const shipped = (
      await server.query(ShipTransferDocument, { input: { transferId: transfer.id, idempotencyKey: shipKey } })
    ).shipTransfer;
    // A retry with the same key answers the first result and moves nothing more.
    const retried = (
      await server.query(ShipTransferDocument, { input: { transferId: transfer.id, idempotencyKey: shipKey } })
    ).shipTransfer;
    expect(retried.movements.map((movement) => movement.id)).toEqual(shipped.movements.map((movement) => movement.id));
    const again = (await server.query(ShipTransferDocument, { input: { transferId: transfer.id } })).shipTransfer;
    expect(again.userErrors.map((error) => error.code)).toEqual(['INVALID_STATUS']);

    const over = (
      await server.query(ReceiveTransferDocument, {
        input: {
          transferId: transfer.id,
          lines: [
            { productId, quantity: 2 },
            { productId, quantity: 2, state: 'DAMAGED' },
          ],
        },
      })
    ).receiveTransfer;
    expect(over.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['EXCEEDS_OUTSTANDING', ['lines', '0', 'quantity']],
    ]);
    const notOnIt = (
      await server.query(ReceiveTransferDocument, {
        input: { transferId: transfer.id, lines: [{ productId: otherProduct.id, quantity: 1 }] },
      })
    ).receiveTransfer;
    expect(notOnIt.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect((await levels(productId)).at('IN-TRANSIT')!.onHand).toBe(3);

    // The in-transit location is Stockroom's: it cannot be restored or renamed, nor used by a transfer.
    const transit = (await levels(productId)).product.stockLevels.find((level) => level.location.code === 'IN-TRANSIT');
    expect(transit).toBeDefined();
    const viaTransit = await create({
      fromLocationId: Buffer.from('Location:7f000000-0000-4000-8000-000000000001').toString('base64url'),
      toLocationId: destination.id,
      lines: [{ productId, quantity: 1 }],
    });
    expect(viaTransit.userErrors.map((error) => error.code)).toEqual(['ARCHIVED']);
    const rename = await server.query(UpdateLocationDocument, {
      input: { id: Buffer.from('Location:7f000000-0000-4000-8000-000000000001').toString('base64url'), name: 'Mine' },
    });
    expect(rename.updateLocation.userErrors.map((error) => error.code)).toEqual(['NOT_APPLICABLE']);
    await expectNoDrift();
  });
});
