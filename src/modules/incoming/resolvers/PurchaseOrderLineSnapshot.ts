import type { PurchaseOrderLineSnapshotResolvers } from './../../types.generated';
export const PurchaseOrderLineSnapshot: PurchaseOrderLineSnapshotResolvers = {
  /* Implement PurchaseOrderLineSnapshot resolver logic here */
};
