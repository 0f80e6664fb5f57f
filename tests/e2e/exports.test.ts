// Exports over real HTTP: stock levels, movements, valuation and sales as CSV and XLSX, checked
// row by row against small hand-computed ledgers; filters, access, refusals, CSV quoting and
// formula defusing, and a streamed export of 20,000 movements.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { CreateApiKeyDocument } from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
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

  const m2 = await givenMovement(server, 'receive', {
    productId: widget.id,
    locationId: a.id,
    quantity: 10,
    unitCost: '4.5',
    reference: 'PO-1',
    counterparty: 'Acme, Inc.',
    occurredAt: '2026-01-05T10:00:00Z',
  });
  const m3 = await givenMovement(server, 'receive', {
    productId: evil.id,
    locationId: b.id,
    quantity: 5,
    unitCost: '2.25',
    note: 'line1\nline2',
    occurredAt: '2026-01-06T09:00:00Z',
  });
  const m4 = await givenMovement(server, 'transfer', {
    productId: widget.id,
    fromLocationId: a.id,
    toLocationId: b.id,
    quantity: 3,
    occurredAt: '2026-01-07T00:00:00Z',
  });
  const m5 = await givenMovement(server, 'ship', {
    productId: widget.id,
    locationId: b.id,
    quantity: 2,
    unitPrice: '30',
    reference: '-5+3',
    counterparty: '@customer',
    occurredAt: '2026-01-08T00:00:00Z',
  });
  const m6 = await givenMovement(server, 'reverse', { movementId: m5.id, occurredAt: '2026-01-09T00:00:00Z' });
  // Back-dated: recorded last, it happened first.
  const m1 = await givenMovement(server, 'receive', {
    productId: widget.id,
    locationId: a.id,
    quantity: 1,
    unitCost: '5',
    occurredAt: '2026-01-04T00:00:00Z',
  });
  const m7 = await givenMovement(server, 'receive', {
    productId: gone.id,
    locationId: a.id,
    quantity: 2,
    unitCost: '1',
    occurredAt: '2026-01-10T00:00:00Z',
  });
  const m8 = await givenMovement(server, 'ship', {
    productId: gone.id,
    locationId: a.id,
    quantity: 2,
    occurredAt: '2026-01-11T00:00:00Z',
  });
  Object.assign(ids, { m1: m1.id, m2: m2.id, m3: m3.id, m4: m4.id, m5: m5.id, m6: m6.id, m7: m7.id, m8: m8.id });
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
    // Filters that match nothing give the header alone.
    const empty = await download('/exports/movements.csv?reference=no-such-reference');
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
  'committed',
  'damaged',
  'qualityControl',
  'safetyStock',
  'incoming',
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

/** The CSV's rows without the header, each cut to the columns from `start` on. */
const csvBody = (result: Downloaded, start = 0) => csvRows(result.body).map((row) => row.slice(start));

describe('valuation export', () => {
  // Costs, by hand: EXP-1 receives 1 @ 5 then 10 @ 4.5, so 11 units worth 50, average 50/11 = 4.5454545455;
  // the shipment of 2 leaves at that average and its reversal brings them back at it. EXP-2: 5 @ 2.25.
  // EXP-3 has none left. Per location: EXP-1 8 at A (36.3636) and 3 at B (13.6364), EXP-2 5 at B.
  it('values every product, highest value first, as CSV', async () => {
    const result = await download('/exports/valuation.csv');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-disposition')).toMatch(
      /^attachment; filename="valuation-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csvBody(result)).toEqual([
      ['productId', 'sku', 'productName', 'category', 'quantity', 'averageCost', 'value'],
      [ids.widget, 'EXP-1', 'Widget, large "XL"', 'Tools', '11', '4.5455', '50'],
      [ids.evil, 'EXP-2', `'=HYPERLINK("http://evil")`, 'Garden', '5', '2.25', '11.25'],
    ]);
  });

  it('groups by location and by category, with the columns that fit', async () => {
    expect(csvBody(await download('/exports/valuation.csv?groupBy=LOCATION'))).toEqual([
      ['locationId', 'locationCode', 'locationName', 'quantity', 'averageCost', 'value'],
      [ids.a, 'WH-A', 'Warehouse A', '8', '4.5455', '36.3636'],
      [ids.b, 'WH-B', 'Store B', '8', '3.1108', '24.8864'],
    ]);
    expect(csvBody(await download('/exports/valuation.csv?groupBy=CATEGORY'))).toEqual([
      ['category', 'quantity', 'averageCost', 'value'],
      ['Tools', '11', '4.5455', '50'],
      ['Garden', '5', '2.25', '11.25'],
    ]);
  });

  it('values the stock as it stood at a past moment, at one location, or in one category', async () => {
    // After the shipment of 8 January and before its reversal: EXP-1 has 9 units, 9 × 4.5454545455.
    expect(csvBody(await download('/exports/valuation.csv?at=2026-01-08T12:00:00Z'), 1)).toEqual([
      ['sku', 'productName', 'category', 'quantity', 'averageCost', 'value'],
      ['EXP-1', 'Widget, large "XL"', 'Tools', '9', '4.5455', '40.9091'],
      ['EXP-2', `'=HYPERLINK("http://evil")`, 'Garden', '5', '2.25', '11.25'],
    ]);
    expect(csvBody(await download(`/exports/valuation.csv?locationId=${ids.b}`), 1)).toEqual([
      ['sku', 'productName', 'category', 'quantity', 'averageCost', 'value'],
      ['EXP-1', 'Widget, large "XL"', 'Tools', '3', '4.5455', '13.6364'],
      ['EXP-2', `'=HYPERLINK("http://evil")`, 'Garden', '5', '2.25', '11.25'],
    ]);
    expect(csvBody(await download('/exports/valuation.csv?category=garden&groupBy=CATEGORY'))).toEqual([
      ['category', 'quantity', 'averageCost', 'value'],
      ['Garden', '5', '2.25', '11.25'],
    ]);
    expect(csvBody(await download('/exports/valuation.csv?at=2026-01-01T00:00:00Z'))).toEqual([
      ['productId', 'sku', 'productName', 'category', 'quantity', 'averageCost', 'value'],
    ]);
  });

  it('writes XLSX with numeric figures and the totals on the About sheet', async () => {
    const result = await download('/exports/valuation.xlsx?groupBy=LOCATION');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe(XLSX_TYPE);
    const sheets = await xlsxSheets(result.body);
    expect(sheets.Valuation).toEqual([
      ['locationId', 'locationCode', 'locationName', 'quantity', 'averageCost', 'value'],
      [ids.a, 'WH-A', 'Warehouse A', 8, 4.5455, 36.3636],
      [ids.b, 'WH-B', 'Store B', 8, 3.1108, 24.8864],
    ]);
    const about = new Map(sheets.About!.map(([label, value]) => [label, value]));
    expect(about.get('groupBy')).toBe('LOCATION');
    expect(about.get('Rows')).toBe(2);
    expect(about.get('Total quantity')).toBe(16);
    expect(about.get('Total value')).toBe(61.25);
  });
});

describe('sales export', () => {
  // EXP-1: 2 sold on 8 January at 30 (cost 2 × 4.5454545455 = 9.0909), reversed on 9 January.
  // EXP-3: 2 sold on 11 January at the list price 9.99 (cost 2 × 1).
  const JANUARY = 'from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z';

  it('exports every row of the report, a reversal counting in its own period', async () => {
    const result = await download(`/exports/sales.csv?${JANUARY}`);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-disposition')).toMatch(/^attachment; filename="sales-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csvBody(result)).toEqual([
      ['productId', 'sku', 'productName', 'category', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      [ids.gone, 'EXP-3', 'Sold out', 'Garden', '2', '19.98', '2', '17.98', '89.99'],
      [ids.widget, 'EXP-1', 'Widget, large "XL"', 'Tools', '0', '0', '0', '0', ''],
    ]);
    expect(csvBody(await download('/exports/sales.csv?from=2026-01-08T00:00:00Z&to=2026-01-09T00:00:00Z'), 1)).toEqual([
      ['sku', 'productName', 'category', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      ['EXP-1', 'Widget, large "XL"', 'Tools', '2', '60', '9.0909', '50.9091', '84.85'],
    ]);
  });

  it('groups by location and by counterparty, ranks by the figure asked, and takes the top `first`', async () => {
    expect(csvBody(await download(`/exports/sales.csv?${JANUARY}&groupBy=LOCATION`))).toEqual([
      ['locationId', 'locationCode', 'locationName', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      [ids.a, 'WH-A', 'Warehouse A', '2', '19.98', '2', '17.98', '89.99'],
      [ids.b, 'WH-B', 'Store B', '0', '0', '0', '0', ''],
    ]);
    expect(csvBody(await download(`/exports/sales.csv?${JANUARY}&groupBy=COUNTERPARTY&orderBy=UNITS`))).toEqual([
      ['counterparty', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      ['', '2', '19.98', '2', '17.98', '89.99'],
      [`'@customer`, '0', '0', '0', '0', ''],
    ]);
    expect(csvBody(await download(`/exports/sales.csv?${JANUARY}&orderBy=MARGIN&first=1`), 1)).toEqual([
      ['sku', 'productName', 'category', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      ['EXP-3', 'Sold out', 'Garden', '2', '19.98', '2', '17.98', '89.99'],
    ]);
    expect(csvBody(await download(`/exports/sales.csv?${JANUARY}&productId=${ids.widget}`), 1)).toEqual([
      ['sku', 'productName', 'category', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      ['EXP-1', 'Widget, large "XL"', 'Tools', '0', '0', '0', '0', ''],
    ]);
    expect(csvBody(await download(`/exports/sales.csv?${JANUARY}&counterparty=%40customer&groupBy=CATEGORY`))).toEqual([
      ['category', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      ['Tools', '0', '0', '0', '0', ''],
    ]);
    // An empty range is a report with no rows, not an error.
    expect(
      csvBody(await download('/exports/sales.csv?from=2026-01-08T00:00:00Z&to=2026-01-08T00:00:00Z')),
    ).toHaveLength(1);
  });

  it('writes XLSX with numeric figures and the totals on the About sheet', async () => {
    const result = await download(`/exports/sales.xlsx?${JANUARY}&groupBy=CATEGORY`);
    expect(result.status).toBe(200);
    const sheets = await xlsxSheets(result.body);
    expect(sheets.Sales).toEqual([
      ['category', 'units', 'revenue', 'costOfGoodsSold', 'margin', 'marginPercent'],
      ['Garden', 2, 19.98, 2, 17.98, 89.99],
      ['Tools', 0, 0, 0, 0, null],
    ]);
    const about = new Map(sheets.About!.map(([label, value]) => [label, value]));
    expect(about.get('from')).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(about.get('Total units')).toBe(2);
    expect(about.get('Total revenue')).toBe(19.98);
    expect(about.get('Total margin')).toBe(17.98);
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

const NOBODY = Buffer.from('Product:00000000-0000-4000-8000-000000000000').toString('base64url');
const NO_PLACE = Buffer.from('Location:00000000-0000-4000-8000-000000000000').toString('base64url');

describe('bad requests', () => {
  it('refuses HEAD rather than computing an export to send no body', async () => {
    const response = await server.fetch('/exports/movements.csv', { method: 'HEAD', headers: server.adminHeaders });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  // `{name}` in a path stands for the scenario's global ID of that name.
  it.each([
    ['/exports/movements.csv?productId=nonsense', 'INVALID_ID', '`productId` is not a Product ID.'],
    ['/exports/movements.csv?productId={a}', 'INVALID_ID', '`productId` is not a Product ID.'],
    ['/exports/stock-levels.xlsx?locationId={widget}', 'INVALID_ID', '`locationId` is not a Location ID.'],
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
    [`/exports/movements.csv?productId=${NOBODY}`, 'NOT_FOUND', 'No product has the ID given as `productId`.'],
    [`/exports/stock-levels.csv?locationId=${NO_PLACE}`, 'NOT_FOUND', 'No location has the ID given as `locationId`.'],
    [`/exports/valuation.xlsx?locationId=${NO_PLACE}`, 'NOT_FOUND', 'No location has the ID given as `locationId`.'],
    [
      '/exports/valuation.csv?groupBy=COUNTERPARTY',
      'BAD_USER_INPUT',
      /^`groupBy` must be one of PRODUCT, CATEGORY, LOCATION/,
    ],
    ['/exports/valuation.csv?at=2026-13-01T00:00:00Z', 'BAD_USER_INPUT', /^`at` must be a date-time/],
    ['/exports/sales.csv?to=2026-01-01T00:00:00Z', 'BAD_USER_INPUT', /^`from` is required/],
    [
      '/exports/sales.xlsx?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      'INVALID_DATE_RANGE',
      /^`from` \(2026-02-01T00:00:00.000Z\) is later than `to`/,
    ],
    [
      '/exports/sales.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&first=0',
      'BAD_USER_INPUT',
      /^`first` must be a whole number of 1 or more/,
    ],
    [
      '/exports/sales.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&first=101',
      'PAGE_SIZE_EXCEEDED',
      /^`first` must be from 1 to 100/,
    ],
    [
      '/exports/sales.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&orderBy=PRICE',
      'BAD_USER_INPUT',
      /^`orderBy` must be one of UNITS, REVENUE, MARGIN/,
    ],
    [
      `/exports/sales.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&productId=${NOBODY}`,
      'NOT_FOUND',
      'No product has the ID given as `productId`.',
    ],
  ])('%s gives 400 %s', async (path, code, message) => {
    const result = await download(path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name as keyof typeof ids]));
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

  it('runs at most a quarter of the pool as downloads at once, and refuses one more with 429', async () => {
    // The test server's pool has 10 connections: two downloads may stream while GraphQL keeps the rest.
    const controllers = [new AbortController(), new AbortController()];
    for (const controller of controllers) {
      const response = await server.fetch(`/exports/movements.csv?productId=${bulkId}`, {
        headers: server.adminHeaders,
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      await response.body!.getReader().read();
    }
    const refused = await download(`/exports/movements.csv?productId=${bulkId}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(JSON.parse(refused.body.toString('utf8')).errors[0].extensions.code).toBe('TOO_MANY_EXPORTS');
    for (const controller of controllers) controller.abort();
    await eventually(async () => expect((await download(`/exports/stock-levels.csv`)).status).toBe(200));
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
