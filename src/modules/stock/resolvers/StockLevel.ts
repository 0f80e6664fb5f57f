import { available } from '../available';
import { levelKey } from '../loaders';
import { locationOf, productOf } from './resolve';
import type { StockLevelResolvers } from './../../types.generated';

export const StockLevel: Pick<
  StockLevelResolvers,
  | 'available'
  | 'committed'
  | 'damaged'
  | 'location'
  | 'onHand'
  | 'product'
  | 'qualityControl'
  | 'reservations'
  | 'reserved'
  | 'safetyStock'
  | 'updatedAt'
> = {
  product: productOf,
  // A level read with its location answers without a promise (1,000 of them on a catalogue page).
  location: (level, args, ctx) => level.location ?? locationOf(level, args, ctx),
  available: (level) => available(level),
  reservations: (level, _args, ctx) => ctx.loaders.openReservationsAt.load(levelKey(level)),
};
