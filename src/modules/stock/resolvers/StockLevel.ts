import { available } from '../available';
import { levelKey } from '../loaders';
import { locationOf, productOf } from './resolve';
import type { StockLevelResolvers } from './../../types.generated';

export const StockLevel: StockLevelResolvers = {
  product: productOf,
  location: locationOf,
  available: (level) => available(level),
  reservations: (level, _args, ctx) => ctx.loaders.openReservationsAt.load(levelKey(level)),
};
