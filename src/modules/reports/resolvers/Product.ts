import { idOf } from '../../../graphql/global-id';
import type { ProductResolvers } from './../../types.generated';

export const Product: Pick<
  ProductResolvers,
  'averageCost' | 'daysOfCover' | 'inventoryValue' | 'similar' | '__isTypeOf'
> = {
  averageCost: async (product, _args, ctx) => (await ctx.loaders.costs.load(product.id)).averageCost,
  daysOfCover: (product, { windowDays, locationId }, ctx) =>
    ctx.loaders
      .daysOfCover({ windowDays, locationId: locationId ? idOf(locationId, 'Location', 'locationId') : null })
      .load(product.id),
  // product_cost holds the company-wide quantity beside the average, so one loader answers both.
  inventoryValue: async (product, _args, ctx) => (await ctx.loaders.costs.load(product.id)).inventoryValue,
  similar: (product, { first, weights: { price, category, text } }, ctx) =>
    ctx.loaders.similarProducts({ first, weights: { price, category, text } }).load(product.id),
};
