// Every kind of movement through the API, the rules that refuse bad ones, and the history and
// verification read back from the ledger.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import {
  AdjustStockDocument,
  ArchiveProductDocument,
  CatalogueWithStockDocument,
  LocationStockAsOfDocument,
  LocationStockDocument,
  MovementsDocument,
  ProductMovementsDocument,
  ProductStockDocument,
  ReceiveStockDocument,
  RecordMovementsDocument,
  ReturnStockDocument,
  ReverseMovementDocument,
  ShipStockDocument,
  StockAsOfDocument,
  TransferStockDocument,
  VerifyStockLevelsDocument,
  WriteOffStockDocument,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenStock } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const movementCount = () => server.database.prisma.movement.count();

const givenStocked = (quantity = 10) =>
  givenStock(server, { quantity, unitCost: '10.00', product: { price: '25.00' } });

async function onHand(productId: string, locationId?: string) {
  const { product } = await server.query(ProductStockDocument, { id: productId, locationId });
  return locationId ? (product?.stockLevels[0]?.onHand ?? 0) : product!.onHand;
}

describe('recording movements', () => {
  it('receives stock with its cost and supplier, and reports the level after', async () => {
    const { productId, locationId, location } = await givenStocked(0);
    const { receiveStock } = await server.query(ReceiveStockDocument, {
      input: {
        productId,
        locationId,
        quantity: 12,
        unitCost: '3.2500',
        reference: 'PO-1001',
        counterparty: 'Acme Supplies',
        note: 'first delivery',
      },
    });
    expect(receiveStock.userErrors).toEqual([]);
    expect(receiveStock.movement).toMatchObject({
      kind: 'RECEIPT',
      quantity: 12,
      unitCost: '3.25',
      unitPrice: null,
      reason: 'RECEIVED',
      reference: 'PO-1001',
      counterparty: 'Acme Supplies',
      fromLocation: null,
      toLocation: { code: location.code },
    });
    expect(receiveStock.stockLevels).toEqual([
      expect.objectContaining({ onHand: 12, reserved: 0, available: 12, location: { code: location.code } }),
    ]);
  });

  it('ships at the catalogue price unless a price is given', async () => {
    const { productId, locationId } = await givenStocked(10);
    const plain = await server.query(ShipStockDocument, { input: { productId, locationId, quantity: 2 } });
    expect(plain.shipStock.movement).toMatchObject({
      kind: 'SHIPMENT',
      unitPrice: '25',
      reason: 'SOLD',
      toLocation: null,
    });
    const priced = await server.query(ShipStockDocument, {
      input: { productId, locationId, quantity: 3, unitPrice: '19.99', counterparty: 'Jane' },
    });
    expect(priced.shipStock.movement?.unitPrice).toBe('19.99');
    expect(priced.shipStock.stockLevels[0]?.onHand).toBe(5);
  });

  it('refuses to ship more than is available, says how much is, and writes nothing', async () => {
    const { productId, locationId } = await givenStocked(4);
    const before = await movementCount();
    const { shipStock } = await server.query(ShipStockDocument, { input: { productId, locationId, quantity: 5 } });
    expect(shipStock.movement).toBeNull();
    expect(shipStock.userErrors).toEqual([
      { code: 'INSUFFICIENT_STOCK', field: ['quantity'], message: 'Requested 5 but only 4 available at the location.' },
    ]);
    expect(await movementCount()).toBe(before);
    expect(await onHand(productId)).toBe(4);
  });

  it('transfers between locations and refuses a transfer to the same place', async () => {
    const { productId, locationId, location } = await givenStocked(10);
    const other = await givenLocation(server);
    const { transferStock } = await server.query(TransferStockDocument, {
      input: { productId, fromLocationId: locationId, toLocationId: other.id, quantity: 4 },
    });
    expect(transferStock.movement).toMatchObject({
      kind: 'TRANSFER',
      fromLocation: { code: location.code },
      toLocation: { code: other.code },
    });
    expect(transferStock.stockLevels.map((level) => [level.location.code, level.onHand]).sort()).toEqual(
      [
        [location.code, 6],
        [other.code, 4],
      ].sort(),
    );
    const same = await server.query(TransferStockDocument, {
      input: { productId, fromLocationId: locationId, toLocationId: locationId, quantity: 1 },
    });
    expect(same.transferStock.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_FORMAT' })]);
    expect(await onHand(productId)).toBe(10);
  });

  it('adjusts by a delta and to a counted quantity, in either direction', async () => {
    const { productId, locationId } = await givenStocked(10);
    const down = await server.query(AdjustStockDocument, { input: { productId, locationId, delta: -3 } });
    expect(down.adjustStock.movement).toMatchObject({
      kind: 'ADJUSTMENT',
      quantity: 3,
      reason: 'CORRECTION',
      toLocation: null,
    });
    const counted = await server.query(AdjustStockDocument, { input: { productId, locationId, countedQuantity: 9 } });
    expect(counted.adjustStock.movement).toMatchObject({ quantity: 2, reason: 'CYCLE_COUNT', fromLocation: null });
    expect(counted.adjustStock.stockLevels[0]?.onHand).toBe(9);
    const unchanged = await server.query(AdjustStockDocument, { input: { productId, locationId, countedQuantity: 9 } });
    expect(unchanged.adjustStock).toMatchObject({ movement: null, userErrors: [] });
    const both = await server.query(AdjustStockDocument, {
      input: { productId, locationId, delta: 1, countedQuantity: 1 },
    });
    expect(both.adjustStock.userErrors[0]?.code).toBe('INVALID_FORMAT');
    const belowZero = await server.query(AdjustStockDocument, { input: { productId, locationId, delta: -10 } });
    expect(belowZero.adjustStock.userErrors[0]?.code).toBe('INSUFFICIENT_STOCK');
    // A count is bounded like a delta: the movement it records moves at most 1,000,000,000 units.
    const hugeCount = await server.query(AdjustStockDocument, {
      input: { productId, locationId, countedQuantity: 2_147_483_647 },
    });
    expect(hugeCount.adjustStock.userErrors).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', field: ['countedQuantity'] }),
    ]);
    const inBound = await server.query(AdjustStockDocument, {
      input: { productId, locationId, countedQuantity: 1_000_000_009 },
    });
    expect(inBound.adjustStock.stockLevels[0]?.onHand).toBe(1_000_000_009);
  });

  it('compare-and-set: refuses an adjustment whose expected on-hand is stale, and writes nothing', async () => {
    const { productId, locationId } = await givenStocked(10);
    const before = await movementCount();
    const stale = await server.query(AdjustStockDocument, {
      input: { productId, locationId, countedQuantity: 7, expectedOnHand: 11 },
    });
    expect(stale.adjustStock.userErrors).toEqual([
      expect.objectContaining({ code: 'STALE_QUANTITY', field: ['expectedOnHand'] }),
    ]);
    expect(await movementCount()).toBe(before);
    const fresh = await server.query(AdjustStockDocument, {
      input: { productId, locationId, countedQuantity: 7, expectedOnHand: 10 },
    });
    expect(fresh.adjustStock.stockLevels[0]?.onHand).toBe(7);
  });

  it('records returns and write-offs', async () => {
    const { productId, locationId } = await givenStocked(10);
    const returned = await server.query(ReturnStockDocument, {
      input: { productId, locationId, quantity: 2, counterparty: 'Jane' },
    });
    expect(returned.returnStock.movement).toMatchObject({ kind: 'RETURN', reason: 'RETURNED', unitCost: null });
    const written = await server.query(WriteOffStockDocument, { input: { productId, locationId, quantity: 5 } });
    expect(written.writeOffStock.movement).toMatchObject({ kind: 'WRITE_OFF', reason: 'DAMAGED' });
    expect(await onHand(productId)).toBe(7);
  });

  it.each([
    ['a zero quantity', { quantity: 0 }, 'OUT_OF_RANGE', ['quantity']],
    ['a negative cost', { unitCost: '-1' }, 'OUT_OF_RANGE', ['unitCost']],
    ['a future date', { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, 'OUT_OF_RANGE', ['occurredAt']],
    ['a long note', { note: 'n'.repeat(1001) }, 'TOO_LONG', ['note']],
    ['a malformed product ID', { productId: 'nope' }, 'INVALID_ID', ['productId']],
    ['an empty idempotency key', { idempotencyKey: '' }, 'BLANK', ['idempotencyKey']],
  ])('refuses %s with a typed error and writes nothing', async (_label, overrides, code, field) => {
    const { productId, locationId } = await givenStocked(0);
    const before = await movementCount();
    const { receiveStock } = await server.query(ReceiveStockDocument, {
      input: { productId, locationId, quantity: 1, unitCost: '1', ...overrides },
    });
    expect(receiveStock.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(await movementCount()).toBe(before);
  });

  it('refuses movements of an archived product and into an unknown location', async () => {
    const { product, productId, locationId } = await givenStocked(5);
    const unknownLocation = Buffer.from('Location:00000000-0000-4000-8000-000000000000').toString('base64url');
    const missing = await server.query(ShipStockDocument, {
      input: { productId, locationId: unknownLocation, quantity: 1 },
    });
    expect(missing.shipStock.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['locationId'] }),
    ]);
    await server.query(ArchiveProductDocument, { id: product.id });
    const archived = await server.query(ShipStockDocument, { input: { productId, locationId, quantity: 1 } });
    expect(archived.shipStock.userErrors).toEqual([
      expect.objectContaining({ code: 'ARCHIVED', field: ['productId'] }),
    ]);
  });
});

describe('idempotency', () => {
  it('replays the original result for the same key and input, and refuses the key for another input', async () => {
    const { productId, locationId } = await givenStocked(10);
    const input = { productId, locationId, quantity: 2, idempotencyKey: 'ship-once' };
    const first = await server.query(ShipStockDocument, { input });
    const before = await movementCount();
    const replay = await server.query(ShipStockDocument, { input });
    expect(replay.shipStock).toEqual(first.shipStock);
    expect(await movementCount()).toBe(before);

    const reused = await server.query(ShipStockDocument, { input: { ...input, quantity: 3 } });
    expect(reused.shipStock.userErrors).toEqual([
      expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'] }),
    ]);
    const otherOperation = await server.query(ReceiveStockDocument, { input: { ...input, unitCost: '1' } });
    expect(otherOperation.receiveStock.userErrors[0]?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await onHand(productId)).toBe(8);
  });

  it('answers a replay from its record though the stock it took is gone since, with the levels as they were', async () => {
    // Given a shipment under a key that took the last units
    const { productId, locationId } = await givenStocked(2);
    const input = { productId, locationId, quantity: 2, idempotencyKey: 'ship-the-last-two' };
    const first = await server.query(ShipStockDocument, { input });
    expect(first.shipStock.stockLevels[0]?.onHand).toBe(0);

    // When it is replayed with nothing left to ship
    const replay = await server.query(ShipStockDocument, { input });

    // Then the replay is its answer, not a refusal for want of stock
    expect(replay.shipStock.userErrors).toEqual([]);
    expect(replay.shipStock).toEqual(first.shipStock);
  });

  it('does not remember a refused request, so a retry after restocking can succeed', async () => {
    const { productId, locationId } = await givenStocked(1);
    const input = { productId, locationId, quantity: 2, idempotencyKey: 'ship-after-restock' };
    expect((await server.query(ShipStockDocument, { input })).shipStock.userErrors[0]?.code).toBe('INSUFFICIENT_STOCK');
    await givenMovement(server, 'receive', { productId, locationId, quantity: 5, unitCost: '1' });
    expect((await server.query(ShipStockDocument, { input })).shipStock.movement?.quantity).toBe(2);
  });
});

describe('reversals', () => {
  it('restores the previous levels and keeps both movements in the ledger', async () => {
    const { productId, locationId } = await givenStocked(10);
    const other = await givenLocation(server);
    const original = await givenMovement(server, 'transfer', {
      productId,
      fromLocationId: locationId,
      toLocationId: other.id,
      quantity: 6,
    });

    const { reverseMovement } = await server.query(ReverseMovementDocument, { input: { movementId: original.id } });
    expect(reverseMovement.userErrors).toEqual([]);
    expect(reverseMovement.movement).toMatchObject({
      kind: 'TRANSFER',
      quantity: 6,
      reason: 'CORRECTION',
      fromLocation: { code: other.code },
      toLocation: original.fromLocation,
      reversalOf: { id: original.id },
    });
    expect(await onHand(productId, locationId)).toBe(10);
    expect(await onHand(productId, other.id)).toBe(0);

    const { movements } = await server.query(MovementsDocument, { filter: { productId }, first: 10 });
    expect(movements.nodes.map((movement) => movement.id)).toEqual([
      reverseMovement.movement!.id,
      original.id,
      expect.any(String),
    ]);
    expect(movements.nodes[1]?.reversedBy?.id).toBe(reverseMovement.movement!.id);
  });

  it('reverses a movement once, and never a reversal', async () => {
    const { productId, locationId } = await givenStocked(10);
    const shipped = await givenMovement(server, 'ship', { productId, locationId, quantity: 1 });
    const reversal = await givenMovement(server, 'reverse', { movementId: shipped.id });
    const again = await server.query(ReverseMovementDocument, { input: { movementId: shipped.id } });
    expect(again.reverseMovement.userErrors[0]?.code).toBe('ALREADY_REVERSED');
    const ofReversal = await server.query(ReverseMovementDocument, { input: { movementId: reversal.id } });
    expect(ofReversal.reverseMovement.userErrors[0]?.code).toBe('CANNOT_REVERSE_REVERSAL');
    expect(await onHand(productId)).toBe(10);
  });

  it('refuses to reverse a receipt whose stock has already left', async () => {
    const { productId, locationId } = await givenStocked(0);
    const received = await givenMovement(server, 'receive', { productId, locationId, quantity: 5, unitCost: '1' });
    await givenMovement(server, 'ship', { productId, locationId, quantity: 4 });
    const { reverseMovement } = await server.query(ReverseMovementDocument, { input: { movementId: received.id } });
    expect(reverseMovement.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect(await onHand(productId)).toBe(1);
  });
});

describe('history by business time', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  it('counts a back-dated movement from when it occurred, not before', async () => {
    const { productId, locationId, location, product } = await givenStocked(0);
    await givenMovement(server, 'receive', { productId, locationId, quantity: 10, occurredAt: daysAgo(10) });
    await givenMovement(server, 'ship', { productId, locationId, quantity: 4, occurredAt: daysAgo(5) });
    const asOf = async (days: number) =>
      (await server.query(StockAsOfDocument, { id: productId, at: daysAgo(days) })).product!.stockAsOf.onHand;
    expect([await asOf(12), await asOf(7), await asOf(2)]).toEqual([0, 10, 6]);

    // A receipt recorded now but back-dated to 8 days ago
    await givenMovement(server, 'receive', { productId, locationId, quantity: 5, occurredAt: daysAgo(8) });
    expect([await asOf(12), await asOf(9), await asOf(7), await asOf(2)]).toEqual([0, 10, 15, 11]);

    const { location: atLocation } = await server.query(LocationStockAsOfDocument, {
      code: location.code,
      at: daysAgo(7),
    });
    expect(atLocation?.stockAsOf.levels).toEqual([{ onHand: 15, product: { sku: product.sku } }]);
  });

  it('refuses a back-dated shipment that would take the past below zero, even when stock is there now', async () => {
    const { productId, locationId } = await givenStocked(0);
    await givenMovement(server, 'receive', { productId, locationId, quantity: 5, occurredAt: daysAgo(6) });
    await givenMovement(server, 'ship', { productId, locationId, quantity: 5, occurredAt: daysAgo(4) });
    await givenMovement(server, 'receive', { productId, locationId, quantity: 5, occurredAt: daysAgo(1) });

    const before = await movementCount();
    const { shipStock } = await server.query(ShipStockDocument, {
      input: { productId, locationId, quantity: 1, occurredAt: daysAgo(5) },
    });
    expect(shipStock.userErrors).toEqual([
      expect.objectContaining({ code: 'INSUFFICIENT_STOCK', field: ['quantity'] }),
    ]);
    expect(shipStock.userErrors[0]?.message).toMatch(/only 0 available at the location from/);
    expect(await movementCount()).toBe(before);

    const later = await server.query(ShipStockDocument, {
      input: { productId, locationId, quantity: 1, occurredAt: daysAgo(0.5) },
    });
    expect(later.shipStock.userErrors).toEqual([]);
  });

  it('lists movements newest first by business time, with filters', async () => {
    const { productId, locationId } = await givenStocked(0);
    await givenMovement(server, 'receive', {
      productId,
      locationId,
      quantity: 3,
      occurredAt: daysAgo(3),
      reference: 'PO-7',
    });
    await givenMovement(server, 'receive', { productId, locationId, quantity: 1, occurredAt: daysAgo(1) });
    await givenMovement(server, 'receive', { productId, locationId, quantity: 2, occurredAt: daysAgo(2) });

    const { product } = await server.query(ProductMovementsDocument, { id: productId, first: 10 });
    expect(product?.movements.nodes.map((movement) => movement.quantity)).toEqual([1, 2, 3]);
    const byReference = await server.query(MovementsDocument, { filter: { productId, reference: 'PO-7' } });
    expect(byReference.movements.nodes.map((movement) => movement.quantity)).toEqual([3]);
    const window = await server.query(MovementsDocument, {
      filter: { productId, occurredFrom: daysAgo(2.5), occurredTo: daysAgo(0.5), kinds: ['RECEIPT'] },
    });
    expect(window.movements.nodes.map((movement) => movement.quantity)).toEqual([1, 2]);
    const paged = await server.query(MovementsDocument, { filter: { productId }, first: 2 });
    const rest = await server.query(MovementsDocument, {
      filter: { productId },
      first: 2,
      after: paged.movements.pageInfo.endCursor,
    });
    expect(rest.movements.nodes.map((movement) => movement.quantity)).toEqual([3]);
  });
});

describe('recordMovements', () => {
  it('applies rows in order, all or nothing, with a field path to the failed row', async () => {
    const { productId, locationId } = await givenStocked(0);
    const rows = [
      { kind: 'RECEIPT' as const, productId, toLocationId: locationId, quantity: 5, unitCost: '2' },
      { kind: 'SHIPMENT' as const, productId, fromLocationId: locationId, quantity: 3 },
      { kind: 'ADJUSTMENT' as const, productId, toLocationId: locationId, quantity: 1, reason: 'CYCLE_COUNT' as const },
      { kind: 'SHIPMENT' as const, productId, fromLocationId: locationId, quantity: 0 },
      { kind: 'SHIPMENT' as const, productId, fromLocationId: locationId, quantity: 9 },
    ];
    const before = await movementCount();
    const atomic = await server.query(RecordMovementsDocument, { input: { movements: rows } });
    expect(atomic.recordMovements.movements).toEqual([]);
    expect(atomic.recordMovements.userErrors).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', field: ['movements', '3', 'quantity'] }),
    ]);
    expect(await movementCount()).toBe(before);

    const partial = await server.query(RecordMovementsDocument, {
      input: { movements: rows, errorPolicy: 'REJECT_FAILED_ROWS' },
    });
    expect(partial.recordMovements.movements.map((movement) => movement.kind)).toEqual([
      'RECEIPT',
      'SHIPMENT',
      'ADJUSTMENT',
    ]);
    expect(partial.recordMovements.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['OUT_OF_RANGE', ['movements', '3', 'quantity']],
      ['INSUFFICIENT_STOCK', ['movements', '4', 'quantity']],
    ]);
    expect(partial.recordMovements.stockLevels).toEqual([expect.objectContaining({ onHand: 3 })]);
    expect(await movementCount()).toBe(before + 3);
  });

  it('checks each kind’s fields and refuses more than 500 rows', async () => {
    const { productId, locationId } = await givenStocked(5);
    const { recordMovements } = await server.query(RecordMovementsDocument, {
      input: {
        errorPolicy: 'REJECT_FAILED_ROWS',
        movements: [
          { kind: 'RECEIPT', productId, toLocationId: locationId, quantity: 1 },
          { kind: 'SHIPMENT', productId, fromLocationId: locationId, quantity: 1, unitCost: '1' },
          { kind: 'TRANSFER', productId, fromLocationId: locationId, quantity: 1 },
          { kind: 'WRITE_OFF', productId, toLocationId: locationId, quantity: 1 },
          { kind: 'RECEIPT', productId: 'bad', toLocationId: locationId, quantity: 1, unitCost: '1' },
        ],
      },
    });
    expect(recordMovements.userErrors.map((error) => [error.code, error.field?.join('.')])).toEqual([
      ['BLANK', 'movements.0.unitCost'],
      ['NOT_APPLICABLE', 'movements.1.unitCost'],
      ['BLANK', 'movements.2.toLocationId'],
      ['BLANK', 'movements.3.fromLocationId'],
      ['NOT_APPLICABLE', 'movements.3.toLocationId'],
      ['INVALID_ID', 'movements.4.productId'],
    ]);
    const tooMany = Array.from({ length: 501 }, () => ({
      kind: 'RECEIPT' as const,
      productId,
      toLocationId: locationId,
      quantity: 1,
      unitCost: '1',
    }));
    const big = await server.query(RecordMovementsDocument, { input: { movements: tooMany } });
    expect(big.recordMovements.userErrors).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', field: ['movements'] }),
    ]);
  });
});

describe('reading stock', () => {
  it('lists a location’s levels and movements', async () => {
    const { productId, locationId, location } = await givenStocked(4);
    const second = await givenProduct(server);
    await givenMovement(server, 'receive', { productId: second.id, locationId, quantity: 2 });
    const { location: found } = await server.query(LocationStockDocument, { code: location.code, first: 1 });
    expect(found?.stockLevels.totalCount).toBe(2);
    expect(found?.stockLevels.pageInfo.hasNextPage).toBe(true);
    const next = await server.query(LocationStockDocument, {
      code: location.code,
      first: 1,
      after: found?.stockLevels.pageInfo.endCursor,
    });
    const skus = [...found!.stockLevels.nodes, ...next.location!.stockLevels.nodes]
      .map((level) => level.product.sku)
      .sort();
    expect(skus).toHaveLength(2);
    expect(found?.movements.totalCount).toBe(2);
    expect(productId).toBeDefined();
  });

  it('reads a catalogue page with stock in a constant number of SQL statements', async () => {
    const locations = [await givenLocation(server), await givenLocation(server)];
    for (let index = 0; index < 100; index += 1) {
      const product = await givenProduct(server, { sku: `CNT-${String(index).padStart(3, '0')}` });
      for (const location of locations) {
        await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 1 + index });
      }
    }
    // Whatever the page size: the page, the totals and the levels, each in one statement.
    const statementsFor = async (first: number) => {
      const before = server.database.statementCount();
      const { products } = await server.query(CatalogueWithStockDocument, { first, filter: { search: 'CNT-' } });
      expect(products.edges.length).toBe(first);
      return server.database.statementCount() - before;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });
});

describe('the ledger as the source of truth', () => {
  it('refuses to update or delete a movement, even in SQL', async () => {
    const productId = rowIdOf((await givenStocked(3)).productId);
    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      await expect(client.query('UPDATE movement SET quantity = 1 WHERE product_id = $1', [productId])).rejects.toThrow(
        /append-only/,
      );
      await expect(client.query('DELETE FROM movement_line WHERE product_id = $1', [productId])).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await client.end();
    }
  });

  it('reports no drift, and reports tampering with the projection, in the API and the CLI', async () => {
    const stocked = await givenStocked(8);
    const [productId, locationId] = [rowIdOf(stocked.productId), rowIdOf(stocked.locationId)];
    const { product } = stocked;
    expect((await server.query(VerifyStockLevelsDocument, {})).verifyStockLevels.ok).toBe(true);
    const verifyCli = () =>
      promisify(execFile)(process.execPath, ['bin/stockroom.mjs', 'verify'], {
        cwd: path.join(__dirname, '../..'),
        env: { ...process.env, DATABASE_URL: server.databaseUrl },
      });
    expect((await verifyCli()).stdout).toContain('No differences');

    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      await client.query('UPDATE stock_level SET on_hand = 7 WHERE product_id = $1 AND location_id = $2', [
        productId,
        locationId,
      ]);
      const { verifyStockLevels } = await server.query(VerifyStockLevelsDocument, {});
      expect(verifyStockLevels.ok).toBe(false);
      expect(verifyStockLevels.differences).toEqual([
        expect.objectContaining({ storedOnHand: 7, ledgerOnHand: 8, product: { sku: product.sku } }),
      ]);
      await expect(verifyCli()).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/stored 7, ledger 8/) });
    } finally {
      await client.query('UPDATE stock_level SET on_hand = 8 WHERE product_id = $1 AND location_id = $2', [
        productId,
        locationId,
      ]);
      await client.end();
    }
  });
});
