import type { StockLevelConnectionResolvers } from './../../types.generated';

export const StockLevelConnection: StockLevelConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
