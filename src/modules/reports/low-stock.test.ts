// Low stock's arithmetic without a database: how much to order, and how many days the stock lasts.
import { coverOf, suggestedOrderQuantity } from './low-stock';

describe('suggestedOrderQuantity', () => {
  it.each([
    // available, reorder point, reorder quantity (0: none), suggested
    [9, 10, 0, 2],
    [0, 9, 0, 10],
    [4, 4, 0, 1],
    [4, 6, 0, 3],
    [0, 5, 12, 12],
    [4, 4, 3, 3],
    [0, 5, 3, 6],
    [0, 6, 2, 8],
    [0, 5, 2, 6],
    [0, 4, 5, 5],
  ])(
    'lifts %i available above a reorder point of %i, in whole reorder quantities of %i: %i',
    (available, point, quantity, suggested) => {
      expect(suggestedOrderQuantity(available, point, quantity)).toBe(suggested);
    },
  );

  it('orders back up from a negative availability (more reserved than on hand)', () => {
    expect(suggestedOrderQuantity(-2, 3, 0)).toBe(6);
    expect(suggestedOrderQuantity(-2, 3, 4)).toBe(8);
  });

  it('subtracts incoming units, down to nothing when they already lift it above the point', () => {
    expect(suggestedOrderQuantity(2, 10, 0, 5)).toBe(4);
    expect(suggestedOrderQuantity(2, 10, 6, 5)).toBe(6);
    expect(suggestedOrderQuantity(2, 10, 6, 9)).toBe(0);
    expect(suggestedOrderQuantity(2, 10, 0, 100)).toBe(0);
  });

  it('stays exact for quantities past the integer range', () => {
    expect(suggestedOrderQuantity(0, 2_147_483_647, 1_000_000_000)).toBe(3_000_000_000);
  });
});

describe('coverOf', () => {
  it('is null without outflow, whatever is available', () => {
    expect(coverOf(10, 0, 30)).toBeNull();
    expect(coverOf(0, 0, 30)).toBeNull();
  });

  it('is 0 with outflow and nothing available, or less than nothing', () => {
    expect(coverOf(0, 5, 30)).toBe(0);
    expect(coverOf(-3, 5, 30)).toBe(0);
  });

  it('divides what is available by the average daily outflow of the window', () => {
    expect(coverOf(9, 6, 30)).toBe(45);
    expect(coverOf(6, 6, 30)).toBe(30);
    expect(coverOf(10, 3, 30)).toBeCloseTo(100);
    expect(coverOf(1, 3, 30)).toBeCloseTo(10);
    expect(coverOf(9, 11, 60)).toBeCloseTo(49.0909, 4);
  });
});
