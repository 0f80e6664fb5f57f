import { pageArgs } from '../../../graphql/connection';
import { selectsBelow } from '../../../graphql/selection';
import { locationsReadIn, productsReadIn } from './resolve';
import type { LocationResolvers } from './../../types.generated';

export const Location: Pick<LocationResolvers, 'movements' | 'stockAsOf' | 'stockLevels' | '__isTypeOf'> = {
  stockLevels: (location, args, ctx) => ctx.services.stockQueries.levelsAtLocation(location.id, pageArgs(args)),
  movements: (location, args, ctx) =>
    ctx.services.stockQueries.listMovements({ locationId: location.id }, pageArgs(args), locationsReadIn(ctx)),
  // Each level's product is read with the levels when the operation asks for it.
  stockAsOf: (location, { at }, ctx, info) =>
    ctx.services.stockQueries.locationStockAsOf(
      location.id,
      at,
      selectsBelow(info, ['levels'], ['product']) ? productsReadIn(ctx) : undefined,
    ),
};
