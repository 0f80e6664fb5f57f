import { locationOf, productOf } from './resolve';
import type { HistoricalStockLevelResolvers } from './../../types.generated';

export const HistoricalStockLevel: HistoricalStockLevelResolvers = {
  product: (level, args, ctx) => level.product ?? productOf(level, args, ctx),
  location: locationOf,
};
