// The embedded PostgreSQL after the node process dies without stopping it (kill -9, OOM killer):
// the next start stops the orphaned postmaster and starts again with every acknowledged write, a
// second start beside a live one is refused with a message naming that process, and no other
// PostgreSQL is ever taken for ours.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Zombie-aware: an orphan postmaster that stopped may linger unreaped where PID 1 does not reap.
import { isAlive, ownerFile, runningPostmaster } from '../../src/db/data-directory';
import {
  mainEnv,
  post,
  runMainToExit,
  signIn,
  startMain,
  stopAllMains,
  type RunningMain,
} from '../support/main-process';

const ADMIN = { email: 'crash@example.com', password: 'crash-test-password' };

// Tests here start Stockroom processes (tsx, then initdb or migrations), one to two minutes on a busy machine.
jest.setTimeout(240_000);

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-crash-'));
// The cluster runs as a dedicated user when the tests run as root, so it must be able to write here.
fs.chmodSync(workDir, 0o777);
const pgDir = path.join(workDir, 'pg');
const env = mainEnv({
  EMBEDDED_PG_DIR: pgDir,
  DEMO_DATA: 'off',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
});

afterAll(async () => {
  await stopAllMains([pgDir]);
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** The data of a query that must succeed. */
async function query<T>(running: RunningMain, token: string, text: string): Promise<T> {
  const { body } = await post<T>(running, text, { token });
  if (!body.data || body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type CreatedProduct = { createProduct: { product: { id: string; sku: string } | null } };
type ReceivedStock = { receiveStock: { movement: { id: string } | null } };

describe('npm start after the node process was killed with kill -9', () => {
  it('stops the PostgreSQL the crash left running, starts again, and keeps every acknowledged write', async () => {
    // Given a running Stockroom on the embedded database, with a product and a location
    const first = await startMain(env);
    const token = await signIn(first, ADMIN);
    const { createLocation } = await query<{ createLocation: { location: { id: string } } }>(
      first,
      token,
      'mutation { createLocation(input: { code: "CRASH", name: "Crash site" }) { location { id } } }',
    );
    const { createProduct } = await query<CreatedProduct>(
      first,
      token,
      'mutation { createProduct(input: { sku: "CRASH-0", name: "Crash 0", price: "1" }) { product { id sku } } }',
    );
    const receipt = `productId: "${createProduct.product!.id}", locationId: "${createLocation.location.id}", quantity: 1, unitCost: "2"`;

    // When catalogue and ledger writes are in flight as the node process alone is killed with kill -9
    const writes = Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0
        ? query<CreatedProduct>(
            first,
            token,
            `mutation { createProduct(input: { sku: "CRASH-${index + 1}", name: "Crash ${index + 1}", price: "1" }) { product { id sku } } }`,
          ).then((data) => data.createProduct.product?.sku)
        : query<ReceivedStock>(
            first,
            token,
            `mutation { receiveStock(input: { ${receipt} }) { movement { id } } }`,
          ).then((data) => data.receiveStock.movement?.id),
    ).map((write) => write.catch(() => undefined));
    await Promise.any(writes.map((write) => write.then((ack) => ack ?? Promise.reject(new Error('refused')))));
    const orphan = runningPostmaster(pgDir);
    expect(orphan).toBeDefined();
    first.child.kill('SIGKILL');
    const results = await Promise.all(writes);
    await first.exited;
    const acknowledgedSkus = [
      'CRASH-0',
      ...results.filter((ack, i): ack is string => ack !== undefined && i % 2 === 0),
    ];
    const acknowledgedMovements = results.filter((ack, i): ack is string => ack !== undefined && i % 2 === 1);
    expect(acknowledgedSkus.length + acknowledgedMovements.length).toBeGreaterThan(1);

    // Then its PostgreSQL lives on, holding the data directory (what used to block the next start)
    expect(isAlive(orphan!)).toBe(true);
    expect(runningPostmaster(pgDir)).toBe(orphan);

    // When Stockroom starts again on the same data directory
    const second = await startMain(env);
    try {
      // Then it stopped the orphan and runs a postmaster of its own
      expect(second.output()).toContain('stopping the PostgreSQL a crashed Stockroom left running');
      expect(second.output()).toContain(`"pid":${orphan}`);
      expect(isAlive(orphan!)).toBe(false);
      expect(runningPostmaster(pgDir)).toEqual(expect.any(Number));
      expect(runningPostmaster(pgDir)).not.toBe(orphan);

      // And the session from before the crash is still valid (the signing key is in the database)
      const skus = await query<{ products: { nodes: Array<{ sku: string }> } }>(
        second,
        token,
        '{ products(first: 100, filter: { search: "CRASH-" }) { nodes { sku } } }',
      );
      // And every acknowledged write is there (unacknowledged ones may or may not be: their clients
      // were never told, which is what idempotency keys are for)
      expect(skus.products.nodes.map((node) => node.sku)).toEqual(expect.arrayContaining(acknowledgedSkus));
      for (const id of acknowledgedMovements) {
        const found = await query<{ movement: { id: string } | null }>(
          second,
          token,
          `{ movement(id: "${id}") { id } }`,
        );
        expect(found.movement?.id).toBe(id);
      }
      const { verifyStockLevels } = await query<{ verifyStockLevels: { ok: boolean } }>(
        second,
        token,
        '{ verifyStockLevels { ok } }',
      );
      expect(verifyStockLevels.ok).toBe(true);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
    // And a clean stop leaves neither a postmaster nor a claim on the directory
    expect(fs.existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(ownerFile(pgDir))).toBe(false);
  });
});

describe('beside a running Stockroom on the embedded database', () => {
  let running: RunningMain;
  let postmaster: number;
  beforeAll(async () => {
    running = await startMain(env);
    postmaster = runningPostmaster(pgDir)!;
  });
  afterAll(async () => {
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('a second start on the same data directory is refused, naming the process that uses it', async () => {
    expect(postmaster).toEqual(expect.any(Number));

    // When a second Stockroom starts on the same data directory
    const second = await runMainToExit(env);

    // Then it exits with a message that says by whom the directory is used and what to do
    expect(second.code).toBe(1);
    expect(second.output).toContain(`The embedded PostgreSQL data directory ${pgDir} is in use`);
    expect(second.output).toContain(`process ${running.child.pid}`);
    expect(second.output).toContain('EMBEDDED_PG_DIR');
    expect(second.output).toContain('DATABASE_URL');
    expect(second.output).not.toContain('undefined');
    expect(second.output).not.toMatch(/\n\s+at /);

    // And the first one, and its PostgreSQL, were left alone
    expect(runningPostmaster(pgDir)).toBe(postmaster);
    const token = await signIn(running, ADMIN);
    const { body } = await post<{ me: { __typename: string } }>(running, '{ me { __typename } }', { token });
    expect(body.data?.me.__typename).toBe('User');
  });

  it("its PostgreSQL is never taken for another directory's orphan, whatever that postmaster.pid says", () => {
    // Given another data directory whose postmaster.pid names a live process
    const dir = fs.mkdtempSync(path.join(workDir, 'forged-'));
    const lockFile = path.join(dir, 'postmaster.pid');
    const forged = [
      // the running postmaster, claiming to be this directory's (its command line says otherwise)
      `${postmaster}\n${dir}\n`,
      // the running postmaster, with its own directory
      `${postmaster}\n${pgDir}\n`,
      // a live process that is not a postgres at all (the running Stockroom's node)
      `${running.child.pid}\n${dir}\n`,
    ];

    // Then none of them is a postmaster of that directory, so none would be signalled
    for (const contents of forged) {
      fs.writeFileSync(lockFile, contents);
      expect(runningPostmaster(dir)).toBeUndefined();
    }
    expect(runningPostmaster(pgDir)).toBe(postmaster);
  });

  it("a start that cannot succeed says why in PostgreSQL's own words, and releases its claim", async () => {
    // Given the port the running PostgreSQL listens on (line 4 of its postmaster.pid)
    const port = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[3]!;
    const dataDir = path.join(workDir, 'refused');

    // When another data directory's cluster is started on that port
    const refused = await runMainToExit({ ...env, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: port });

    // Then the message says where, and carries the lines PostgreSQL logged about it
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`Embedded PostgreSQL failed to start in ${dataDir} on port ${port}:`);
    expect(refused.output).toMatch(/LOG: +could not bind .*Address already in use/);
    expect(refused.output).toMatch(/FATAL: +could not create any TCP\/IP sockets/);
    expect(refused.output).not.toContain('undefined');
    // And the directory is not left claimed, and the running PostgreSQL was left alone
    expect(fs.existsSync(ownerFile(dataDir))).toBe(false);
    expect(runningPostmaster(pgDir)).toBe(postmaster);
  });
});
