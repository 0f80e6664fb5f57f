import { pageArgs } from '../../../graphql/connection';
import { locationsReadIn } from './resolve';
import type { LocationResolvers } from './../../types.generated';

export const Location: Pick<LocationResolvers, 'movements' | 'stockAsOf' | 'stockLevels' | '__isTypeOf'> = {
  stockLevels: (location, args, ctx) => ctx.services.stockQueries.levelsAtLocation(location.id, pageArgs(args)),
  movements: (location, args, ctx) =>
    ctx.services.stockQueries.listMovements({ locationId: location.id }, pageArgs(args), locationsReadIn(ctx)),
  stockAsOf: (location, { at }, ctx) => ctx.services.stockQueries.locationStockAsOf(location.id, at),
};
