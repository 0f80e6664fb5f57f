// The real entry point, as a user runs it: no DATABASE_URL, so an embedded PostgreSQL with demo
// data; data that survives a restart; a SIGTERM that drains in-flight requests and loses none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ownerFile } from '../../src/db/data-directory';
import { mainEnv, runMainToExit, startMain, stopAllMains, type RunningMain } from '../support/main-process';

// The first test starts Stockroom twice (tsx, initdb, demo data): over a minute on a busy machine.
jest.setTimeout(240_000);

const ADMIN = { email: 'owner@example.com', password: 'first-run-password' };

/** Posts a query as the signed-in first admin and returns its data; `T` is the shape the query asks for. */
async function graphql<T>(running: RunningMain, query: string): Promise<T> {
  const response = await fetch(running.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(running)}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const tokens = new WeakMap<RunningMain, Promise<string>>();
function tokenFor(running: RunningMain): Promise<string> {
  let token = tokens.get(running);
  if (!token) {
    token = fetch(running.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
        variables: { input: ADMIN },
      }),
    })
      .then((response) => response.json() as Promise<{ data: { signIn: { token: string } } }>)
      .then((body) => body.data.signIn.token);
    tokens.set(running, token);
  }
  return token;
}

type ProductTotal = { products: { totalCount: number } };
type ProductSkus = { products: { nodes: Array<{ sku: string }> } };

async function totalProducts(running: RunningMain): Promise<number> {
  return (await graphql<ProductTotal>(running, '{ products(first: 1, filter: { active: null }) { totalCount } }'))
    .products.totalCount;
}

describe('npm start on a machine with no database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-start-'));
  fs.chmodSync(dataDir, 0o777);
  const env = mainEnv({
    EMBEDDED_PG_DIR: path.join(dataDir, 'pg'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });
  afterAll(async () => {
    await stopAllMains([path.join(dataDir, 'pg')]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('boots an embedded PostgreSQL with demo data, keeps data across a restart, and drains on SIGTERM', async () => {
    // Given a first start with no DATABASE_URL
    const first = await startMain(env);
    expect(first.output()).toContain(`created the ADMIN ${ADMIN.email}`);
    expect(first.output()).not.toContain(ADMIN.password);
    const { products } = await graphql<{ products: { totalCount: number; edges: Array<{ node: { price: string } }> } }>(
      first,
      '{ products(first: 5) { totalCount edges { node { sku name price } } } }',
    );
    expect(products.totalCount).toBeGreaterThanOrEqual(150);
    expect(products.edges).toHaveLength(5);
    expect(products.edges[0]?.node.price).toMatch(/^\d+(\.\d+)?$/);
    const { locations } = await graphql<{ locations: { totalCount: number } }>(first, '{ locations { totalCount } }');
    expect(locations.totalCount).toBeGreaterThanOrEqual(3);
    // And incoming stock to look at on the first run: transfers on the road and orders placed (#15;
    // the demo places every order it makes).
    const incoming = await graphql<{
      transfers: { totalCount: number };
      purchaseOrders: { totalCount: number };
    }>(
      first,
      `
        {
          transfers(filter: { status: IN_TRANSIT }) {
            totalCount
          }
          purchaseOrders {
            totalCount
          }
        }
      `,
    );
    expect(incoming.transfers.totalCount).toBeGreaterThan(0);
    expect(incoming.purchaseOrders.totalCount).toBeGreaterThan(0);

    // When a burst of catalogue and ledger writes is in flight as SIGTERM arrives
    const { products: stocked } = await graphql<{ products: { nodes: Array<{ id: string }> } }>(
      first,
      '{ products(first: 1) { nodes { id } } }',
    );
    const { locations: places } = await graphql<{ locations: { nodes: Array<{ id: string }> } }>(
      first,
      '{ locations(first: 1) { nodes { id } } }',
    );
    const receipt = `productId: "${stocked.nodes[0]!.id}", locationId: "${places.nodes[0]!.id}", quantity: 1, unitCost: "1"`;
    const writes = Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0
        ? graphql<{ createProduct: { product: { sku: string } | null } }>(
            first,
            `mutation { createProduct(input: { sku: "DRAIN-${index}", name: "Drain ${index}", price: "1" }) { product { sku } } }`,
          ).then((data) => data.createProduct.product?.sku)
        : graphql<{ receiveStock: { movement: { id: string } | null } }>(
            first,
            `mutation { receiveStock(input: { ${receipt} }) { movement { id } } }`,
          ).then((data) => data.receiveStock.movement?.id),
    ).map((write) => write.catch(() => undefined));
    // SIGTERM lands as soon as the first write is acknowledged, with the rest still in flight.
    await Promise.any(writes.map((write) => write.then((ack) => ack ?? Promise.reject(new Error('refused')))));
    const signalledAt = Date.now();
    first.child.kill('SIGTERM');
    const results = await Promise.all(writes);
    const acknowledged = results.filter((ack, index): ack is string => ack !== undefined && index % 2 === 0);
    const acknowledgedMovements = results.filter((ack, index): ack is string => ack !== undefined && index % 2 === 1);
    expect(acknowledged.length + acknowledgedMovements.length).toBeGreaterThan(0);

    // Then the process drains and exits cleanly within the grace period, having stopped its database
    expect(await first.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(first.output()).toContain('stopped cleanly');
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(ownerFile(path.join(dataDir, 'pg')))).toBe(false);

    // And after a restart every acknowledged write is still there, and demo data is not loaded twice.
    // (A request whose connection was cut may or may not have been written: the client was never
    // told either way, which is what idempotency keys are for. Only acknowledged writes are promised.)
    const second = await startMain(env);
    try {
      expect(second.output()).not.toContain('loaded demo data');
      const drained = await graphql<ProductSkus>(
        second,
        '{ products(first: 100, filter: { search: "DRAIN-" }) { nodes { sku } } }',
      );
      const stored = drained.products.nodes.map((node) => node.sku);
      expect(stored).toEqual(expect.arrayContaining(acknowledged));
      expect(await totalProducts(second)).toBe(products.totalCount + stored.length);
      for (const id of acknowledgedMovements) {
        const found = await graphql<{ movement: { id: string } | null }>(second, `{ movement(id: "${id}") { id } }`);
        expect(found.movement?.id).toBe(id);
      }
      const { verifyStockLevels } = await graphql<{ verifyStockLevels: { ok: boolean } }>(
        second,
        '{ verifyStockLevels { ok } }',
      );
      expect(verifyStockLevels.ok).toBe(true);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});

describe('configuration', () => {
  it('refuses to start with a clear message naming every bad variable', async () => {
    const { code, output } = await runMainToExit(
      mainEnv({ PORT: 'not-a-port', DATABASE_URL: 'mysql://nope', DB_POOL_SIZE: '0' }),
    );
    expect(code).toBe(1);
    expect(output).toContain('Invalid configuration');
    for (const variable of ['PORT', 'DATABASE_URL', 'DB_POOL_SIZE']) expect(output).toContain(variable);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
