import type { PurchaseOrderSnapshotResolvers } from './../../types.generated';
export const PurchaseOrderSnapshot: PurchaseOrderSnapshotResolvers = {
  /* Implement PurchaseOrderSnapshot resolver logic here */
};
