// The retry schedule: how long to wait after each failed attempt before the next. The default is
// Svix's (the reference implementation of Standard Webhooks): 8 attempts over about 27 hours.
export const DEFAULT_RETRY_SCHEDULE = '5s,5m,30m,2h,5h,10h,10h';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const STEP = /^(\d{1,9})(ms|s|m|h|d)$/;
/** A single wait longer than a week is a typo: events are kept for a configurable time (30 days by default). */
const MAX_STEP_MS = 7 * 86_400_000;
const MAX_STEPS = 50;

/**
 * Parses "5s,5m,30m,2h" (units ms, s, m, h, d) into waits in milliseconds; throws an Error whose
 * message says what is wrong. A delivery gets one attempt more than the schedule has waits.
 */
export function parseRetrySchedule(text: string): number[] {
  const steps = text.split(',').map((step) => step.trim());
  if (steps.length > MAX_STEPS) throw new Error(`has ${steps.length} waits; at most ${MAX_STEPS} are allowed`);
  return steps.map((step) => {
    const match = STEP.exec(step);
    if (!match) throw new Error(`"${step}" is not a wait such as 500ms, 5s, 5m, 2h or 1d`);
    const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
    if (ms > MAX_STEP_MS) throw new Error(`"${step}" is longer than 7 days`);
    return ms;
  });
}

/** The wait after the attempt numbered `attempts` (1 for the first) failed, or null when none remains. */
export function waitAfter(schedule: readonly number[], attempts: number): number | null {
  return attempts >= 1 && attempts <= schedule.length ? schedule[attempts - 1]! : null;
}
