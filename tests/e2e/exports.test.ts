// Exports over real HTTP: stock levels, movements, valuation and sales as CSV and XLSX, checked
// row by row against small hand-computed ledgers; filters, access, refusals, CSV quoting and
// formula defusing, and a streamed export of 20,000 movements.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import {
  CreateApiKeyDocument,
  ReceiveStockDocument,
  ReverseMovementDocument,
  ShipStockDocument,
  TransferStockDocument,
  type ReceiveStockInput,
} from '../generated/graphql';
import { givenLocation, givenProduct } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const logLines: Array<{ message: string; fields: Record<string, unknown> }> = [];

let server: TestServer;
/** Global IDs of the scenario's rows. */
const ids = {} as Record<
  'a' | 'b' | 'widget' | 'evil' | 'gone' | 'm1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6' | 'm7' | 'm8',
  string
>;

interface Downloaded {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function download(path: string, headers: Record<string, string> = server.adminHeaders): Promise<Downloaded> {
  const response = await server.fetch(path, { headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** The CSV as arrays of fields, header first (csv-parse: an independent RFC 4180 reader). */
function csvRows(body: Buffer): string[][] {
  return parse(body.toString('utf8'), { relax_column_count: false }) as string[][];
}

/** The CSV as records keyed by header. */
function csvRecords(body: Buffer): Array<Record<string, string>> {
  return parse(body.toString('utf8'), { columns: true }) as Array<Record<string, string>>;
}

/** Each sheet of the workbook as rows of cell values (null for empty cells), header first. */
async function xlsxSheets(body: Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of workbook.worksheets) {
    const width = sheet.columnCount;
    sheets[sheet.name] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = row.values as unknown[];
      sheets[sheet.name]!.push(Array.from({ length: width }, (_, index) => values[index + 1] ?? null));
    });
  }
  return sheets;
}

function errorOf(result: Downloaded): { message: string; extensions: { code: string } } {
  expect(result.headers.get('content-type')).toMatch(/^application\/json/);
  return (
    JSON.parse(result.body.toString('utf8')) as { errors: Array<{ message: string; extensions: { code: string } }> }
  ).errors[0]!;
}

async function apiKey(role: 'CLERK' | 'MANAGER' | 'VIEWER') {
  const { createApiKey } = await server.query(CreateApiKeyDocument, { input: { name: `exports ${role}`, role } });
  return createApiKey.secret!;
}

beforeAll(async () => {
  server = await startTestServer({
    logger: {
      info: (message, fields = {}) => logLines.push({ message, fields }),
      error: (message, fields = {}) => logLines.push({ message, fields }),
    },
  });
  const a = await givenLocation(server, { code: 'WH-A', name: 'Warehouse A' });
  const b = await givenLocation(server, { code: 'WH-B', name: 'Store B' });
  const widget = await givenProduct(server, {
    sku: 'EXP-1',
    name: 'Widget, large "XL"',
    category: 'Tools',
    price: '25',
  });
  const evil = await givenProduct(server, { sku: 'EXP-2', name: '=HYPERLINK("http://evil")', category: 'Garden' });
  const gone = await givenProduct(server, { sku: 'EXP-3', name: 'Sold out', category: 'Garden' });
  Object.assign(ids, { a: a.id, b: b.id, widget: widget.id, evil: evil.id, gone: gone.id });

  const receive = async (
    productId: string,
    locationId: string,
    extra: Omit<ReceiveStockInput, 'productId' | 'locationId'>,
  ) => {
    const { receiveStock } = await server.query(ReceiveStockDocument, { input: { productId, locationId, ...extra } });
    return receiveStock.movement!.id;
  };
  ids.m2 = await receive(widget.id, a.id, {
    quantity: 10,
    unitCost: '4.5',
    reference: 'PO-1',
    counterparty: 'Acme, Inc.',
    occurredAt: '2026-01-05T10:00:00Z',
  });
  ids.m3 = await receive(evil.id, b.id, {
    quantity: 5,
    unitCost: '2.25',
    note: 'line1\nline2',
    occurredAt: '2026-01-06T09:00:00Z',
  });
  const { transferStock } = await server.query(TransferStockDocument, {
    input: {
      productId: widget.id,
      fromLocationId: a.id,
      toLocationId: b.id,
      quantity: 3,
      occurredAt: '2026-01-07T00:00:00Z',
    },
  });
  ids.m4 = transferStock.movement!.id;
  const { shipStock } = await server.query(ShipStockDocument, {
    input: {
      productId: widget.id,
      locationId: b.id,
      quantity: 2,
      unitPrice: '30',
      reference: '-5+3',
      counterparty: '@customer',
      occurredAt: '2026-01-08T00:00:00Z',
    },
  });
  ids.m5 = shipStock.movement!.id;
  const { reverseMovement } = await server.query(ReverseMovementDocument, {
    input: { movementId: ids.m5, occurredAt: '2026-01-09T00:00:00Z' },
  });
  ids.m6 = reverseMovement.movement!.id;
  // Back-dated: recorded last, it happened first.
  ids.m1 = await receive(widget.id, a.id, { quantity: 1, unitCost: '5', occurredAt: '2026-01-04T00:00:00Z' });
  ids.m7 = await receive(gone.id, a.id, { quantity: 2, unitCost: '1', occurredAt: '2026-01-10T00:00:00Z' });
  const sold = await server.query(ShipStockDocument, {
    input: { productId: gone.id, locationId: a.id, quantity: 2, occurredAt: '2026-01-11T00:00:00Z' },
  });
  ids.m8 = sold.shipStock.movement!.id;
});
afterAll(() => server.close());

const MOVEMENT_HEADER = [
  'id',
  'occurredAt',
  'recordedAt',
  'kind',
  'reason',
  'sku',
  'productName',
  'fromLocation',
  'toLocation',
  'quantity',
  'unitCost',
  'unitPrice',
  'reference',
  'counterparty',
  'note',
  'reversalOf',
];

describe('movements export', () => {
  it('streams every movement as CSV, oldest first by business time, with the hand-checked fields', async () => {
    const result = await download('/exports/movements.csv');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(result.headers.get('content-disposition')).toMatch(
      /^attachment; filename="movements-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(result.headers.get('cache-control')).toBe('no-store');
    const rows = csvRows(result.body);
    expect(rows[0]).toEqual(MOVEMENT_HEADER);
    // recordedAt is server time: checked for shape, then left out of the comparison.
    for (const row of rows.slice(1)) expect(row[2]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const withoutRecordedAt = rows.slice(1).map((row) => row.filter((_, index) => index !== 2));
    // prettier-ignore
    expect(withoutRecordedAt).toEqual([
      [ids.m1, '2026-01-04T00:00:00.000Z', 'RECEIPT', 'RECEIVED', 'EXP-1', 'Widget, large "XL"', '', 'WH-A', '1', '5', '', '', '', '', ''],
      [ids.m2, '2026-01-05T10:00:00.000Z', 'RECEIPT', 'RECEIVED', 'EXP-1', 'Widget, large "XL"', '', 'WH-A', '10', '4.5', '', 'PO-1', 'Acme, Inc.', '', ''],
      [ids.m3, '2026-01-06T09:00:00.000Z', 'RECEIPT', 'RECEIVED', 'EXP-2', `'=HYPERLINK("http://evil")`, '', 'WH-B', '5', '2.25', '', '', '', 'line1\nline2', ''],
      [ids.m4, '2026-01-07T00:00:00.000Z', 'TRANSFER', 'TRANSFER', 'EXP-1', 'Widget, large "XL"', 'WH-A', 'WH-B', '3', '', '', '', '', '', ''],
      [ids.m5, '2026-01-08T00:00:00.000Z', 'SHIPMENT', 'SOLD', 'EXP-1', 'Widget, large "XL"', 'WH-B', '', '2', '', '30', `'-5+3`, `'@customer`, '', ''],
      [ids.m6, '2026-01-09T00:00:00.000Z', 'SHIPMENT', 'CORRECTION', 'EXP-1', 'Widget, large "XL"', '', 'WH-B', '2', '', '30', `'-5+3`, `'@customer`, `Reversal of movement ${rowIdOf(ids.m5)}`, ids.m5],
      [ids.m7, '2026-01-10T00:00:00.000Z', 'RECEIPT', 'RECEIVED', 'EXP-3', 'Sold out', '', 'WH-A', '2', '1', '', '', '', '', ''],
      [ids.m8, '2026-01-11T00:00:00.000Z', 'SHIPMENT', 'SOLD', 'EXP-3', 'Sold out', 'WH-A', '', '2', '', '9.99', '', '', '', ''],
    ]);
  });

  it('quotes as RFC 4180 says: CRLF line ends, quotes doubled, commas and line breaks inside quotes', async () => {
    const text = (await download('/exports/movements.csv')).body.toString('utf8');
    expect(text.startsWith(`${MOVEMENT_HEADER.join(',')}\r\n`)).toBe(true);
    expect(text).toContain(',"Widget, large ""XL""",');
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(text).toContain(',"Acme, Inc.",');
    expect(text).toContain(',"line1\nline2",');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(1 + 8 + 1);
  });

  it('writes the same rows as XLSX with numbers, times and text as typed cells, and an About sheet', async () => {
    const result = await download('/exports/movements.xlsx');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(result.headers.get('content-disposition')).toMatch(
      /^attachment; filename="movements-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const sheets = await xlsxSheets(result.body);
    const rows = sheets.Movements!;
    expect(rows[0]).toEqual(MOVEMENT_HEADER);
    expect(rows).toHaveLength(9);
    const [id, occurredAt, recordedAt, ...rest] = rows[2]!;
    expect(id).toBe(ids.m2);
    expect(occurredAt).toEqual(new Date('2026-01-05T10:00:00Z'));
    expect(recordedAt).toBeInstanceOf(Date);
    expect(rest).toEqual([
      'RECEIPT',
      'RECEIVED',
      'EXP-1',
      'Widget, large "XL"',
      null,
      'WH-A',
      10,
      4.5,
      null,
      'PO-1',
      'Acme, Inc.',
      null,
      null,
    ]);
    // In a workbook text is text: no prefix is needed, and none is added.
    expect(rows[3]![6]).toBe('=HYPERLINK("http://evil")');
    expect(rows[3]![14]).toBe('line1\nline2');
    expect(rows[6]![15]).toBe(ids.m5);
    const about = new Map(sheets.About!.map(([label, value]) => [label, value]));
    expect(about.get('Export')).toBe('Movements');
    expect(about.get('Rows')).toBe(8);
  });

  it('honours every filter of Query.movements, named as its arguments', async () => {
    const exported = async (query: string) =>
      csvRecords((await download(`/exports/movements.csv?${query}`)).body).map((row) => row.id);
    expect(await exported(`productId=${ids.widget}&kinds=RECEIPT`)).toEqual([ids.m1, ids.m2]);
    expect(await exported(`kinds=TRANSFER,RECEIPT&productId=${ids.evil}`)).toEqual([ids.m3]);
    expect(await exported('kinds=TRANSFER&kinds=SHIPMENT')).toEqual([ids.m4, ids.m5, ids.m6, ids.m8]);
    expect(await exported(`locationId=${ids.b}`)).toEqual([ids.m3, ids.m4, ids.m5, ids.m6]);
    expect(await exported('reference=PO-1')).toEqual([ids.m2]);
    expect(await exported(`counterparty=${encodeURIComponent('Acme, Inc.')}`)).toEqual([ids.m2]);
    // From inclusive, to exclusive, as in the API.
    expect(await exported('occurredFrom=2026-01-05T10:00:00Z&occurredTo=2026-01-07T00:00:00Z')).toEqual([
      ids.m2,
      ids.m3,
    ]);
    expect(await exported(`occurredFrom=${encodeURIComponent('2026-01-08T01:00:00+01:00')}`)).toEqual([
      ids.m5,
      ids.m6,
      ids.m7,
      ids.m8,
    ]);
    // An ID of the right type that matches nothing gives the header alone, as the API gives an empty list.
    const nobody = Buffer.from('Product:00000000-0000-4000-8000-000000000000').toString('base64url');
    const empty = await download(`/exports/movements.csv?productId=${nobody}`);
    expect(empty.status).toBe(200);
    expect(empty.body.toString('utf8')).toBe(`${MOVEMENT_HEADER.join(',')}\r\n`);
  });
});

const LEVEL_HEADER = [
  'productId',
  'sku',
  'productName',
  'category',
  'unit',
  'locationId',
  'locationCode',
  'locationName',
  'onHand',
  'reserved',
  'available',
  'reorderPoint',
  'updatedAt',
];

describe('stock levels export', () => {
  it('lists every level by SKU then location, with quantities checked by hand', async () => {
    const result = await download('/exports/stock-levels.csv');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-disposition')).toMatch(
      /^attachment; filename="stock-levels-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = csvRows(result.body);
    expect(rows[0]).toEqual(LEVEL_HEADER);
    const levels = rows.slice(1).map((row) => [row[1], row[6], row[8], row[9], row[10]]);
    // EXP-1 at A: +1 +10 -3 = 8; at B: +3 -2 +2 (reversal) = 3. EXP-2 at B: 5. EXP-3 at A: +2 -2 = 0.
    expect(levels).toEqual([
      ['EXP-1', 'WH-A', '8', '0', '8'],
      ['EXP-1', 'WH-B', '3', '0', '3'],
      ['EXP-2', 'WH-B', '5', '0', '5'],
      ['EXP-3', 'WH-A', '0', '0', '0'],
    ]);
    expect(rows[1]!.slice(0, 8)).toEqual([
      ids.widget,
      'EXP-1',
      'Widget, large "XL"',
      'Tools',
      'pcs',
      ids.a,
      'WH-A',
      'Warehouse A',
    ]);
    expect(rows[3]![2]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('filters by product, location, category (ignoring case) and onlyInStock', async () => {
    const exported = async (query: string) =>
      csvRecords((await download(`/exports/stock-levels.csv?${query}`)).body).map(
        (row) => `${row.sku}@${row.locationCode}=${row.onHand}`,
      );
    expect(await exported(`locationId=${ids.b}`)).toEqual(['EXP-1@WH-B=3', 'EXP-2@WH-B=5']);
    expect(await exported(`productId=${ids.widget}`)).toEqual(['EXP-1@WH-A=8', 'EXP-1@WH-B=3']);
    expect(await exported('category=garden')).toEqual(['EXP-2@WH-B=5', 'EXP-3@WH-A=0']);
    expect(await exported('category=garden&onlyInStock=true')).toEqual(['EXP-2@WH-B=5']);
    expect(await exported(`onlyInStock=false&locationId=${ids.a}`)).toEqual(['EXP-1@WH-A=8', 'EXP-3@WH-A=0']);
  });

  it('writes XLSX with integer quantities', async () => {
    const result = await download(`/exports/stock-levels.xlsx?productId=${ids.widget}`);
    expect(result.status).toBe(200);
    const sheets = await xlsxSheets(result.body);
    expect(sheets['Stock levels']!.map((row) => row.slice(1, 2).concat(row.slice(6, 11)))).toEqual([
      ['sku', 'locationCode', 'locationName', 'onHand', 'reserved', 'available'],
      ['EXP-1', 'WH-A', 'Warehouse A', 8, 0, 8],
      ['EXP-1', 'WH-B', 'Store B', 3, 0, 3],
    ]);
    expect(new Map(sheets.About!.map(([label, value]) => [label, value])).get('productId')).toBe(ids.widget);
  });
});

describe('access', () => {
  it('refuses anonymous callers and bad credentials with 401 UNAUTHENTICATED', async () => {
    const anonymous = await download('/exports/movements.csv', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(errorOf(anonymous).extensions.code).toBe('UNAUTHENTICATED');
    const forged = await download('/exports/stock-levels.xlsx', { authorization: 'Bearer not-a-token' });
    expect(forged.status).toBe(401);
    expect(errorOf(forged)).toEqual({
      message: 'The session token is not valid.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Unknown exports are not revealed to anonymous callers either.
    expect((await download('/exports/nothing.csv', {})).status).toBe(401);
  });

  it('refuses a CLERK (costs are in every export) with 403 FORBIDDEN, and serves a MANAGER key', async () => {
    const clerk = await apiKey('CLERK');
    for (const path of ['/exports/movements.csv', '/exports/stock-levels.xlsx']) {
      const refused = await download(path, { 'x-api-key': clerk });
      expect(refused.status).toBe(403);
      expect(errorOf(refused)).toEqual({
        message: 'This needs the MANAGER role or higher; you are CLERK.',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const manager = await apiKey('MANAGER');
    const served = await download('/exports/movements.csv', { authorization: `Bearer ${manager}` });
    expect(served.status).toBe(200);
    expect(csvRecords(served.body)).toHaveLength(8);
    const viaHeader = await download('/exports/stock-levels.csv', { 'x-api-key': manager });
    expect(viaHeader.status).toBe(200);
  });
});

describe('bad requests', () => {
  const location = () => ids.a;
  it.each([
    ['/exports/movements.csv?productId=nonsense', 'INVALID_ID', '`productId` is not a Product ID.'],
    [() => `/exports/movements.csv?productId=${location()}`, 'INVALID_ID', '`productId` is not a Product ID.'],
    [() => `/exports/stock-levels.xlsx?locationId=${ids.widget}`, 'INVALID_ID', '`locationId` is not a Location ID.'],
    ['/exports/movements.csv?kinds=RECEIPT,SOLD', 'BAD_USER_INPUT', /^`kinds` must be one of RECEIPT, SHIPMENT/],
    ['/exports/movements.csv?occurredFrom=yesterday', 'BAD_USER_INPUT', /^`occurredFrom` must be a date-time/],
    ['/exports/movements.csv?occurredFrom=2026-01-05T10:00:00+01:00', 'BAD_USER_INPUT', /%2B/],
    [
      '/exports/movements.xlsx?occurredFrom=2026-02-01T00:00:00Z&occurredTo=2026-01-01T00:00:00Z',
      'INVALID_DATE_RANGE',
      '`occurredFrom` is later than `occurredTo`.',
    ],
    [
      '/exports/movements.csv?productID=x',
      'BAD_USER_INPUT',
      /^Unknown query parameter `productID`; this export accepts `productId`/,
    ],
    ['/exports/movements.csv?reference=a&reference=b', 'BAD_USER_INPUT', '`reference` was given more than once.'],
    ['/exports/stock-levels.csv?onlyInStock=yes', 'BAD_USER_INPUT', '`onlyInStock` must be true or false; got "yes".'],
  ])('%s gives 400 %s', async (path, code, message) => {
    const result = await download(typeof path === 'function' ? path() : path);
    expect(result.status).toBe(400);
    const error = errorOf(result);
    expect(error.extensions.code).toBe(code);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it.each(['/exports/nothing.csv', '/exports/movements.pdf', '/exports/movements'])(
    '%s gives 404 NOT_FOUND',
    async (path) => {
      const result = await download(path);
      expect(result.status).toBe(404);
      expect(errorOf(result).extensions.code).toBe('NOT_FOUND');
    },
  );
});

describe('large exports', () => {
  const COUNT = 20_000;
  let bulkId: string;

  beforeAll(async () => {
    const bulk = await givenProduct(server, { sku: 'BULK-1', name: 'Bulk' });
    bulkId = bulk.id;
    // Arranged straight in the ledger table: 20,000 API calls would only slow the test down.
    await server.database.pool.query(
      `INSERT INTO movement (kind, product_id, to_location_id, quantity, unit_cost, reason, occurred_at)
       SELECT 'RECEIPT', $1::uuid, $2::uuid, 1 + n % 7, 1.25, 'RECEIVED', '2025-01-01T00:00:00Z'::timestamptz + n * interval '1 second'
         FROM generate_series(1, $3::int) AS n`,
      [rowIdOf(bulkId), rowIdOf(ids.a), COUNT],
    );
  });

  it(`streams all ${COUNT} movements as CSV, complete and in order`, async () => {
    const result = await download(`/exports/movements.csv?productId=${bulkId}`);
    expect(result.status).toBe(200);
    const records = csvRecords(result.body);
    expect(records).toHaveLength(COUNT);
    expect(records[0]!.occurredAt).toBe('2025-01-01T00:00:01.000Z');
    expect(records[COUNT - 1]!.occurredAt).toBe(
      new Date(Date.parse('2025-01-01T00:00:00Z') + COUNT * 1000).toISOString(),
    );
    expect(records.reduce((sum, row) => sum + Number(row.quantity), 0)).toBe(
      Array.from({ length: COUNT }, (_, index) => 1 + ((index + 1) % 7)).reduce((a, b) => a + b, 0),
    );
    // The line is written once the response has finished, which may be just after the client has it all.
    const lineFor = (requestId: string | null) =>
      logLines.find((entry) => entry.message === 'export request' && entry.fields.requestId === requestId)?.fields;
    await eventually(async () => expect(lineFor(result.headers.get('x-request-id'))).toBeDefined());
    expect(lineFor(result.headers.get('x-request-id'))).toMatchObject({
      export: 'movements',
      format: 'csv',
      caller: expect.stringMatching(/^user:/),
      status: 200,
      rows: COUNT,
      bytes: result.body.length,
      errorCode: null,
      aborted: false,
      durationMs: expect.any(Number),
    });
  });

  it(`writes all ${COUNT} movements as XLSX`, async () => {
    const result = await download(`/exports/movements.xlsx?productId=${bulkId}`);
    expect(result.status).toBe(200);
    const sheets = await xlsxSheets(result.body);
    expect(sheets.Movements).toHaveLength(COUNT + 1);
    expect(sheets.Movements![COUNT]![1]).toEqual(new Date(Date.parse('2025-01-01T00:00:00Z') + COUNT * 1000));
  });

  it('lets go of the database connection when the client disconnects mid-download', async () => {
    // More aborted downloads than the pool has connections: a leak would starve the last request.
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const controller = new AbortController();
      const format = attempt % 3 === 0 ? 'xlsx' : 'csv';
      const response = await server.fetch(`/exports/movements.${format}?productId=${bulkId}`, {
        headers: server.adminHeaders,
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      await response.body!.getReader().read();
      controller.abort();
    }
    // The path under test was taken: downloads were cut short, and logged as such rather than as faults.
    await eventually(async () =>
      expect(logLines.filter((entry) => entry.message === 'export request' && entry.fields.aborted)).not.toHaveLength(
        0,
      ),
    );
    expect(logLines.filter((entry) => entry.message === 'export fault')).toEqual([]);
    const after = await download(`/exports/movements.csv?productId=${bulkId}&kinds=RECEIPT`);
    expect(after.status).toBe(200);
    expect(csvRecords(after.body)).toHaveLength(COUNT);
    // Every cursor was closed: no export query is left running in PostgreSQL.
    const running = async () =>
      Number(
        (
          await server.database.pool.query<{ count: string }>(
            `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle'
               AND query LIKE '%FROM movement m%' AND pid <> pg_backend_pid()`,
          )
        ).rows[0]!.count,
      );
    await eventually(async () => expect(await running()).toBe(0));
  });
});

/** Retries an assertion until it passes or about 5 s have gone by (for effects that settle asynchronously). */
async function eventually(assertion: () => Promise<void>) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
