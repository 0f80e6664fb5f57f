import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const purchaseOrder: NonNullable<QueryResolvers['purchaseOrder']> = (_parent, args, ctx) =>
  ctx.loaders.purchaseOrderById.load(idOf(args.id, 'PurchaseOrder'));
