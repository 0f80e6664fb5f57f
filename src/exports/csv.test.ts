// The CSV writer's rules, cell by cell and as a stream: RFC 4180 quoting and formula defusing.
import { Readable } from 'node:stream';
import { Decimal } from '../shared/decimal';
import { CsvEncoder, csvField, csvLine } from './csv';
import type { Column } from './types';

const text = { type: 'text' } as const;

describe('csvField', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['a=b', 'a=b'],
    ['plain', 'plain'],
    ['', ''],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('text %j is written %j', (value, written) => {
    expect(csvField(value, text)).toBe(written);
  });

  it('writes numbers, decimals and times as they are, defusing only text', () => {
    expect(csvField(-5, { type: 'integer' })).toBe('-5');
    expect(csvField('-1.5', { type: 'decimal' })).toBe('-1.5');
    expect(csvField(new Decimal('12.5000'), { type: 'decimal' })).toBe('12.5');
    expect(csvField(new Decimal('1e-7'), { type: 'decimal' })).toBe('0.0000001');
    expect(csvField(new Date('2026-01-02T03:04:05.006Z'), { type: 'datetime' })).toBe('2026-01-02T03:04:05.006Z');
    expect(csvField(null, text)).toBe('');
  });

  it('ends a line with CRLF', () => {
    expect(csvLine(['a', 1, null], [text, { type: 'integer' }, text])).toBe('a,1,\r\n');
  });
});

describe('CsvEncoder', () => {
  const columns: Column[] = [
    { header: 'sku', type: 'text' },
    { header: 'quantity', type: 'integer' },
    { header: 'unitCost', type: 'decimal' },
    { header: 'occurredAt', type: 'datetime' },
  ];
  interface Row {
    sku: string;
    quantity: number;
    unitCost: Decimal | null;
    occurredAt: Date;
  }
  const cellsOf = (row: Row) => [row.sku, row.quantity, row.unitCost, row.occurredAt];

  async function encode(rows: Row[], toCells: (row: Row) => ReturnType<typeof cellsOf> = cellsOf) {
    const encoder = new CsvEncoder<Row>(columns, toCells);
    let text = '';
    for await (const chunk of Readable.from(rows).pipe(encoder)) text += String(chunk);
    return { text, rows: encoder.rows };
  }

  it('writes the header first, then one CRLF line a row, defusing only the text column', async () => {
    const { text, rows } = await encode([
      { sku: '=1+1', quantity: -3, unitCost: new Decimal('-1.50'), occurredAt: new Date('2026-01-02T03:04:05.006Z') },
      { sku: 'a,b', quantity: 0, unitCost: null, occurredAt: new Date('2026-01-03T00:00:00.000Z') },
    ]);
    expect(text).toBe(
      'sku,quantity,unitCost,occurredAt\r\n' +
        "'=1+1,-3,-1.5,2026-01-02T03:04:05.006Z\r\n" +
        '"a,b",0,,2026-01-03T00:00:00.000Z\r\n',
    );
    expect(rows).toBe(2);
  });

  it('writes only the header when there are no rows', async () => {
    expect(await encode([])).toEqual({ text: 'sku,quantity,unitCost,occurredAt\r\n', rows: 0 });
  });

  it('gathers small lines into chunks of 64 KiB, and loses none at the end', async () => {
    const encoder = new CsvEncoder<Row>(columns, cellsOf);
    const chunks: string[] = [];
    const at = new Date('2026-01-01T00:00:00.000Z');
    const rows = Array.from({ length: 5_000 }, (_, index) => ({
      sku: `SKU-${index}`,
      quantity: index,
      unitCost: null,
      occurredAt: at,
    }));
    for await (const chunk of Readable.from(rows).pipe(encoder)) chunks.push(String(chunk));
    const text = chunks.join('');
    expect(text.split('\r\n')).toHaveLength(5_002);
    expect(text.endsWith('SKU-4999,4999,,2026-01-01T00:00:00.000Z\r\n')).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length >= 64 * 1024)).toBe(true);
  });

  it('fails the stream when a row cannot be turned into cells', async () => {
    const broken = () => {
      throw new Error('no cells for this row');
    };
    await expect(encode([{ sku: 'A', quantity: 1, unitCost: null, occurredAt: new Date() }], broken)).rejects.toThrow(
      'no cells for this row',
    );
  });
});
