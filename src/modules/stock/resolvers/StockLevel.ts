import { available } from '../available';
import { locationOf, productOf } from './resolve';
import type { StockLevelResolvers } from './../../types.generated';

export const StockLevel: StockLevelResolvers = {
  product: productOf,
  location: locationOf,
  available: (level) => available(level),
};
