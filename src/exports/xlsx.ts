// XLSX through exceljs's streaming writer: each row is committed (written out and forgotten) as it
// arrives, so a sheet never sits in memory. Numbers and times are real cells, not text.
import type { Writable } from 'node:stream';
// Loaded with the first XLSX export: exceljs and its dependencies are some 350 modules an idle
// server would otherwise hold in memory.
import type ExcelJS from 'exceljs';
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
/** XML the sheet may have waiting for the zip before the rows wait for it. */
const MAX_PENDING_BYTES = 1024 * 1024;

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
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({
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
    if (rows % ROWS_PER_CHECK === 0) await caughtUp(sheet, spec.out);
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
 * The parts of exceljs 4's internals this relies on: the sheet's stream writes its XML into
 * `pipes` (a readable-stream PassThrough in front of the zip's deflate stream, whose buffered
 * bytes are in its states' `length`). Missing parts count as nothing pending.
 */
interface SheetStream {
  pipes?: Array<{ _writableState?: { length?: number }; _readableState?: { length?: number } }>;
}

/** Bytes of sheet XML written but not yet taken by the zip's deflate stream. */
function pendingXml(sheet: ExcelJS.Worksheet): number {
  const pipes = (sheet as unknown as { stream?: SheetStream }).stream?.pipes ?? [];
  return pipes.reduce((sum, pipe) => sum + (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0), 0);
}

/**
 * exceljs's sheet stream writes into the zip without waiting (it ignores backpressure), and rows
 * that come faster than deflate or the client take them would pile up in memory. So every few
 * hundred rows the event loop gets a turn (the zip and deflate run in it), and the rows wait
 * while the sheet's XML is backed up in front of deflate or the client's output is full.
 */
async function caughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (!out.destroyed) {
    if (out.writableNeedDrain) await drained(out);
    // Deflate works off the main thread; a short sleep lets it catch up without spinning.
    else if (pendingXml(sheet) > MAX_PENDING_BYTES) await new Promise((resolve) => setTimeout(resolve, 1));
    else return;
  }
}

/** Resolves when `out` has room again, or is gone. */
function drained(out: Writable): Promise<void> {
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
