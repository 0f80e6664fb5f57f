// XLSX through exceljs's streaming writer: each row is committed (written out and forgotten) as it
// arrives, so a sheet never sits in memory. Numbers and times are real cells, not text.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Decimal } from '../shared/decimal';
import type { Cell, Column, ColumnType, SummaryLine } from './types';

/** Rows in one sheet, the header included (Excel's limit, and the format's). */
export const XLSX_MAX_ROWS = 1_048_576;

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: '0',
  decimal: '#,##0.00##',
  percent: '0.00',
  // Excel times have no zone: these are UTC, as the "About" sheet says.
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

/** Rows written between looks at the output's backpressure. */
const ROWS_PER_CHECK = 256;

export interface XlsxExport<R> {
  title: string;
  columns: readonly Column[];
  rows: AsyncIterable<R>;
  toCells(row: R): Cell[];
  /** The "About" sheet; called after the rows, so it can state their number. */
  about(rowCount: number): SummaryLine[];
  out: Writable;
}

/** Writes the workbook into `out` (which it ends) and resolves with the number of data rows. */
export async function writeXlsx<R>(spec: XlsxExport<R>): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: spec.out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Stockroom';
  const sheet = workbook.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };

  let rows = 0;
  for await (const row of spec.rows) {
    if (spec.out.destroyed) break;
    sheet.addRow(spec.toCells(row).map((cell, index) => xlsxValue(cell, spec.columns[index]!.type))).commit();
    rows += 1;
    if (rows % ROWS_PER_CHECK === 0) await drained(spec.out);
  }
  if (spec.out.destroyed) return rows;
  sheet.commit();

  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 24 }, { width: 60 }];
  for (const [label, value] of spec.about(rows)) about.addRow([label, xlsxValue(value, 'text')]).commit();
  about.commit();
  await workbook.commit();
  return rows;
}

/** Numbers as numbers, whether they came as Decimals or as the exact text PostgreSQL sent. */
function xlsxValue(value: Cell, type: ColumnType): string | number | Date | null {
  if (Decimal.isDecimal(value)) return (value as Decimal).toNumber();
  if (typeof value === 'string' && type !== 'text' && type !== 'datetime') return Number(value);
  return value;
}

/**
 * exceljs writes into the zip without waiting; this waits until `out` has room, so a slow client
 * holds the rows back instead of letting the workbook pile up in memory.
 */
function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
