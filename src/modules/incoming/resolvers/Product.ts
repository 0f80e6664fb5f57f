import { incomingKey, totalOf } from '../incoming';
import type { ProductResolvers } from './../../types.generated';

// Loaded only when selected: a catalogue page that does not ask for incoming runs no statement for it.
export const Product: Pick<ProductResolvers, 'incoming' | 'incomingSchedule' | '__isTypeOf'> = {
  incoming: async (product, _args, ctx) =>
    totalOf(await ctx.loaders.incomingSchedule.load(incomingKey(product.id, null))),
  incomingSchedule: (product, _args, ctx) => ctx.loaders.incomingSchedule.load(incomingKey(product.id, null)),
};
