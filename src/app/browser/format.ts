// How figures are shown: money (the API's Decimal strings), counts, percentages and dates, in the
// browser's locale. One place, so every page shows a figure the same way.

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A Decimal from the API (a string such as "1234.50"), with two decimals. */
export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return money.format(Number(value));
}

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : count.format(value);
}

export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : decimal.format(value);
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${decimal.format(value)} %`;
}

export function formatDay(value: string | Date): string {
  return dayFormat.format(typeof value === 'string' ? new Date(value) : value);
}

export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(typeof value === 'string' ? new Date(value) : value);
}

/** The change from `before` to `now` as a signed percentage, or null when there is nothing to compare with. */
export function change(now: number, before: number): number | null {
  return before === 0 ? null : ((now - before) / Math.abs(before)) * 100;
}

/** A date as the yyyy-mm-dd an <input type="date"> holds, in local time. */
export function toDateInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The start of a yyyy-mm-dd day in local time, or null when the text is not such a date. */
export function fromDateInput(text: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}
