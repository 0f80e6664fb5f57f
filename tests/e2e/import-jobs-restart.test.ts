// An import job survives a server restart (#16, acceptance 5): Stockroom runs as a real process
// (src/main.ts), takes an upload, is killed with SIGKILL while the job runs, and is started again
// on the same database; the job is taken over once its lease runs out and completes, with every
// row imported exactly once.
import { Client } from 'pg';
import { mainEnv, post, signIn, startMain, stopAllMains } from '../support/main-process';
import { createTestDatabase } from '../support/server';
import { eventually } from '../support/live';

// Two starts of src/main.ts (tsx, migrations) and a 40,000-row import take a while on a busy machine.
jest.setTimeout(300_000);

const ROWS = 40_000;

let database: Client;
afterAll(async () => {
  await stopAllMains();
  await database?.end();
});

describe('an import job and a SIGKILL', () => {
  it('completes after the restart, each row imported once', async () => {
    // Given Stockroom on its own database, with a short import lease
    const databaseUrl = await createTestDatabase();
    database = new Client({ connectionString: databaseUrl });
    await database.connect();
    const admin = { email: 'imports@example.com', password: 'imports-restart-password' };
    const env = mainEnv({
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'off',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      IMPORT_LEASE_MS: '3000',
      LOG_LEVEL: 'error',
    });
    const first = await startMain(env);
    const token = await signIn(first, admin);
    const lines = ['sku,name,price'];
    for (let row = 0; row < ROWS; row += 1) lines.push(`RESTART-${row},Restart product ${row},${(row % 100) + 1}.25`);
    const file = `${lines.join('\n')}\n`;

    // When a manager uploads the file
    const response = await fetch(first.endpoint.replace(/\/graphql$/, '/imports/products'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: file,
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const jobRow = async () =>
      (
        await database.query<{ status: string; rows: number; attempts: number }>(
          'SELECT status::text, rows, attempts FROM import_job',
        )
      ).rows[0]!;

    // And the process is killed with SIGKILL once the job has imported some rows, before it ends
    await eventually(async () => (await jobRow()).rows > 0, 'the job to report progress', 120_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const between = await jobRow();
    expect(between.status).toBe('RUNNING');
    const committed = Number((await database.query('SELECT count(*) AS n FROM product')).rows[0].n);
    expect(committed).toBeLessThan(ROWS);

    // And Stockroom is started again on the same database
    const second = await startMain(env);
    const secondToken = await signIn(second, admin);

    // Then the job is taken over and completes, every row imported exactly once
    await eventually(async () => (await jobRow()).status !== 'RUNNING', 'the job to end', 180_000);
    const { body } = await post<{
      importJob: { status: string; rows: number; created: number; unchanged: number; failed: number; attempts: number };
    }>(second, 'query($id: ID!) { importJob(id: $id) { status rows created unchanged failed attempts } }', {
      token: secondToken,
      variables: { id },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.importJob).toMatchObject({ status: 'COMPLETED', rows: ROWS, failed: 0, attempts: 2 });
    // Rows the first run committed come back unchanged in the second
    expect(body.data!.importJob.created + body.data!.importJob.unchanged).toBe(ROWS);
    const { rows } = await database.query<{ products: string; skus: string; events: string }>(
      `SELECT count(*) AS products, count(DISTINCT sku) AS skus,
              (SELECT count(*) FROM event WHERE type = 'PRODUCT_CREATED') AS events
       FROM product WHERE sku LIKE 'RESTART-%'`,
    );
    expect(rows[0]).toEqual({ products: String(ROWS), skus: String(ROWS), events: String(ROWS) });
  });
});
