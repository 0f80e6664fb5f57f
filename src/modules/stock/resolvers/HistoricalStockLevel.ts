import { locationOf, productOf } from './resolve';
import type { HistoricalStockLevelResolvers } from './../../types.generated';

export const HistoricalStockLevel: HistoricalStockLevelResolvers = {
  product: productOf,
  location: locationOf,
};
