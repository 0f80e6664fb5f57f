import type { UserError } from '../../../../shared/errors';
import { decode, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const receiveTransfer: NonNullable<MutationResolvers['receiveTransfer']> = async (_parent, { input }, ctx) => {
  const errors: UserError[] = [];
  const transferId = decode(errors, input.transferId, 'Transfer', ['transferId']);
  const lines = input.lines.map((line, index) => ({
    productId: decode(errors, line.productId, 'Product', ['lines', String(index), 'productId']),
    quantity: line.quantity,
    state: line.state ?? 'AVAILABLE',
  }));
  if (errors.length > 0) return rejected(errors);
  return ctx.services.transfers.receive(ctx.viewer, { transferId, lines }, input.idempotencyKey);
};
