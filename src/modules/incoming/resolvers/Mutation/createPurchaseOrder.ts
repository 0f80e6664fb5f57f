import type { UserError } from '../../../../shared/errors';
import { decode, decodeOrderLines, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const createPurchaseOrder: NonNullable<MutationResolvers['createPurchaseOrder']> = async (
  _parent,
  { input },
  ctx,
) => {
  const { idempotencyKey, ...details } = input;
  const errors: UserError[] = [];
  const locationId = details.locationId ? decode(errors, details.locationId, 'Location', ['locationId']) : null;
  const lines = decodeOrderLines(errors, details.lines);
  if (errors.length > 0) return rejected(errors);
  return ctx.services.purchaseOrders.create(ctx.viewer, { ...details, locationId, lines }, idempotencyKey);
};
