import { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule, waitAfter } from './schedule';

describe('the retry schedule', () => {
  it("defaults to Svix's: 8 attempts over about 27 hours", () => {
    const schedule = parseRetrySchedule(DEFAULT_RETRY_SCHEDULE);
    expect(schedule).toHaveLength(7);
    expect(schedule.reduce((sum, wait) => sum + wait, 0) / 3_600_000).toBeCloseTo(27.6, 1);
  });

  it('reads ms, s, m, h and d', () => {
    expect(parseRetrySchedule('250ms, 2s,3m,1h,1d')).toEqual([250, 2000, 180_000, 3_600_000, 86_400_000]);
  });

  it.each(['', '5', '5x', '-1s', '1.5s', '8d'])('refuses %j', (text) => {
    expect(() => parseRetrySchedule(text)).toThrow();
  });

  it('gives the wait after each failed attempt, then none', () => {
    expect([1, 2, 3].map((attempt) => waitAfter([10, 20], attempt))).toEqual([10, 20, null]);
  });
});
