import type { InventoryValuationRowResolvers } from './../../types.generated';

export const InventoryValuationRow: InventoryValuationRowResolvers = {
  product: (row, _args, ctx) => (row.productId ? ctx.loaders.productById.load(row.productId) : null),
  location: (row, _args, ctx) => (row.locationId ? ctx.loaders.locationById.load(row.locationId) : null),
};
