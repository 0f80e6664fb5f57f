// Importing products from real files into a real PostgreSQL (src/modules/import/products.ts): a
// Shopify export and a JSONL file import cleanly and a second time change nothing; a file with
// broken rows gets exactly its per-row errors while the good rows commit (none with --atomic); a
// dry run reports the same and leaves every table as it was. The rows follow createProduct's rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateProductDocument } from '../generated/graphql';
import { runImport } from '../../src/modules/import/run';
import type { ImportRequest, ImportResult, RowError } from '../../src/modules/import/types';
import { givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { tableCounts } from '../support/table-counts';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-import-products-'));
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
    { kind: 'products', file, actor: null, ...options },
    { onRowError: (error) => void errors.push(error) },
  );
  return { result, errors };
}

const productBySku = (sku: string) => server.database.prisma.product.findUnique({ where: { sku } });
const eventCount = (type: 'PRODUCT_CREATED' | 'PRODUCT_UPDATED') =>
  server.database.prisma.event.count({ where: { type } });

describe('a Shopify product export', () => {
  const file = path.join(FIXTURES, 'shopify-products.csv');

  it('imports every variant as a product, and a second import reports every row unchanged', async () => {
    // Given the catalogue without these products
    const createdBefore = await eventCount('PRODUCT_CREATED');

    // When the export is imported
    const first = await importFile(file);

    // Then each variant row became a product (the image-only row is no product), with its events
    expect(first.errors).toEqual([]);
    expect(first.result).toMatchObject({ rows: 5, created: 5, updated: 0, unchanged: 0, failed: 0 });
    expect(first.result.outcome).toBe('COMPLETED');
    expect(await eventCount('PRODUCT_CREATED')).toBe(createdBefore + 5);
    const tee = await productBySku('TEE-RED-L');
    expect(tee).toMatchObject({
      // A variant is named by its product's title and its option values; a further variant's row
      // has no title, type, vendor or body of its own and takes the product's.
      name: 'Organic Tee / Red / L',
      category: 'Shirts',
      preferredSupplier: 'Acme Apparel',
      description: '<p>Soft cotton tee.</p>\n<p>Made to last.</p>',
    });
    expect(tee!.price.toFixed(2)).toBe('19.90');
    expect(await productBySku('TEE-RED-M')).toMatchObject({ name: 'Organic Tee / Red / M' });
    expect(await productBySku('BOTTLE-750')).toMatchObject({ name: 'Steel Bottle, 750 ml', category: 'Drinkware' });

    // When it is imported again
    const counts = await tableCounts(server.databaseUrl);
    const second = await importFile(file);

    // Then every row is unchanged and nothing was written
    expect(second.errors).toEqual([]);
    expect(second.result).toMatchObject({ rows: 5, created: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(await tableCounts(server.databaseUrl)).toEqual(counts);
  });
});

describe('a JSONL file', () => {
  const file = path.join(FIXTURES, 'products.jsonl');

  it('imports cleanly, is unchanged the second time, and a changed field updates only its product', async () => {
    // When the file is imported twice
    const first = await importFile(file);
    const second = await importFile(file);

    // Then it created four products, then left them alone
    expect(first.errors).toEqual([]);
    expect(first.result).toMatchObject({ rows: 4, created: 4, failed: 0 });
    expect(second.result).toMatchObject({ rows: 4, created: 0, updated: 0, unchanged: 4, failed: 0 });
    expect(await productBySku('JL-001')).toMatchObject({
      name: 'Notebook A5',
      unit: 'pcs',
      reorderPoint: 10,
      reorderQuantity: 50,
      preferredSupplier: 'Paper & Co',
      leadTimeDays: 7,
    });
    expect(await productBySku('JL-004')).toMatchObject({ name: 'Café crème mug ☕', category: 'Kitchen' });

    // When one line changes its price
    const changed = path.join(dir, 'changed.jsonl');
    fs.writeFileSync(changed, fs.readFileSync(file, 'utf8').replace('"price": "34.00"', '"price": "36.50"'));
    const updatedBefore = await eventCount('PRODUCT_UPDATED');
    const third = await importFile(changed);

    // Then only that product was updated, with the event updateProduct records
    expect(third.result).toMatchObject({ rows: 4, created: 0, updated: 1, unchanged: 3, failed: 0 });
    expect((await productBySku('JL-003'))!.price.toFixed(2)).toBe('36.50');
    expect(await eventCount('PRODUCT_UPDATED')).toBe(updatedBefore + 1);
  });

  it('leaves the fields a row does not give as they are', async () => {
    // Given a product with a description and a reorder point
    await givenProduct(server, { sku: 'KEEP-1', name: 'Kept', description: 'Stays', reorderPoint: 4 });
    const file = path.join(dir, 'partial.jsonl');
    fs.writeFileSync(file, '{"sku": "keep-1", "name": "Renamed"}\n');

    // When a row gives only its name (its SKU in another case)
    const { result } = await importFile(file);

    // Then the name and the SKU's spelling changed, nothing else
    expect(result).toMatchObject({ updated: 1, failed: 0 });
    expect(await server.database.prisma.product.findFirst({ where: { name: 'Renamed' } })).toMatchObject({
      sku: 'keep-1',
      description: 'Stays',
      reorderPoint: 4,
    });
  });
});

describe('a product file with broken rows', () => {
  const file = path.join(FIXTURES, 'products-broken.csv');
  const expected = [
    { row: 4, column: 'sku', code: 'DUPLICATE_IN_FILE' },
    { row: 5, column: 'name', code: 'TOO_LONG' },
    { row: 6, column: 'name', code: 'FORMULA_NOT_ALLOWED' },
    { row: 7, column: 'name', code: 'INVALID_UTF8' },
    { row: 8, column: 'price', code: 'INVALID_NUMBER' },
    { row: 9, column: 'reorderPoint', code: 'OUT_OF_RANGE' },
  ];
  const good = ['BRK-001', 'BRK-002', 'BRK-009'];
  const brokenSkus = ['BRK-004', 'BRK-005', 'BRK-006', 'BRK-007', 'BRK-008'];
  const imported = () => server.database.prisma.product.count({ where: { sku: { in: [...good, ...brokenSkus] } } });

  it('with --dry-run reports exactly the broken rows and leaves every table as it was', async () => {
    const counts = await tableCounts(server.databaseUrl);
    const { result, errors } = await importFile(file, { dryRun: true });
    expect(errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
    expect(result).toMatchObject({ dryRun: true, rows: 9, created: 3, failed: 6 });
    expect(await tableCounts(server.databaseUrl)).toEqual(counts);
  });

  it('with --atomic writes nothing and reports the same errors', async () => {
    const counts = await tableCounts(server.databaseUrl);
    const { result, errors } = await importFile(file, { atomic: true });
    expect(errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
    expect(result).toMatchObject({ rows: 9, created: 0, updated: 0, unchanged: 3, failed: 6 });
    expect(await imported()).toBe(0);
    expect(await tableCounts(server.databaseUrl)).toEqual(counts);
  });

  it('by default commits the good rows and reports each broken one', async () => {
    const { result, errors } = await importFile(file);
    expect(errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
    expect(result).toMatchObject({ rows: 9, created: 3, failed: 6, outcome: 'COMPLETED_WITH_ERRORS' });
    expect(await imported()).toBe(3);
    expect(await productBySku('BRK-009')).toMatchObject({ name: 'Last good row', reorderPoint: 2 });
    // The messages say what is wrong, in the mutation's words where it is the mutation's rule.
    expect(errors[1]!.message).toBe('name must be at most 200 characters (got 10240).');
  });

  it('refuses the long name as createProduct refuses it, with the same code and message', async () => {
    const { createProduct } = await server.query(CreateProductDocument, {
      input: { sku: 'MUT-1', name: 'N'.repeat(10240), price: '1' },
    });
    expect(createProduct.userErrors).toEqual([
      expect.objectContaining({ code: 'TOO_LONG', message: 'name must be at most 200 characters (got 10240).' }),
    ]);
  });
});

describe('files that cannot be imported', () => {
  it('refuses a file without a sku column, naming its columns', async () => {
    const file = path.join(dir, 'no-sku.csv');
    fs.writeFileSync(file, 'code,name,price\nX-1,Thing,1\n');
    await expect(importFile(file)).rejects.toMatchObject({ code: 'MISSING_COLUMN' });
  });

  it('reads a column under another name with a mapping', async () => {
    const file = path.join(dir, 'mapped.csv');
    fs.writeFileSync(file, 'Code,Label,Cost\r\nMAP-1,"Mapped, with a comma",5.25\r\n');
    const { result, errors } = await importFile(file, { map: { sku: 'Code', name: 'Label', price: 'Cost' } });
    expect(errors).toEqual([]);
    expect(result).toMatchObject({ created: 1 });
    expect(await productBySku('MAP-1')).toMatchObject({ name: 'Mapped, with a comma' });
  });

  it('refuses a mapping to a column the file lacks', async () => {
    const file = path.join(dir, 'mapped.csv');
    await expect(importFile(file, { map: { sku: 'Cod' } })).rejects.toMatchObject({ code: 'MAP_COLUMN_NOT_FOUND' });
  });
});
