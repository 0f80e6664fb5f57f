import { pageArgs } from '../../../../graphql/connection';
import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const purchaseOrders: NonNullable<QueryResolvers['purchaseOrders']> = (_parent, args, ctx) => {
  const { productId, locationId, ...filter } = args.filter ?? {};
  return ctx.services.purchaseOrders.list(
    {
      ...filter,
      productId: productId ? idOf(productId, 'Product', 'filter.productId') : null,
      locationId: locationId ? idOf(locationId, 'Location', 'filter.locationId') : null,
    },
    pageArgs(args),
  );
};
