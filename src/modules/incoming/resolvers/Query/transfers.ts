import { pageArgs } from '../../../../graphql/connection';
import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const transfers: NonNullable<QueryResolvers['transfers']> = (_parent, args, ctx) => {
  const { productId, locationId, ...filter } = args.filter ?? {};
  return ctx.services.transfers.list(
    {
      ...filter,
      productId: productId ? idOf(productId, 'Product', 'filter.productId') : null,
      locationId: locationId ? idOf(locationId, 'Location', 'filter.locationId') : null,
    },
    pageArgs(args),
  );
};
