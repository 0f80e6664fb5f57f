import { pageArgs } from '../../../graphql/connection';
import type { LocationResolvers } from './../../types.generated';

export const Location: Pick<LocationResolvers, 'movements' | 'stockAsOf' | 'stockLevels' | '__isTypeOf'> = {
  stockLevels: (location, args, ctx) => ctx.services.stockQueries.levelsAtLocation(location.id, pageArgs(args)),
  movements: (location, args, ctx) =>
    ctx.services.stockQueries.listMovements({ locationId: location.id }, pageArgs(args)),
  stockAsOf: (location, { at }, ctx) => ctx.services.stockQueries.locationStockAsOf(location.id, at),
};
