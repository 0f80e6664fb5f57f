import type { TransferSnapshotResolvers } from './../../types.generated';
export const TransferSnapshot: TransferSnapshotResolvers = {/* Implement TransferSnapshot resolver logic here */};
