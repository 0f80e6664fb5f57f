import type { LowStockAlertResolvers } from './../../types.generated';

/** An alert names rows that exist (the event's foreign keys); a miss is a fault. */
async function must<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw new Error(`${what} is missing`);
  return found;
}

export const LowStockAlert: LowStockAlertResolvers = {
  product: (alert, _args, ctx) => must(ctx.loaders.productById.load(alert.productId), `product ${alert.productId}`),
  location: (alert, _args, ctx) =>
    alert.locationId ? must(ctx.loaders.locationById.load(alert.locationId), `location ${alert.locationId}`) : null,
};
