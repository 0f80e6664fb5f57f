// Importing stock counts from real files into a real PostgreSQL (src/modules/import/stock.ts):
// opening balances go through the ledger as adjustments, a second import changes nothing, each
// row's idempotency key keeps a re-run from counting a row again after stock has moved, and a file
// with broken rows gets exactly its per-row errors (good rows commit; none with --atomic; a dry run
// writes nothing at all).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StockQueries } from '../../src/modules/stock';
import { runImport } from '../../src/modules/import/run';
import type { ImportRequest, ImportResult, RowError } from '../../src/modules/import/types';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { tableCounts } from '../support/table-counts';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');

let server: TestServer;
let dir: string;
const products: Record<string, string> = {};
const locations: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-import-stock-'));
  for (const sku of ['STK-A', 'STK-B', 'STK-C']) products[sku] = (await givenProduct(server, { sku })).id;
  for (const code of ['WH-EAST', 'WH-WEST', 'STORE-1']) locations[code] = (await givenLocation(server, { code })).id;
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function importFile(
  file: string,
  options: Partial<ImportRequest> = {},
): Promise<{ result: ImportResult; errors: RowError[] }> {
  const errors: RowError[] = [];
  const result = await runImport(
    { prisma: server.database.prisma, databaseUrl: server.databaseUrl },
    { kind: 'stock', file, actor: null, ...options },
    { onRowError: (error) => void errors.push(error) },
  );
  return { result, errors };
}

/** On hand by "SKU@CODE", for the levels of the test's products. */
async function onHand(): Promise<Record<string, number>> {
  const levels = await server.database.prisma.stockLevel.findMany({ include: { product: true, location: true } });
  return Object.fromEntries(
    levels
      .filter((level) => level.onHand !== 0)
      .map((level) => [`${level.product.sku}@${level.location.code}`, level.onHand]),
  );
}

const movementCount = () => server.database.prisma.movement.count();
const noDrift = async () => expect((await new StockQueries(server.database.prisma).verify()).ok).toBe(true);

describe('opening balances', () => {
  const file = path.join(FIXTURES, 'stock-opening.csv');

  it('are recorded as counted adjustments, and a second import reports every row unchanged', async () => {
    // When the opening balances are imported
    const first = await importFile(file);

    // Then each count is the level's on-hand, recorded as a cycle-count adjustment
    expect(first.errors).toEqual([]);
    // STK-B at WH-EAST is counted 0 where there is nothing: unchanged.
    expect(first.result).toMatchObject({ rows: 4, created: 3, updated: 0, unchanged: 1, failed: 0 });
    expect(await onHand()).toEqual({ 'STK-A@WH-EAST': 40, 'STK-A@WH-WEST': 15, 'STK-B@WH-WEST': 7 });
    const adjustments = await server.database.prisma.movement.findMany({ where: { kind: 'ADJUSTMENT' } });
    expect(adjustments).toHaveLength(3);
    expect(new Set(adjustments.map((movement) => movement.reason))).toEqual(new Set(['CYCLE_COUNT']));
    await noDrift();

    // When it is imported again
    const counts = await tableCounts(server.databaseUrl);
    const second = await importFile(file);

    // Then nothing changed
    expect(second.result).toMatchObject({ rows: 4, created: 0, updated: 0, unchanged: 4, failed: 0 });
    expect(await tableCounts(server.databaseUrl)).toEqual(counts);
  });

  it('are not counted again by a re-run after stock has moved: each row happens once', async () => {
    // Given the opening balances imported, then 5 units of STK-A shipped from WH-EAST
    await importFile(file);
    await givenMovement(server, 'ship', {
      productId: products['STK-A']!,
      locationId: locations['WH-EAST']!,
      quantity: 5,
    });
    const movements = await movementCount();

    // When the same file is run again (as after an interruption)
    const rerun = await importFile(file);

    // Then its rows are already recorded: the shipment is not undone by counting 40 again
    expect(rerun.result).toMatchObject({ unchanged: 4, created: 0, updated: 0 });
    expect(await movementCount()).toBe(movements);
    expect((await onHand())['STK-A@WH-EAST']).toBe(35);
  });

  it('is counted again from a new file: a stocktake sets the level to its count', async () => {
    const counted = path.join(dir, 'stocktake.csv');
    fs.writeFileSync(counted, 'SKU,Location,Quantity,Expected On Hand\nSTK-A,WH-EAST,33,35\n');
    const { result, errors } = await importFile(counted);
    expect(errors).toEqual([]);
    expect(result).toMatchObject({ rows: 1, updated: 1 });
    expect((await onHand())['STK-A@WH-EAST']).toBe(33);
    await noDrift();
  });
});

describe('a stock file with broken rows', () => {
  const file = path.join(FIXTURES, 'stock-broken.csv');
  const expected = [
    { row: 4, column: null, code: 'DUPLICATE_IN_FILE' },
    { row: 5, column: 'quantity', code: 'OUT_OF_RANGE' },
    { row: 6, column: 'location', code: 'UNKNOWN_LOCATION' },
    { row: 7, column: 'occurredAt', code: 'INVALID_DATE' },
    { row: 8, column: 'note', code: 'FORMULA_NOT_ALLOWED' },
    { row: 9, column: 'sku', code: 'INVALID_UTF8' },
    { row: 10, column: 'sku', code: 'UNKNOWN_SKU' },
    { row: 11, column: 'expectedOnHand', code: 'STALE_QUANTITY' },
  ];
  const codes = (errors: RowError[]) => errors.map(({ row, column, code }) => ({ row, column, code }));
  let levelsBefore: Record<string, number>;
  beforeAll(async () => {
    levelsBefore = await onHand();
  });

  it('with --dry-run reports exactly the broken rows and leaves every table as it was', async () => {
    const counts = await tableCounts(server.databaseUrl);
    const { result, errors } = await importFile(file, { dryRun: true });
    expect(codes(errors)).toEqual(expected);
    expect(result).toMatchObject({ dryRun: true, rows: 11, failed: 8 });
    expect(await tableCounts(server.databaseUrl)).toEqual(counts);
  });

  it('with --atomic writes nothing and reports the same errors', async () => {
    const counts = await tableCounts(server.databaseUrl);
    const { result, errors } = await importFile(file, { atomic: true });
    expect(codes(errors)).toEqual(expected);
    expect(result).toMatchObject({ rows: 11, created: 0, updated: 0, failed: 8 });
    expect(await tableCounts(server.databaseUrl)).toEqual(counts);
  });

  it('by default records the good rows and reports each broken one', async () => {
    const { result, errors } = await importFile(file);
    expect(codes(errors)).toEqual(expected);
    expect(errors[1]!.message).toBe('quantity (the count) must be from 0 to 1000000000 (got -3).');
    expect(result).toMatchObject({ rows: 11, failed: 8, outcome: 'COMPLETED_WITH_ERRORS' });
    expect(await onHand()).toEqual({
      ...levelsBefore,
      'STK-A@WH-EAST': 40,
      'STK-B@WH-EAST': 12,
      'STK-C@WH-EAST': 6,
    });
    // The row dated in January is recorded then, as adjustStock records a given occurredAt.
    const dated = await server.database.prisma.movement.findFirst({
      where: { note: 'Opening balance' },
    });
    expect(dated!.occurredAt.toISOString()).toBe('2026-01-15T00:00:00.000Z');
    await noDrift();
  });
});
