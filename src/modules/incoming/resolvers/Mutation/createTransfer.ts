import type { UserError } from '../../../../shared/errors';
import { decode, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const createTransfer: NonNullable<MutationResolvers['createTransfer']> = async (_parent, { input }, ctx) => {
  const { idempotencyKey, ...details } = input;
  const errors: UserError[] = [];
  const fromLocationId = decode(errors, details.fromLocationId, 'Location', ['fromLocationId']);
  const toLocationId = decode(errors, details.toLocationId, 'Location', ['toLocationId']);
  const lines = details.lines.map((line, index) => ({
    productId: decode(errors, line.productId, 'Product', ['lines', String(index), 'productId']),
    quantity: line.quantity,
  }));
  if (errors.length > 0) return rejected(errors);
  const request = { ...details, fromLocationId, toLocationId, lines };
  return ctx.services.transfers.create(ctx.viewer, request, idempotencyKey);
};
