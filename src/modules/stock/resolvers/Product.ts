import { pageArgs, samePage } from '../../../graphql/connection';
import { idOf } from '../../../graphql/global-id';
import { locationsReadIn } from './resolve';
import type { ProductResolvers } from './../../types.generated';

export const Product: Pick<
  ProductResolvers,
  | 'available'
  | 'committed'
  | 'damaged'
  | 'movements'
  | 'onHand'
  | 'qualityControl'
  | 'reserved'
  | 'safetyStock'
  | 'stockAsOf'
  | 'stockLevels'
  | '__isTypeOf'
> = {
  onHand: async (product, _args, ctx) => (await ctx.loaders.stockTotals.load(product.id)).onHand,
  reserved: async (product, _args, ctx) => (await ctx.loaders.stockStates.load(product.id)).reserved,
  committed: async (product, _args, ctx) => (await ctx.loaders.stockStates.load(product.id)).committed,
  damaged: async (product, _args, ctx) => (await ctx.loaders.stockStates.load(product.id)).damaged,
  qualityControl: async (product, _args, ctx) => (await ctx.loaders.stockStates.load(product.id)).qualityControl,
  safetyStock: async (product, _args, ctx) => (await ctx.loaders.stockStates.load(product.id)).safetyStock,
  // Summed over the levels in SQL by the one definition (stock/available.ts).
  available: async (product, _args, ctx) => (await ctx.loaders.stockTotals.load(product.id)).available,
  stockLevels: (product, { locationId }, ctx) =>
    locationId
      ? ctx.loaders.stockLevelsAt(idOf(locationId, 'Location', 'locationId')).load(product.id)
      : ctx.loaders.stockLevels.load(product.id),
  movements: (product, args, ctx) => {
    const page = pageArgs(args);
    // Read with the product when the page asked for these arguments (Query.product looks ahead).
    const ahead = ctx.loaders.movementsReadAhead.get(product.id);
    const rows = ahead && samePage(ahead.page, page) ? ahead.rows : undefined;
    return ctx.services.stockQueries.listMovements({ productId: product.id }, page, locationsReadIn(ctx), rows);
  },
  stockAsOf: (product, { at, locationId }, ctx) =>
    ctx.services.stockQueries.productStockAsOf(
      product.id,
      at,
      locationId ? idOf(locationId, 'Location', 'locationId') : undefined,
      locationsReadIn(ctx),
    ),
};
