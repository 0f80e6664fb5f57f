import type { UserError } from '../../../../shared/errors';
import { decode, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const placePurchaseOrder: NonNullable<MutationResolvers['placePurchaseOrder']> = async (
  _parent,
  { input },
  ctx,
) => {
  const errors: UserError[] = [];
  const purchaseOrderId = decode(errors, input.purchaseOrderId, 'PurchaseOrder', ['purchaseOrderId']);
  if (errors.length > 0) return rejected(errors);
  return ctx.services.purchaseOrders.place(ctx.viewer, { purchaseOrderId }, input.idempotencyKey);
};
