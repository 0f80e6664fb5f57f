import type { SimilarProductResolvers } from './../../types.generated';

export const SimilarProduct: SimilarProductResolvers = {
  product: async (match, _args, ctx) => {
    const product = await ctx.loaders.productById.load(match.productId);
    if (!product) throw new Error(`product ${match.productId} is missing`);
    return product;
  },
};
