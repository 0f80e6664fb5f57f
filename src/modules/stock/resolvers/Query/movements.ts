import { pageArgs } from '../../../../graphql/connection';
import { idOf } from '../../../../graphql/global-id';
import { locationsReadIn } from '../resolve';
import type { QueryResolvers } from './../../../types.generated';

export const movements: NonNullable<QueryResolvers['movements']> = (_parent, args, ctx) => {
  const { productId, locationId, ...filter } = args.filter ?? {};
  return ctx.services.stockQueries.listMovements(
    {
      ...filter,
      productId: productId ? idOf(productId, 'Product', 'filter.productId') : null,
      locationId: locationId ? idOf(locationId, 'Location', 'filter.locationId') : null,
    },
    pageArgs(args),
    locationsReadIn(ctx),
  );
};
