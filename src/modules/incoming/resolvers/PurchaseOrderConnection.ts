import type { PurchaseOrderConnectionResolvers } from './../../types.generated';

export const PurchaseOrderConnection: PurchaseOrderConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
