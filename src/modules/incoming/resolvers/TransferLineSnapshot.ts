import type { TransferLineSnapshotResolvers } from './../../types.generated';
export const TransferLineSnapshot: TransferLineSnapshotResolvers = {
  /* Implement TransferLineSnapshot resolver logic here */
};
