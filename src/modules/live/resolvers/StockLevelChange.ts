import type { StockLevelChangeResolvers } from './../../types.generated';

export const StockLevelChange: StockLevelChangeResolvers = {};
