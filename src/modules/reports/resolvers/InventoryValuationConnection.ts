import type { InventoryValuationConnectionResolvers } from './../../types.generated';

export const InventoryValuationConnection: InventoryValuationConnectionResolvers = {
  totalCount: (valuation) => valuation.countAll(),
};
