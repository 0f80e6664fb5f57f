import type { UserError } from '../../../../shared/errors';
import { decode, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const closeTransfer: NonNullable<MutationResolvers['closeTransfer']> = async (_parent, { input }, ctx) => {
  const errors: UserError[] = [];
  const transferId = decode(errors, input.transferId, 'Transfer', ['transferId']);
  if (errors.length > 0) return rejected(errors);
  return ctx.services.transfers.close(ctx.viewer, { transferId, reason: input.reason }, input.idempotencyKey);
};
