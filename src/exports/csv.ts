// CSV as RFC 4180 writes it (CRLF line ends, quotes doubled inside quoted fields), with text cells
// defused against formula injection: a spreadsheet would run `=HYPERLINK(…)` in a product name.
import { Transform, type TransformCallback } from 'node:stream';
import { Decimal } from '../shared/decimal';
import type { Cell, Column } from './types';

/** What spreadsheets read as the start of a formula (OWASP's list, tab and carriage return included). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: text that could start a formula gets a leading `'`; quoted when it holds `"`, `,` or a line break. */
export function csvField(value: Cell, column: Pick<Column, 'type'>): string {
  if (value === null) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Decimal.isDecimal(value)) text = (value as Decimal).toFixed();
  else if (typeof value === 'number') text = String(value);
  else text = column.type === 'text' && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly Cell[], columns: ReadonlyArray<Pick<Column, 'type'>>): string {
  let line = '';
  for (let index = 0; index < columns.length; index += 1) {
    if (index > 0) line += ',';
    line += csvField(cells[index] ?? null, columns[index]!);
  }
  return `${line}\r\n`;
}

/** Bytes gathered before they go out: one write per row would cost a syscall-sized overhead each. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Rows in (objects, turned into cells by `toCells`), CSV text out, header first. Backpressure
 * passes through: a slow client slows the reading of rows.
 */
export class CsvEncoder<R> extends Transform {
  private pending = '';
  rows = 0;

  constructor(
    private readonly columns: readonly Column[],
    private readonly toCells: (row: R) => Cell[],
  ) {
    super({ writableObjectMode: true, writableHighWaterMark: 256 });
    // Headers are the API's field names: nothing to quote or defuse.
    this.pending = `${columns.map((column) => column.header).join(',')}\r\n`;
  }

  override _transform(row: R, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.pending += csvLine(this.toCells(row), this.columns);
    } catch (error) {
      callback(error as Error);
      return;
    }
    this.rows += 1;
    if (this.pending.length >= CHUNK_BYTES) {
      this.push(this.pending);
      this.pending = '';
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.pending) this.push(this.pending);
    this.pending = '';
    callback();
  }
}
