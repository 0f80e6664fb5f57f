import type { StockLevelSnapshotResolvers } from './../../types.generated';
export const StockLevelSnapshot: StockLevelSnapshotResolvers = {/* Implement StockLevelSnapshot resolver logic here */};
