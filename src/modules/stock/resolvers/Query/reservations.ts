import { pageArgs } from '../../../../graphql/connection';
import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const reservations: NonNullable<QueryResolvers['reservations']> = (_parent, args, ctx) => {
  const { productId, locationId, ...filter } = args.filter ?? {};
  return ctx.services.reservationQueries.list(
    {
      ...filter,
      productId: productId ? idOf(productId, 'Product', 'filter.productId') : null,
      locationId: locationId ? idOf(locationId, 'Location', 'filter.locationId') : null,
    },
    pageArgs(args),
  );
};
