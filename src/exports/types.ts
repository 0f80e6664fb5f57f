// What an export is: its columns, the filters it accepts, and where its rows come from.
import type { PrismaClient } from '../generated/prisma/client';
import type { Services } from '../services';
import type { Decimal } from '../shared/decimal';
import type { RowCursor } from '../shared/row-cursor';
import type { QueryParams } from './params';

export type Cell = string | number | Date | Decimal | null;

export type ColumnType = 'text' | 'integer' | 'decimal' | 'percent' | 'datetime';

export interface Column {
  /** The header, also the column's name in the CSV: the API's field name. */
  header: string;
  type: ColumnType;
  /** Width in characters in the XLSX. */
  width?: number;
}

/** A line of the XLSX's "About" sheet: what was exported and, for reports, the totals. */
export type SummaryLine = [label: string, value: Cell];

/** Rows streamed from PostgreSQL through a server-side cursor: never all in memory. */
export interface QuerySource<R> {
  kind: 'query';
  /** A module's read function's statements (the module owns the SQL and the filter) and row parser. */
  rows: RowCursor<R>;
  cells(row: R): Cell[];
}

/** Rows a service computes in full (a report is small: one row per product at most). */
export interface ReportSource {
  kind: 'report';
  rows: Cell[][];
  summary: SummaryLine[];
}

export interface ExportDeps {
  services: Services;
  /** For the filter checks the exports share with the reports (checkFilterTargets). */
  prisma: PrismaClient;
}

export interface ExportDefinition<F> {
  /** The URL's file name without extension, e.g. `movements`; also the download's name. */
  name: string;
  /** The XLSX sheet's name. */
  title: string;
  /** Query parameters accepted; any other is refused, so a misspelt filter cannot widen an export. */
  parameters: readonly string[];
  /** Reads and checks the filters; throws a RequestError (400) when one is wrong. */
  parse(params: QueryParams): F;
  columns(filters: F): Column[];
  /** What the filters were, for the XLSX's "About" sheet. */
  describe(filters: F): SummaryLine[];
  /** Checks the filters against the data (NOT_FOUND, INVALID_DATE_RANGE…), then says where the rows come from. */
  // Method syntax: a source of specific rows is accepted where any row is expected.
  source(filters: F, deps: ExportDeps): Promise<QuerySource<object> | ReportSource>;
}
