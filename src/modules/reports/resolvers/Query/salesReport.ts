import { idOf } from '../../../../graphql/global-id';
import { DEFAULT_PAGE_SIZE } from '../../../../shared/pagination';
import type { QueryResolvers } from './../../../types.generated';

export const salesReport: NonNullable<QueryResolvers['salesReport']> = (_parent, args, ctx) =>
  ctx.services.sales.salesReport({
    from: args.from,
    to: args.to,
    groupBy: args.groupBy,
    orderBy: args.orderBy,
    first: args.first ?? DEFAULT_PAGE_SIZE,
    productId: args.productId ? idOf(args.productId, 'Product', 'productId') : null,
    locationId: args.locationId ? idOf(args.locationId, 'Location', 'locationId') : null,
    category: args.category,
    counterparty: args.counterparty,
  });
