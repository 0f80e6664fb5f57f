import { incomingKey, totalOf } from '../incoming';
import type { StockLevelResolvers } from './../../types.generated';

// Loaded only when selected: a page of levels that does not ask for incoming runs no statement for it.
export const StockLevel: Pick<StockLevelResolvers, 'incoming' | 'incomingSchedule'> = {
  incoming: async (level, _args, ctx) =>
    totalOf(await ctx.loaders.incomingSchedule.load(incomingKey(level.productId, level.locationId))),
  incomingSchedule: (level, _args, ctx) =>
    ctx.loaders.incomingSchedule.load(incomingKey(level.productId, level.locationId)),
};
