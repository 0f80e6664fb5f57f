// Moments relative to the UTC months before this one, for the tests of what is summed per closed
// month (stock checkpoints, sales_month, movement_hour, cost_checkpoint).

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;
/** When the test file loaded: the months are counted back from this one. */
export const now = new Date();
/** The start of the UTC month `k` months before this one. */
export const monthStart = (k: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k, 1));
/** A moment in that month: `day` days and `hours` hours after its start. */
export const inMonth = (k: number, day: number, hours = 9) =>
  new Date(monthStart(k).getTime() + day * DAY + hours * HOUR);
export const iso = (moment: Date) => moment.toISOString();
/** `moment` moved by `delta` milliseconds. */
export const ms = (moment: Date, delta: number) => new Date(moment.getTime() + delta);
/**
 * `minutes` minutes before the test file loaded: a moment that is never in the future, whatever the
 * day. It is usually in the month under way; in a month's first minutes it falls in the one before.
 */
export const minutesAgo = (minutes: number) => ms(now, -minutes * MINUTE);
/**
 * Which of the starts of the months `ks` (months before this one) have a checkpoint due by now: a
 * month is built a day after it ends, so on a month's first day the month before is not yet due.
 */
export const dueMonthStarts = (ks: number[]) =>
  ks.map(monthStart).filter((start) => start.getTime() <= Date.now() - DAY);
