// The `stockroom` command line as a user runs it: a child process (bin/stockroom.mjs, straight
// from the TypeScript source) on a real PostgreSQL given by DATABASE_URL. Its summary, the errors
// it prints and writes with --errors, and its exit codes: 0 all rows, 1 some failed, 2 nothing ran.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { connectDatabase, type Database } from '../../src/db/client';
import { createTestDatabase } from '../support/server';
import { tableCounts } from '../support/table-counts';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');

// Each run starts Node and loads the sources through tsx: a few seconds on a busy machine.
jest.setTimeout(120_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let databaseUrl: string;
let database: Database;
let dir: string;
beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  database = connectDatabase({ url: databaseUrl, poolSize: 2, connectionTimeoutMs: 10_000 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-import-cli-'));
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

const stockroom = (...args: string[]) => run(process.execPath, [path.join(ROOT, 'bin', 'stockroom.mjs'), ...args]);
const fixture = (name: string) => path.join(FIXTURES, name);
/** The error lines the command prints: "row 4, sku: DUPLICATE_IN_FILE: ...". */
const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('row '));

describe('stockroom import products', () => {
  it('imports a Shopify export, exits 0, and reports every row unchanged the second time', async () => {
    const first = await stockroom('import', 'products', fixture('shopify-products.csv'));
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('Imported. 5 rows: 5 created, 0 updated, 0 unchanged, 0 failed.');

    const second = await stockroom('import', 'products', fixture('shopify-products.csv'));
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toContain('Imported. 5 rows: 0 created, 0 updated, 5 unchanged, 0 failed.');
  });

  it('imports a JSONL file', async () => {
    const imported = await stockroom('import', 'products', fixture('products.jsonl'));
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain('4 rows: 4 created');
    expect(await database.prisma.product.count({ where: { sku: { startsWith: 'JL-' } } })).toBe(4);
  });

  describe('a file with broken rows', () => {
    const file = fixture('products-broken.csv');
    const expectedRows = [
      ['4', 'sku', 'DUPLICATE_IN_FILE'],
      ['5', 'name', 'TOO_LONG'],
      ['6', 'name', 'FORMULA_NOT_ALLOWED'],
      ['7', 'name', 'INVALID_UTF8'],
      ['8', 'price', 'INVALID_NUMBER'],
      ['9', 'reorderPoint', 'OUT_OF_RANGE'],
    ];
    let dryRun: Run;

    it('--dry-run prints each error, writes them with --errors, exits 1, and leaves every table as it was', async () => {
      const counts = await tableCounts(databaseUrl);
      const errorsFile = path.join(dir, 'dry-run-errors.csv');
      dryRun = await stockroom('import', 'products', file, '--dry-run', '--errors', errorsFile);

      expect(dryRun).toMatchObject({ code: 1 });
      expect(dryRun.stdout).toContain(
        'Dry run, nothing was written. 9 rows: 3 created, 0 updated, 0 unchanged, 6 failed.',
      );
      expect(errorLines(dryRun.stderr)).toHaveLength(6);
      const written = parse(fs.readFileSync(errorsFile), { columns: true }) as Array<Record<string, string>>;
      expect(written.map((error) => [error.row, error.column, error.code])).toEqual(expectedRows);
      expect(written[1]!.message).toBe('name must be at most 200 characters (got 10240).');
      expect(await tableCounts(databaseUrl)).toEqual(counts);
    });

    it('--atomic prints the same errors, exits 1 and writes nothing', async () => {
      const counts = await tableCounts(databaseUrl);
      const atomic = await stockroom('import', 'products', file, '--atomic');
      expect(atomic).toMatchObject({ code: 1 });
      expect(atomic.stdout).toContain('Nothing was written (--atomic and some rows failed).');
      expect(errorLines(atomic.stderr)).toEqual(errorLines(dryRun.stderr));
      expect(await tableCounts(databaseUrl)).toEqual(counts);
    });

    it('by default commits the good rows, prints the same errors and exits 1', async () => {
      const imported = await stockroom('import', 'products', file);
      expect(imported).toMatchObject({ code: 1 });
      expect(imported.stdout).toContain('Imported. 9 rows: 3 created, 0 updated, 0 unchanged, 6 failed.');
      expect(errorLines(imported.stderr)).toEqual(errorLines(dryRun.stderr));
      expect(await database.prisma.product.count({ where: { sku: { startsWith: 'BRK-' } } })).toBe(3);
    });
  });

  it('reads columns under other names with --map', async () => {
    const file = path.join(dir, 'erp.csv');
    fs.writeFileSync(file, 'Item Code,Label,Cost\nERP-1,From the ERP,2.5\n');
    const imported = await stockroom(
      'import',
      'products',
      file,
      '--map',
      'sku=Item Code',
      '--map',
      'name=Label',
      '--map',
      'price=Cost',
    );
    expect(imported).toMatchObject({ code: 0 });
    expect(await database.prisma.product.findUnique({ where: { sku: 'ERP-1' } })).toMatchObject({
      name: 'From the ERP',
    });
  });
});

describe('stockroom import stock', () => {
  it('records counts by SKU and location code through the ledger, and verify finds no drift', async () => {
    await database.prisma.location.create({ data: { code: 'CLI-LOC', name: 'CLI location' } });
    const file = path.join(dir, 'counts.jsonl');
    fs.writeFileSync(file, '{"sku": "JL-001", "location": "cli-loc", "quantity": 12}\n');

    const imported = await stockroom('import', 'stock', file);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain('1 rows: 1 created');

    const verified = await stockroom('verify');
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.stdout).toContain('No differences: every level matches the ledger.');
  });
});

describe('stockroom export', () => {
  it('writes the stock-levels export that GET /exports serves, to a file', async () => {
    const file = path.join(dir, 'levels.csv');
    const exported = await stockroom('export', 'stock-levels', 'onlyInStock=true', '--output', file);
    expect(exported).toMatchObject({ code: 0 });
    const rows = parse(fs.readFileSync(file), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.sku, row.locationCode, row.onHand])).toEqual([['JL-001', 'CLI-LOC', '12']]);
  });

  it('refuses a parameter the export does not take, exiting 2', async () => {
    const refused = await stockroom('export', 'movements', 'kind=RECEIPT');
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr).toContain('Nothing was exported');
  });
});

describe('when nothing can run, the command exits 2', () => {
  it('for a file that does not exist', async () => {
    const missing = await stockroom('import', 'products', path.join(dir, 'missing.csv'));
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('Nothing was imported');
    expect(missing.stderr).toContain('FILE_NOT_FOUND');
  });

  it('for a file without the columns its kind needs', async () => {
    const file = path.join(dir, 'no-location.csv');
    fs.writeFileSync(file, 'sku,quantity\nJL-001,3\n');
    const refused = await stockroom('import', 'stock', file);
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr).toContain('MISSING_COLUMN');
  });

  it('for a kind it does not know, or an option it does not know', async () => {
    expect(await stockroom('import', 'customers', fixture('products.jsonl'))).toMatchObject({ code: 2 });
    expect(await stockroom('import', 'products', fixture('products.jsonl'), '--fast')).toMatchObject({ code: 2 });
  });
});

it('runs as `npx stockroom` in the clone (package.json bin)', async () => {
  const help = await run('npx', ['--yes', 'stockroom', 'import', '--help']);
  expect(help).toMatchObject({ code: 0 });
  expect(help.stdout).toContain('Usage: stockroom import <products|stock|movements> FILE [options]');
});
