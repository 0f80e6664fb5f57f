import { pageArgs } from '../../../graphql/connection';
import { selectsBelow } from '../../../graphql/selection';
import { locationsReadIn } from './resolve';
import type { LocationResolvers } from './../../types.generated';

export const Location: Pick<LocationResolvers, 'movements' | 'stockAsOf' | 'stockLevels' | '__isTypeOf'> = {
  stockLevels: (location, args, ctx) => ctx.services.stockQueries.levelsAtLocation(location.id, pageArgs(args)),
  movements: (location, args, ctx) =>
    ctx.services.stockQueries.listMovements({ locationId: location.id }, pageArgs(args), locationsReadIn(ctx)),
  stockAsOf: (location, { at }, ctx, info) =>
    ctx.services.stockQueries.locationStockAsOf(
      location.id,
      at,
      selectsBelow(info, ['levels'], ['product']) ? (ids) => ctx.loaders.productById.loadMany(ids) : undefined,
    ),
};
