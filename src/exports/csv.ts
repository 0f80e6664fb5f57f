// CSV as RFC 4180 writes it (csv-stringify: CRLF line ends, quotes doubled inside quoted fields), with text
// cells defused against formula injection: a spreadsheet would run `=HYPERLINK(…)` in a product name.
import type { TransformCallback } from 'node:stream';
import { Stringifier, type Options } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import type { Decimal } from '../shared/decimal';
import type { Cell, Column } from './types';

/** What spreadsheets read as the start of a formula (OWASP's list, tab and carriage return included). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How cells become fields. Not csv-stringify's `escape_formulas`: it defuses text in every column, so a
 * decimal column's `-1.5` would read `'-1.5`; only text columns hold what a user typed.
 */
function fieldOptions(columns: ReadonlyArray<Pick<Column, 'type'>>): Options {
  const isText = columns.map((column) => column.type === 'text');
  return {
    record_delimiter: 'windows',
    // Given a record delimiter, csv-stringify stops quoting a lone `\n` or `\r` unless told to.
    quote_record_delimiter: true,
    cast: {
      string: (value, context) =>
        isText[context.column as number] === true && !context.header && FORMULA_START.test(value) ? `'${value}` : value,
      // Its defaults would write a Date as epoch milliseconds and a Decimal as JSON.
      date: (value) => value.toISOString(),
      object: (value) => (value as unknown as Decimal).toFixed(),
    },
  };
}

/** One field: text that could start a formula gets a leading `'`; quoted when it holds `"`, `,` or a line break. */
export function csvField(value: Cell, column: Pick<Column, 'type'>): string {
  return csvLine([value], [column]).slice(0, -'\r\n'.length);
}

export function csvLine(cells: readonly Cell[], columns: ReadonlyArray<Pick<Column, 'type'>>): string {
  return stringify([[...cells]], fieldOptions(columns));
}

/** Bytes gathered before they go out: csv-stringify pushes each record alone, and each push is a write. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Rows in (objects, turned into cells by `toCells`), CSV text out, header first. Backpressure
 * passes through: a slow client slows the reading of rows.
 */
export class CsvEncoder<R> extends Stringifier {
  private pending = '';
  rows = 0;

  constructor(
    columns: readonly Column[],
    private readonly toCells: (row: R) => Cell[],
  ) {
    super({
      ...fieldOptions(columns),
      // Headers are the API's field names: nothing to quote or defuse.
      header: true,
      columns: columns.map((column) => ({ key: column.header, header: column.header })),
      writableHighWaterMark: 256,
    });
  }

  override _transform(row: R, encoding: BufferEncoding, callback: TransformCallback): void {
    let cells: Cell[];
    try {
      cells = this.toCells(row);
    } catch (error) {
      callback(error as Error);
      return;
    }
    this.rows += 1;
    super._transform(cells, encoding, callback);
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    // null ends the stream: what is gathered goes out first.
    if (chunk === null) {
      if (this.pending) super.push(this.pending);
      this.pending = '';
      return super.push(null);
    }
    this.pending += String(chunk);
    if (this.pending.length < CHUNK_BYTES) return true;
    const full = this.pending;
    this.pending = '';
    return super.push(full, encoding);
  }
}
