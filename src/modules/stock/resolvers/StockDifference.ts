import { locationOf, productOf } from './resolve';
import type { StockDifferenceResolvers } from './../../types.generated';

export const StockDifference: StockDifferenceResolvers = {
  product: productOf,
  location: locationOf,
};
