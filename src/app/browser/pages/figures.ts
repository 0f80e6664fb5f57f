// How the product, location and catalogue pages write numbers, money and dates: one place, so the
// browser tests can read a figure back the way it was written.

/** A count of units, with thousands separators: 12,345. */
export const formatCount = (value: number): string => value.toLocaleString('en-US');

/** A Decimal from the API (a string) as money: at least 2 and at most 4 decimal places. */
export function formatMoney(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const number = Number(value);
  return Number.isFinite(number)
    ? number.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })
    : value;
}

/** A day, in UTC like the API's buckets: 2026-11-30. */
export const formatDay = (iso: string): string => iso.slice(0, 10);

/** A moment to the minute, in UTC: 2026-11-30 14:05 UTC. */
export const formatMoment = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** A title-cased enum value: TRANSFER_IN → Transfer in. */
export function formatEnum(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A count and its noun: 1 product, 2 products. */
export const formatNumberOf = (value: number, one: string, many = `${one}s`): string =>
  `${formatCount(value)} ${value === 1 ? one : many}`;
