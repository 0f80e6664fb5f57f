import type { UserError } from '../../../../shared/errors';
import { decode, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const receivePurchaseOrder: NonNullable<MutationResolvers['receivePurchaseOrder']> = async (
  _parent,
  { input },
  ctx,
) => {
  const errors: UserError[] = [];
  const purchaseOrderId = decode(errors, input.purchaseOrderId, 'PurchaseOrder', ['purchaseOrderId']);
  const lines = input.lines.map((line, index) => ({
    lineId: decode(errors, line.lineId, 'PurchaseOrderLine', ['lines', String(index), 'lineId']),
    quantity: line.quantity,
    state: line.state ?? 'AVAILABLE',
    unitCost: line.unitCost ?? null,
  }));
  if (errors.length > 0) return rejected(errors);
  return ctx.services.purchaseOrders.receive(ctx.viewer, { purchaseOrderId, lines }, input.idempotencyKey);
};
