import { pageArgs } from '../../../graphql/connection';
import { fieldsBelow } from '../../../graphql/selection';
import { productFieldsRead, type ProductRow } from '../../catalog';
import { locationsReadIn } from './resolve';
import type { LocationResolvers } from './../../types.generated';

export const Location: Pick<LocationResolvers, 'movements' | 'stockAsOf' | 'stockLevels' | '__isTypeOf'> = {
  stockLevels: (location, args, ctx) => ctx.services.stockQueries.levelsAtLocation(location.id, pageArgs(args)),
  movements: (location, args, ctx) =>
    ctx.services.stockQueries.listMovements({ locationId: location.id }, pageArgs(args), locationsReadIn(ctx)),
  stockAsOf: (location, { at }, ctx, info) => {
    // A snapshot names thousands of products. When its levels show only fields of theirs that the
    // catalogue knows the columns of, only those columns are read; otherwise whole rows, by id.
    const shown = fieldsBelow(info, ['levels', 'product']);
    const fields = shown.size > 0 ? productFieldsRead(shown) : undefined;
    const productsOf =
      shown.size === 0
        ? undefined
        : fields
          ? (ids: string[]) => ctx.services.catalog.productsReading(ids, fields)
          : async (ids: string[]) =>
              (await ctx.loaders.productById.loadMany(ids)).filter(
                (product): product is ProductRow => product !== null && !(product instanceof Error),
              );
    return ctx.services.stockQueries.locationStockAsOf(location.id, at, productsOf);
  },
};
