import type { LowStockConnectionResolvers } from './../../types.generated';

export const LowStockConnection: LowStockConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
