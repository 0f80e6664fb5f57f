// The ledger under contention, through real HTTP connections and a real PostgreSQL: no oversell,
// no deadlock, and one movement per idempotency key however many retries race.
import http from 'node:http';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ProductStockDocument,
  ReceiveStockDocument,
  ShipStockDocument,
  TransferStockDocument,
  VerifyStockLevelsDocument,
  type ShipStockMutation,
  type TransferStockMutation,
} from '../generated/graphql';
import { givenLocation, givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** POSTs on a connection of its own (no keep-alive pooling), as separate clients would. */
function postAlone<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ status: number; data?: R }> {
  const body = JSON.stringify({ query: print(document), variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...server.adminHeaders,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ...(JSON.parse(text) as { data?: R }) }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function givenStock(quantity: number) {
  const product = await givenProduct(server);
  const location = await givenLocation(server);
  const { receiveStock } = await server.query(ReceiveStockDocument, {
    input: { productId: product.id, locationId: location.id, quantity, unitCost: '2.00' },
  });
  expect(receiveStock.userErrors).toEqual([]);
  return { product, location };
}

async function expectNoDrift() {
  const { verifyStockLevels } = await server.query(VerifyStockLevelsDocument, {});
  expect(verifyStockLevels.differences).toEqual([]);
  expect(verifyStockLevels.ok).toBe(true);
}

describe('the ledger under concurrency', () => {
  it('never oversells: 250 concurrent shipments of 1 against 100 on hand ship exactly 100', async () => {
    const { product, location } = await givenStock(100);

    const responses = await Promise.all(
      Array.from({ length: 250 }, () =>
        postAlone(ShipStockDocument, { input: { productId: product.id, locationId: location.id, quantity: 1 } }),
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
    const { product, location: a } = await givenStock(30);
    const b = await givenLocation(server);
    await server.query(ReceiveStockDocument, {
      input: { productId: product.id, locationId: b.id, quantity: 30, unitCost: '2' },
    });

    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, index) => {
        const [from, to] = index % 2 === 0 ? [a, b] : [b, a];
        return postAlone(TransferStockDocument, {
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
    const { product, location } = await givenStock(50);
    const before = await server.database.prisma.movement.count();

    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        postAlone(ShipStockDocument, {
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
