import type { LowStockItemResolvers } from './../../types.generated';

export const LowStockItem: LowStockItemResolvers = {
  product: async (item, _args, ctx) => {
    const product = await ctx.loaders.productById.load(item.productId);
    if (!product) throw new Error(`product ${item.productId} is missing`);
    return product;
  },
  location: (item, _args, ctx) => (item.locationId ? ctx.loaders.locationById.load(item.locationId) : null),
};
