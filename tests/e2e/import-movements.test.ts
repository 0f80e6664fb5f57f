// `stockroom import movements` (#16): history from an old system, recorded through the ledger's rules.
// Each test writes a real file and imports it into the test server's PostgreSQL; the twin test
// records the same rows through the GraphQL mutations for a second set of products and compares
// every figure the ledger keeps (levels, the cost ledger, checkpoints, events). The kill test runs
// the real command line as a child process and kills it with SIGKILL halfway.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runImport } from '../../src/modules/import/run';
import { MOVEMENT_BATCH_ROWS } from '../../src/modules/import/movements';
import type { ImportRequest, ImportResult, RowError } from '../../src/modules/import/types';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';
import { DAY, dueMonthStarts, inMonth, minutesAgo } from '../support/months';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'import');

let server: TestServer;
let db: Client;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  db = new Client({ connectionString: server.databaseUrl });
  await db.connect();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-movements-'));
});
afterAll(async () => {
  await db.end();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEADER =
  'kind,sku,location,fromLocation,toLocation,quantity,occurredAt,unitCost,unitPrice,counterparty,reference';

function writeFile(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${[HEADER, ...lines].join('\n')}\n`);
  return file;
}

async function importMovements(file: string, options: Partial<ImportRequest> = {}) {
  const errors: RowError[] = [];
  const result: ImportResult = await runImport(
    { prisma: server.database.prisma, databaseUrl: server.databaseUrl },
    { kind: 'movements', file, actor: null, ...options },
    { onRowError: (error) => void errors.push(error) },
  );
  return { result, errors };
}

const TABLES = [
  'movement',
  'movement_line',
  'stock_level',
  'movement_cost',
  'product_cost',
  'stock_checkpoint',
  'event',
  'imported_movement',
];

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  return counts;
}

async function expectNoDrift() {
  const verification = await server.services.stockQueries.verify();
  expect(verification.differences).toEqual([]);
  expect(verification.ok).toBe(true);
  // Every built checkpoint equals the sum of the ledger's lines before its month.
  const { rows } = await db.query(`
    SELECT c.at, c.product_id, c.location_id, c.on_hand, COALESCE(l.on_hand, 0) AS ledger
    FROM stock_checkpoint c
    LEFT JOIN LATERAL (
      SELECT SUM(delta)::int AS on_hand FROM movement_line
      WHERE product_id = c.product_id AND location_id = c.location_id AND occurred_at < c.at
    ) l ON true
    WHERE c.on_hand <> COALESCE(l.on_hand, 0)`);
  expect(rows).toEqual([]);
}

describe('a history of movements', () => {
  it('records each row exactly as its mutation does: dates, levels, costs, checkpoints and events', async () => {
    // Given two locations, and two products per SKU: one imported, its twin recorded by the mutations
    const w1 = await givenLocation(server, { code: 'HIST-W1' });
    const w2 = await givenLocation(server, { code: 'HIST-W2' });
    const imported = await givenProduct(server, { sku: 'HIST-IMP', price: '12.00' });
    const twin = await givenProduct(server, { sku: 'HIST-MUT', price: '12.00' });
    // And each has a receipt three months ago, with the months since built as checkpoints (those due)
    for (const product of [imported, twin]) {
      await givenMovement(server, 'receive', {
        productId: product.id,
        locationId: w1.id,
        quantity: 3,
        unitCost: '1.00',
        occurredAt: inMonth(3, 0).toISOString(),
      });
    }
    expect(await server.services.stock.buildCheckpoints()).toBeGreaterThanOrEqual(dueMonthStarts([2, 1, 0]).length);

    // When the history is imported for one, and recorded row by row through the mutations for the other
    const rows = (sku: string) => [
      `RECEIPT,${sku},HIST-W1,,,10,${inMonth(3, 2).toISOString()},2.00,,Supplier A,PO-1`,
      `RECEIPT,${sku},hist-w1,,,5,${inMonth(2, 3).toISOString()},4.00,,Supplier B,PO-2`,
      `SHIPMENT,${sku},HIST-W1,,,8,${inMonth(2, 10).toISOString()},,9.50,Customer C,SO-1`,
      `TRANSFER,${sku},,HIST-W1,HIST-W2,4,${inMonth(1, 1).toISOString()},,,,TO-1`,
      // Only 4 units ever reached W2: refused, as shipStock refuses it.
      `SHIPMENT,${sku},HIST-W2,,,6,${inMonth(1, 5).toISOString()},,,Customer D,SO-2`,
      `ADJUSTMENT,${sku},HIST-W2,,,-1,${inMonth(1, 6).toISOString()},,,,COUNT-1`,
      // Before any stock arrived at W1 (the first receipt was at the month's start): refused.
      `SHIPMENT,${sku},HIST-W1,,,2,${new Date(inMonth(3, 0).getTime() - DAY).toISOString()},,,,SO-3`,
      // Back-dated between receipts: 3 + 10 units were there, and no later balance falls below 2.
      `SHIPMENT,${sku},HIST-W1,,,2,${inMonth(3, 4).toISOString()},,,,SO-4`,
      `RETURN,${sku},HIST-W1,,,2,${minutesAgo(2).toISOString()},3.00,,Customer C,RMA-1`,
      `RECEIPT,${sku},HIST-W2,,,7,,5.00,,Supplier A,PO-3`,
    ];
    const { result, errors } = await importMovements(writeFile('history.csv', rows('HIST-IMP')));

    const mutationErrors: Array<{ row: number; code: string }> = [];
    for (const [index, line] of rows('HIST-MUT').entries()) {
      const [kind, , at, from, to, quantity, occurredAt, unitCost, unitPrice, counterparty, reference] =
        line.split(',');
      const common = {
        productId: twin.id,
        quantity: Number(quantity),
        ...(occurredAt ? { occurredAt } : {}),
        ...(reference ? { reference } : {}),
      };
      const location = (code: string) => (code.toUpperCase() === 'HIST-W1' ? w1.id : w2.id);
      const sent =
        kind === 'RECEIPT'
          ? { verb: 'receive' as const, input: { ...common, locationId: location(at!), unitCost, counterparty } }
          : kind === 'SHIPMENT'
            ? {
                verb: 'ship' as const,
                input: { ...common, locationId: location(at!), counterparty, ...(unitPrice ? { unitPrice } : {}) },
              }
            : kind === 'TRANSFER'
              ? {
                  verb: 'transfer' as const,
                  input: { ...common, fromLocationId: location(from!), toLocationId: location(to!) },
                }
              : kind === 'RETURN'
                ? { verb: 'return' as const, input: { ...common, locationId: location(at!), unitCost, counterparty } }
                : {
                    verb: 'adjust' as const,
                    input: {
                      productId: twin.id,
                      locationId: location(at!),
                      delta: Number(quantity),
                      occurredAt,
                      reference,
                    },
                  };
      try {
        await givenMovement(server, sent.verb, sent.input as never);
      } catch (error) {
        const code = /"code":"(\w+)"/.exec(String(error))?.[1] ?? String(error);
        mutationErrors.push({ row: index + 2, code });
      }
    }

    // Then the same rows were refused, with the mutations' code
    expect(mutationErrors).toEqual([
      { row: 6, code: 'INSUFFICIENT_STOCK' },
      { row: 8, code: 'INSUFFICIENT_STOCK' },
    ]);
    expect(errors).toEqual([
      {
        row: 6,
        column: 'quantity',
        code: 'INSUFFICIENT_STOCK',
        message: 'Requested 6 but only 4 available at the location.',
      },
      {
        row: 8,
        column: 'quantity',
        code: 'INSUFFICIENT_STOCK',
        message: expect.stringMatching(/^Requested 2 but only 0 available at the location from .* on\.$/),
      },
    ]);
    expect(result).toMatchObject({ rows: 10, created: 8, unchanged: 0, failed: 2, outcome: 'COMPLETED_WITH_ERRORS' });

    // And every figure of the imported product equals its twin's
    const importedId = rowIdOf(imported.id);
    const twinId = rowIdOf(twin.id);
    const figures = async (productId: string) => ({
      movements: (
        await db.query(
          `SELECT kind, from_location_id, to_location_id, quantity, unit_cost::text, unit_price::text, reason,
                  counterparty, reference, occurred_at
           FROM movement WHERE product_id = $1 ORDER BY occurred_at, id`,
          [productId],
        )
      ).rows,
      levels: (
        await db.query(
          'SELECT location_id, on_hand, stored_reserved FROM stock_level WHERE product_id = $1 ORDER BY location_id',
          [productId],
        )
      ).rows,
      costs: (
        await db.query(
          `SELECT kind, quantity_change, unit_cost::text, quantity_after, value_after::text, average_cost_after::text,
                  location_id, counterparty, unit_price::text
           FROM movement_cost WHERE product_id = $1 ORDER BY occurred_at, movement_id`,
          [productId],
        )
      ).rows,
      cost: (
        await db.query('SELECT quantity, value::text, average_cost::text FROM product_cost WHERE product_id = $1', [
          productId,
        ])
      ).rows,
      checkpoints: (
        await db.query(
          'SELECT at, location_id, on_hand FROM stock_checkpoint WHERE product_id = $1 ORDER BY at, location_id',
          [productId],
        )
      ).rows,
      events: (
        await db.query(
          `SELECT type, count(*)::int AS n FROM event WHERE $1::uuid = ANY (product_ids) GROUP BY type ORDER BY type`,
          [productId],
        )
      ).rows,
    });
    const mine = await figures(importedId);
    const theirs = await figures(twinId);
    // The rows without occurredAt were recorded "now": at different instants.
    const undated = (rows: Array<{ occurred_at: Date }>) => rows.map((row) => ({ ...row, occurred_at: null }));
    expect(undated(mine.movements)).toEqual(undated(theirs.movements));
    expect(mine.movements.slice(0, -1).map((row) => row.occurred_at)).toEqual(
      theirs.movements.slice(0, -1).map((row) => row.occurred_at),
    );
    expect(mine.levels).toEqual(theirs.levels);
    expect(mine.costs).toEqual(theirs.costs);
    expect(mine.cost).toEqual(theirs.cost);
    expect(mine.checkpoints).toEqual(theirs.checkpoints);
    expect(mine.checkpoints.length).toBeGreaterThan(0);
    expect(mine.events).toEqual(theirs.events);
    // History keeps its business dates.
    expect(mine.movements[1].occurred_at).toEqual(inMonth(3, 2));
    await expectNoDrift();

    // When the same file is imported again, then nothing changes: the recorded rows are unchanged,
    // and the refused rows are refused again
    const before = await tableCounts();
    const again = await importMovements(path.join(dir, 'history.csv'));
    expect(again.result).toMatchObject({ rows: 10, created: 0, unchanged: 8, failed: 2 });
    expect(await tableCounts()).toEqual(before);
  });
});

describe('a file with broken rows', () => {
  beforeAll(async () => {
    await givenLocation(server, { code: 'ERR-W1' });
    await givenProduct(server, { sku: 'ERR-1' });
  });

  const expectedErrors: RowError[] = [
    { row: 3, column: 'sku', code: 'UNKNOWN_SKU', message: 'No product has the SKU NOPE-1.' },
    { row: 4, column: 'location', code: 'UNKNOWN_LOCATION', message: 'No location has the code NOWHERE.' },
    {
      row: 5,
      column: 'quantity',
      code: 'OUT_OF_RANGE',
      message: 'quantity must be a whole number from 1 to 1000000000.',
    },
    {
      row: 6,
      column: 'quantity',
      code: 'OUT_OF_RANGE',
      message: 'quantity must be a whole number from 1 to 1000000000.',
    },
    {
      row: 7,
      column: 'occurredAt',
      code: 'INVALID_DATE',
      message:
        'occurredAt must be a date (2026-01-31) or a date-time with a time zone (2026-01-31T09:30:00Z); got "2026-02-30".',
    },
    { row: 8, column: 'unitCost', code: 'BLANK', message: 'A RECEIPT needs unitCost, so stock can be valued.' },
    { row: 9, column: 'occurredAt', code: 'OUT_OF_RANGE', message: 'occurredAt may not be in the future.' },
    {
      row: 10,
      column: 'quantity',
      code: 'INSUFFICIENT_STOCK',
      message: 'Requested 6 but only 5 available at the location.',
    },
    {
      row: 11,
      column: 'kind',
      code: 'INVALID_FORMAT',
      message: expect.stringContaining('kind must be one of') as string,
    },
    {
      row: 12,
      column: 'counterparty',
      code: 'FORMULA_NOT_ALLOWED',
      message: expect.stringContaining('which a spreadsheet runs as a formula') as string,
    },
    { row: 13, column: 'toLocation', code: 'INVALID_FORMAT', message: 'A transfer must go to a different location.' },
  ];

  it('reports exactly the broken rows, and the good rows commit', async () => {
    // Given the fixture: good rows, and one broken row of each kind
    const file = path.join(FIXTURES, 'movements-errors.csv');
    const before = await tableCounts();

    // When it is dry run, then it reports the same errors and no table changes
    const dry = await importMovements(file, { dryRun: true });
    expect(dry.errors).toEqual(expectedErrors);
    expect(dry.result).toMatchObject({ rows: 13, created: 2, failed: 11, dryRun: true });
    expect(await tableCounts()).toEqual(before);

    // When it is imported atomically, then nothing is written
    const atomic = await importMovements(file, { atomic: true });
    expect(atomic.errors).toEqual(expectedErrors);
    expect(atomic.result).toMatchObject({ rows: 13, created: 0, unchanged: 2, failed: 11 });
    expect(await tableCounts()).toEqual(before);

    // When it is imported, then the good rows commit and the broken ones are reported
    const { result, errors } = await importMovements(file);
    expect(errors).toEqual(expectedErrors);
    expect(result).toMatchObject({ rows: 13, created: 2, unchanged: 0, failed: 11 });
    const { rows } = await db.query(
      `SELECT m.kind, m.quantity FROM movement m JOIN product p ON p.id = m.product_id WHERE p.sku = 'ERR-1' ORDER BY m.id`,
    );
    expect(rows).toEqual([
      { kind: 'RECEIPT', quantity: 5 },
      { kind: 'SHIPMENT', quantity: 1 },
    ]);
    await expectNoDrift();
  });
});

describe('rows with their own idempotency keys', () => {
  it('refuses a key reused for another movement, as the mutations do, and takes the same row again as unchanged', async () => {
    await givenLocation(server, { code: 'KEY-W1' });
    await givenProduct(server, { sku: 'KEY-1' });
    const header = `${HEADER},idempotencyKey`;
    const at = minutesAgo(1).toISOString();
    const receipt = (quantity: number, key: string) => `RECEIPT,KEY-1,KEY-W1,,,${quantity},${at},2,,,,${key}`;
    const write = (name: string, lines: string[]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
      return file;
    };
    const reused = (row: number): RowError => ({
      row,
      column: 'idempotencyKey',
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: 'This idempotency key was already used for a different movement; use a new key for a new movement.',
    });

    // Given a file whose fourth row reuses the first row's key for another quantity, and whose
    // third row repeats the first row exactly
    const first = write('keys-1.csv', [receipt(5, 'po-1'), receipt(7, 'po-2'), receipt(5, 'po-1'), receipt(9, 'po-1')]);
    const dry = await importMovements(first, { dryRun: true });
    expect(dry.errors).toEqual([reused(5)]);
    const { result, errors } = await importMovements(first);
    expect(errors).toEqual([reused(5)]);
    expect(result).toMatchObject({ rows: 4, created: 2, unchanged: 1, failed: 1 });

    // When a later file reuses a recorded key for other content, and repeats another row exactly
    const second = write('keys-2.csv', [receipt(6, 'po-2'), receipt(5, 'po-1'), receipt(3, 'po-3')]);
    const again = await importMovements(second);

    // Then that row is refused, the repeated one is unchanged, and only the new key is recorded
    expect(again.errors).toEqual([reused(2)]);
    expect(again.result).toMatchObject({ rows: 3, created: 1, unchanged: 1, failed: 1 });
    const { rows } = await db.query(
      `SELECT m.quantity, m.idempotency_key AS key FROM movement m JOIN product p ON p.id = m.product_id
       WHERE p.sku = 'KEY-1' ORDER BY m.id`,
    );
    expect(rows).toEqual([
      { quantity: 5, key: 'key:po-1' },
      { quantity: 7, key: 'key:po-2' },
      { quantity: 3, key: 'key:po-3' },
    ]);
    await expectNoDrift();
  });
});

describe('a key reused a batch later', () => {
  it('is refused whether the next batch was checked before or after the first committed', async () => {
    // Given one batch of rows with keys k-1 … k-5000, and a row of the next batch reusing k-1
    await givenLocation(server, { code: 'KEY-W2' });
    await givenProduct(server, { sku: 'KEY-2' });
    const at = minutesAgo(1).toISOString();
    const lines = Array.from(
      { length: MOVEMENT_BATCH_ROWS },
      (_, i) => `RECEIPT,KEY-2,KEY-W2,,,1,${at},2,,,,k-${i + 1}`,
    );
    const file = path.join(dir, 'keys-batches.csv');
    fs.writeFileSync(
      file,
      `${[`${HEADER},idempotencyKey`, ...lines, `RECEIPT,KEY-2,KEY-W2,,,2,${at},2,,,,k-1`].join('\n')}\n`,
    );

    // When it is imported
    const { result, errors } = await importMovements(file);

    // Then the last row is refused and every other is recorded once
    expect(errors).toEqual([expect.objectContaining({ row: MOVEMENT_BATCH_ROWS + 2, code: 'IDEMPOTENCY_KEY_REUSED' })]);
    expect(result).toMatchObject({ created: MOVEMENT_BATCH_ROWS, failed: 1 });
  });
});

describe('killed halfway', () => {
  jest.setTimeout(300_000);

  function runCli(file: string): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
    const child = spawn(process.execPath, ['bin/stockroom.mjs', 'import', 'movements', file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, exited, output: () => output };
  }

  it('is run again and ends with exactly one movement per row, and no drift', async () => {
    // Given 40 products at 2 locations and a file of 60,000 receipts and shipments, a few rows twice
    const products = 40;
    for (let index = 0; index < products; index += 1) await givenProduct(server, { sku: `KILL-${index}` });
    await givenLocation(server, { code: 'KILL-A' });
    await givenLocation(server, { code: 'KILL-B' });
    const lines: string[] = [];
    const expected = new Map<string, number>();
    const start = inMonth(2, 0).getTime();
    for (let index = 0; lines.length < 60_000; index += 1) {
      const sku = `KILL-${index % products}`;
      const location = index % 3 === 0 ? 'KILL-B' : 'KILL-A';
      const key = `${sku}/${location}`;
      const balance = expected.get(key) ?? 0;
      const at = new Date(start + index * 60_000).toISOString();
      // Receipts of 3 and shipments of 1, never more than the level holds.
      const receipt = balance < 1 || index % 4 === 0;
      const line = receipt
        ? `RECEIPT,${sku},${location},,,3,${at},1.25,,Supplier,PO-${index}`
        : `SHIPMENT,${sku},${location},,,1,${at},,,Customer,SO-${index}`;
      // Now and then the same receipt twice (two equal deliveries): two movements.
      const times = receipt && index % 5_000 === 0 ? 2 : 1;
      for (let copy = 0; copy < times; copy += 1) {
        lines.push(line);
        expected.set(key, (expected.get(key) ?? 0) + (receipt ? 3 : -1));
      }
    }
    const file = writeFile('kill.csv', lines);
    const movementsBefore = Number((await db.query('SELECT count(*) AS n FROM movement')).rows[0].n);
    const keysBefore = Number((await db.query('SELECT count(*) AS n FROM imported_movement')).rows[0].n);

    // When the command line runs it, and is killed with SIGKILL once some batches have committed
    const first = runCli(file);
    let committed = 0;
    for (;;) {
      committed = Number((await db.query('SELECT count(*) AS n FROM imported_movement')).rows[0].n) - keysBefore;
      if (committed > 0 || first.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.child.kill('SIGKILL');
    const code = await first.exited;
    if (code !== null) throw new Error(`the import ended before it was killed (${code}):\n${first.output()}`);
    const afterKill = Number((await db.query('SELECT count(*) AS n FROM movement')).rows[0].n) - movementsBefore;
    expect(committed).toBeGreaterThan(0);
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(lines.length);
    await expectNoDrift();

    // And it is run again
    const second = runCli(file);
    const exitCode = await second.exited;
    if (exitCode !== 0) throw new Error(`the second run exited with ${exitCode}:\n${second.output()}`);
    expect(second.output()).toMatch(
      new RegExp(`${lines.length} rows: \\d+ created, 0 updated, \\d+ unchanged, 0 failed`),
    );

    // Then there is exactly one movement per row, and the levels are what the file says
    const { rows } = await db.query(
      `SELECT count(*)::int AS movements, count(DISTINCT m.idempotency_key)::int AS keys
       FROM movement m JOIN product p ON p.id = m.product_id WHERE p.sku LIKE 'KILL-%'`,
    );
    expect(rows[0]).toEqual({ movements: lines.length, keys: lines.length });
    const levels = await db.query<{ key: string; on_hand: number }>(
      `SELECT p.sku || '/' || l.code AS key, s.on_hand FROM stock_level s
       JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id WHERE p.sku LIKE 'KILL-%'`,
    );
    expect(new Map(levels.rows.map((row) => [row.key, row.on_hand]))).toEqual(expected);
    await expectNoDrift();
  });
});
