import type { UserError } from '../../../../shared/errors';
import { decode, decodeOrderLines, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const updatePurchaseOrder: NonNullable<MutationResolvers['updatePurchaseOrder']> = async (
  _parent,
  { input },
  ctx,
) => {
  const { idempotencyKey, ...details } = input;
  const errors: UserError[] = [];
  const purchaseOrderId = decode(errors, details.purchaseOrderId, 'PurchaseOrder', ['purchaseOrderId']);
  const locationId = details.locationId ? decode(errors, details.locationId, 'Location', ['locationId']) : null;
  const lines = details.lines ? decodeOrderLines(errors, details.lines) : null;
  if (errors.length > 0) return rejected(errors);
  return ctx.services.purchaseOrders.update(
    ctx.viewer,
    { ...details, purchaseOrderId, locationId, lines },
    idempotencyKey,
  );
};
