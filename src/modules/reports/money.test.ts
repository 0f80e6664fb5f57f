// The reports' one money rounding.
import { money } from './money';

describe('money', () => {
  it('rounds report amounts to 4 decimal places, half away from zero', () => {
    expect(money('2.12345').toFixed()).toBe('2.1235');
    expect(money('-2.12345').toFixed()).toBe('-2.1235');
    expect(money('2.12344').toFixed()).toBe('2.1234');
    expect(money(14.5).toFixed()).toBe('14.5');
    expect(money('0.00004').toFixed()).toBe('0');
  });
});
