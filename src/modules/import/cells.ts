// Turning a file's text cells into typed values, each failure a RowError naming the row and column.
// Shared by every importer so a number, a date or a formula-looking cell means the same in each.
import { Decimal } from '../../shared/decimal';
import { isWithinMomentRange, MOMENT_RANGE, unstorableCharacter } from '../../shared/validation';
import type { UserError } from '../../shared/errors';
import type { RowError } from './types';

/**
 * What spreadsheets read as the start of a formula (OWASP's list; the same as src/exports/csv.ts
 * defuses on the way out). A text cell starting with one is refused: a catalogue that holds
 * `=HYPERLINK(…)` as a product name attacks whoever exports it to a spreadsheet later, and a
 * leading `'` (how a spreadsheet escapes one) is kept as typed, so such a value can still come in.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Collects one row's errors; `row` is the number a person finds the row by. */
export class RowCells {
  readonly errors: RowError[] = [];

  constructor(
    readonly row: number,
    private readonly fields: Record<string, string>,
  ) {}

  /** The cell's text, or undefined when the column is absent or the cell empty (not given). */
  raw(column: string): string | undefined {
    const value = this.fields[column];
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  fail(column: string | null, code: string, message: string): void {
    this.errors.push({ row: this.row, column, code, message });
  }

  /** A text cell: refused when it looks like a formula or holds a character no text may hold. */
  text(column: string): string | undefined {
    const value = this.raw(column);
    if (value === undefined) return undefined;
    if (FORMULA_START.test(value.trimStart())) {
      this.fail(
        column,
        'FORMULA_NOT_ALLOWED',
        `${column} starts with ${JSON.stringify(value.trimStart()[0])}, which a spreadsheet runs as a formula; prefix it with ' to keep it as text.`,
      );
      return undefined;
    }
    const unstorable = unstorableCharacter(value);
    if (unstorable) {
      this.fail(column, 'UNSTORABLE_TEXT', `${column} contains ${unstorable}, which no Stockroom text may hold.`);
      return undefined;
    }
    return value;
  }

  /** A whole number, sign allowed; its range is the mutation rule's to judge. */
  integer(column: string): number | undefined {
    const value = this.raw(column)?.trim();
    if (value === undefined) return undefined;
    if (!/^[+-]?\d{1,15}$/.test(value)) {
      this.fail(column, 'INVALID_NUMBER', `${column} must be a whole number (got ${quote(value)}).`);
      return undefined;
    }
    return Number(value);
  }

  /** A decimal written with a point and no thousands separators: 12, 12.5, -0.25. */
  decimal(column: string): Decimal | undefined {
    const value = this.raw(column)?.trim();
    if (value === undefined) return undefined;
    if (!/^[+-]?(\d{1,30}(\.\d{0,30})?|\.\d{1,30})$/.test(value)) {
      this.fail(column, 'INVALID_NUMBER', `${column} must be a decimal number such as 12.50 (got ${quote(value)}).`);
      return undefined;
    }
    return new Decimal(value);
  }

  /** An ISO 8601 date (midnight UTC) or date-time with a zone (Z or ±hh:mm). */
  date(column: string): Date | undefined {
    const value = this.raw(column)?.trim();
    if (value === undefined) return undefined;
    const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
    const moment = iso.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : undefined;
    // Date rolls 2026-02-30 over to March; a real day reads back the same.
    const day = value.slice(0, 10);
    const real = moment !== undefined && !Number.isNaN(moment.getTime()) && sameDay(new Date(`${day}T00:00:00Z`), day);
    if (!moment || !real) {
      this.fail(
        column,
        'INVALID_DATE',
        `${column} must be a date (2026-01-31) or a date-time with a time zone (2026-01-31T09:30:00Z); got ${quote(value)}.`,
      );
      return undefined;
    }
    if (!isWithinMomentRange(moment)) {
      this.fail(column, 'OUT_OF_RANGE', `${column} must be ${MOMENT_RANGE}.`);
      return undefined;
    }
    return moment;
  }

  /** The mutation rules' errors, on this row: their field is our column. */
  addUserErrors(
    errors: readonly UserError[],
    columnOf: (field: string | undefined) => string | null = (f) => f ?? null,
  ): void {
    for (const error of errors) this.fail(columnOf(error.field?.at(-1)), error.code, error.message);
  }
}

function sameDay(moment: Date, day: string): boolean {
  return !Number.isNaN(moment.getTime()) && moment.toISOString().slice(0, 10) === day;
}

/** A value in a message: at most 40 characters of it. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
