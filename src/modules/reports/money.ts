// Report figures in money are shown to 4 decimal places, like every amount in the API; this is the
// one place the reports round them.
import { Decimal } from '../../shared/decimal';

export const MONEY_PLACES = 4;

export const money = (value: Decimal | string | number): Decimal => new Decimal(value).toDecimalPlaces(MONEY_PLACES);
