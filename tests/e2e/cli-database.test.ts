// The CLIs find the embedded PostgreSQL as `npm start` does, with no DATABASE_URL: `npm run
// db:migrate` creates and migrates it, `npm run stock:verify` uses the cluster a running Stockroom
// holds (and leaves it running), or starts it for the job and stops it after.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase, type Database } from '../../src/db/client';
import { ownerFile, runningClusterPort } from '../../src/db/data-directory';
import { EMBEDDED_DATABASE, embeddedUrl } from '../../src/db/embedded';
import { Decimal } from '../../src/shared/decimal';
import { StockService } from '../../src/modules/stock';
import { mainEnv, startMain, stopAllMains, type RunningMain } from '../support/main-process';

const ROOT = path.join(__dirname, '..', '..');

// Each run is npm, tsx and, where the cluster is not running, PostgreSQL's start: a few seconds.
jest.setTimeout(120_000);

/** `npm run <script>` with no DATABASE_URL, on the embedded data directory given. */
function npmRun(script: string, dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = mainEnv({ EMBEDDED_PG_DIR: dataDir });
    execFile('npm', ['run', '--silent', script], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

describe('the CLIs on the embedded PostgreSQL, without DATABASE_URL', () => {
  let dir: string;
  let dataDir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-cli-'));
    // The cluster runs as a dedicated user when we are root, so it must be able to write here.
    fs.chmodSync(dir, 0o777);
    dataDir = path.join(dir, 'postgres');
  });
  afterAll(async () => {
    await stopAllMains([dataDir]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const clusterIsRunning = () => fs.existsSync(path.join(dataDir, 'postmaster.pid'));

  it('db:migrate creates and migrates a data directory that has none yet, and stops its cluster', async () => {
    const migrated = await npmRun('db:migrate', dataDir);
    expect(migrated).toMatchObject({ code: 0 });
    expect(migrated.stdout).toContain(`starting the embedded PostgreSQL in ${dataDir} for this job`);
    expect(migrated.stdout).toMatch(/Applied \d+ migration\(s\)\./);
    expect(clusterIsRunning()).toBe(false);
    expect(fs.existsSync(ownerFile(dataDir))).toBe(false);
  });

  describe('while a Stockroom runs the cluster', () => {
    let server: RunningMain;
    let port: number;
    let database: Database;
    beforeAll(async () => {
      // Given Stockroom running on the data directory, with a receipt and a transfer recorded
      server = await startMain(mainEnv({ EMBEDDED_PG_DIR: dataDir, DEMO_DATA: 'off', LOG_LEVEL: 'warn' }));
      port = runningClusterPort(dataDir)!;
      expect(port).toBeGreaterThan(0);
      database = connectDatabase({
        url: embeddedUrl(port, EMBEDDED_DATABASE),
        poolSize: 2,
        connectionTimeoutMs: 10_000,
      });
      const prisma = database.prisma;
      const product = await prisma.product.create({ data: { sku: 'CLI-1', name: 'Verified', price: new Decimal(5) } });
      const [east, west] = await Promise.all(
        ['CLI-EAST', 'CLI-WEST'].map((code) => prisma.location.create({ data: { code, name: code } })),
      );
      const recorded = await new StockService(prisma, { transactionWaitMs: 10_000 }).recordMany(
        null,
        [
          { kind: 'RECEIPT', productId: product.id, toLocationId: east!.id, quantity: 10, unitCost: new Decimal(3) },
          { kind: 'TRANSFER', productId: product.id, fromLocationId: east!.id, toLocationId: west!.id, quantity: 4 },
        ],
        'REJECT_ALL',
      );
      expect(recorded.userErrors).toEqual([]);
    });
    afterAll(async () => {
      await database?.close();
      server?.child.kill('SIGTERM');
      expect(await server?.exited).toBe(0);
    });

    it('stock:verify checks its database through it, and leaves it running', async () => {
      const verified = await npmRun('stock:verify', dataDir);
      expect(verified).toMatchObject({ code: 0 });
      expect(verified.stdout).toContain(`using the embedded PostgreSQL running on ${dataDir} (port ${port})`);
      expect(verified.stdout).toContain('Checked 2 stock levels against the ledger.');
      expect(verified.stdout).toContain('No differences');
      // The server's cluster is still up, on the same port, and still the server's
      expect(runningClusterPort(dataDir)).toBe(port);
      expect((await fetch(server.endpoint.replace('/graphql', '/readyz'))).status).toBe(200);
      expect(JSON.parse(fs.readFileSync(ownerFile(dataDir), 'utf8'))).toMatchObject({ pid: server.child.pid });
    });

    it('stock:verify exits 1 when a level differs from the ledger', async () => {
      // Given a projection row changed behind the ledger's back
      await database.prisma.$executeRaw`UPDATE stock_level SET on_hand = on_hand + 1 WHERE on_hand = 6`;
      try {
        const verified = await npmRun('stock:verify', dataDir);
        expect(verified.code).toBe(1);
        expect(verified.stdout).toMatch(/stored 7, ledger 6/);
        expect(verified.stdout).toContain('1 level(s) differ from the ledger or the open reservations.');
      } finally {
        await database.prisma.$executeRaw`UPDATE stock_level SET on_hand = on_hand - 1 WHERE on_hand = 7`;
      }
    });
  });

  it('stock:verify starts the cluster for the job when none runs, and stops it after', async () => {
    expect(clusterIsRunning()).toBe(false);
    const verified = await npmRun('stock:verify', dataDir);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.stdout).toContain(`starting the embedded PostgreSQL in ${dataDir} for this job`);
    expect(verified.stdout).toContain('Checked 2 stock levels against the ledger.');
    expect(clusterIsRunning()).toBe(false);
    expect(fs.existsSync(ownerFile(dataDir))).toBe(false);
  });

  it('stock:verify refuses a data directory that holds no database, and creates none', async () => {
    const missing = path.join(dir, 'never-started');
    const verified = await npmRun('stock:verify', missing);
    expect(verified.code).toBe(2);
    expect(verified.stderr).toContain(`there is no embedded PostgreSQL in ${missing}`);
    expect(fs.existsSync(missing)).toBe(false);
  });
});
