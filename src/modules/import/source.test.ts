// The file reader on real files: cells come back exactly as written, across chunk
// boundaries (the reader holds 1 MB at a time), with BOM, CRLF, quoted line breaks and quotes;
// and the cells' rules for numbers, dates and formula-looking text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RowCells } from './cells';
import { openSource, type SourceRow } from './source';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-source-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readAll(file: string, columns: readonly string[], map?: Record<string, string>) {
  const source = await openSource({ file, map }, columns);
  const rows: SourceRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  return { source, rows };
}

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('openSource on CSV', () => {
  it('reads 3 MB of awkward cells back exactly as written, row numbers included', async () => {
    const next = random(7);
    const pieces = ['plain', 'with, comma', 'a "quote"', 'line\nbreak', 'crlf\r\ninside', 'ünïcödé ☕', ''];
    const records: string[][] = [];
    let text = '\uFEFFsku,name,note\r\n';
    while (text.length < 3_000_000) {
      const record = [`S-${records.length}`, ...[0, 1].map(() => pieces[Math.floor(next() * pieces.length)]!)];
      records.push(record);
      const quoted = record.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell));
      text += quoted.join(',') + (next() < 0.5 ? '\r\n' : '\n');
    }
    const file = path.join(dir, 'awkward.csv');
    fs.writeFileSync(file, text);

    const { source, rows } = await readAll(file, ['sku', 'name', 'note']);

    const expected = records.map(([sku, name, note]) => ({ sku, name, note }));
    expect(source).toMatchObject({ format: 'csv', columns: ['sku', 'name', 'note'] });
    expect(rows.map((row) => row.fields)).toEqual(expected);
    expect(rows.map((row) => row.row)).toEqual(expected.map((_, index) => index + 2));
    expect(rows.at(-1)!.bytesRead).toBe(fs.statSync(file).size);
  });

  it('fails only the rows that are not UTF-8 or not well-formed, and reads on', async () => {
    const file = path.join(dir, 'broken.csv');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('SKU,Name\nA,ok\nB,caf'),
        Buffer.from([0xe9]),
        Buffer.from('\nC,"open"x\nD,too,many\n\nE,"last\nrow"'),
      ]),
    );
    const { rows } = await readAll(file, ['sku', 'name']);
    expect(rows.map((row) => [row.row, row.error?.code ?? null, row.error?.column ?? null, row.fields])).toEqual([
      [2, null, null, { sku: 'A', name: 'ok' }],
      [3, 'INVALID_UTF8', 'name', {}],
      [4, 'MALFORMED_ROW', null, {}],
      [5, 'MALFORMED_ROW', null, {}],
      // Row 6 is empty: skipped, and still counted as a spreadsheet counts it.
      [7, null, null, { sku: 'E', name: 'last\nrow' }],
    ]);
  });

  it('maps a column by name, and refuses a map to a column the header lacks', async () => {
    const file = path.join(dir, 'mapped.csv');
    fs.writeFileSync(file, 'Item Code,Reorder_Point,Other\nX,3,y\n');
    const { rows } = await readAll(file, ['sku', 'reorderPoint'], { sku: 'Item Code' });
    expect(rows[0]!.fields).toEqual({ sku: 'X', reorderPoint: '3', Other: 'y' });
    await expect(readAll(file, ['sku'], { sku: 'Code' })).rejects.toMatchObject({ code: 'MAP_COLUMN_NOT_FOUND' });
  });
});

describe('openSource on JSONL', () => {
  it('reads objects line by line, text as given and numbers as written', async () => {
    const file = path.join(dir, 'rows.jsonl');
    fs.writeFileSync(file, '{"SKU":"A","price":1.50,"active":true,"note":null}\r\n\n[1]\n{"sku":"B"}');
    const { source, rows } = await readAll(file, ['sku', 'price']);
    expect(source.format).toBe('jsonl');
    expect(rows.map((row) => [row.row, row.error?.code ?? null, row.fields])).toEqual([
      [1, null, { sku: 'A', price: '1.5', active: 'true', note: '' }],
      [3, 'INVALID_JSON', {}],
      [4, null, { sku: 'B' }],
    ]);
  });
});

describe('RowCells', () => {
  const cells = (fields: Record<string, string>) => new RowCells(2, fields);

  it('reads whole numbers, decimals and dates, and names what is wrong', () => {
    const row = cells({
      a: ' 12 ',
      b: '-0.25',
      c: '2026-01-31',
      d: '2026-02-30',
      e: '1,5',
      f: '2026-01-31T09:30:00+02:00',
    });
    expect(row.integer('a')).toBe(12);
    expect(row.decimal('b')!.toFixed()).toBe('-0.25');
    expect(row.date('c')!.toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(row.date('f')!.toISOString()).toBe('2026-01-31T07:30:00.000Z');
    expect(row.date('d')).toBeUndefined();
    expect(row.decimal('e')).toBeUndefined();
    expect(row.errors.map((error) => [error.column, error.code])).toEqual([
      ['d', 'INVALID_DATE'],
      ['e', 'INVALID_NUMBER'],
    ]);
  });

  it('refuses text a spreadsheet would run as a formula, and keeps an escaped one', () => {
    const row = cells({ a: '=1+2', b: '@SUM(A1)', c: "'=kept", d: 'Plain - text', e: '-20% off' });
    expect([row.text('a'), row.text('b'), row.text('c'), row.text('d'), row.text('e')]).toEqual([
      undefined,
      undefined,
      "'=kept",
      'Plain - text',
      undefined,
    ]);
    expect(row.errors.map((error) => error.code)).toEqual([
      'FORMULA_NOT_ALLOWED',
      'FORMULA_NOT_ALLOWED',
      'FORMULA_NOT_ALLOWED',
    ]);
  });
});
