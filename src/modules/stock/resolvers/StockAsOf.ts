import type { StockAsOfResolvers } from './../../types.generated';
export const StockAsOf: StockAsOfResolvers = {/* Implement StockAsOf resolver logic here */};
