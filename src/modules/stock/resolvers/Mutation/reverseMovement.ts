import { decodeIds, movementPayload, rejected } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const reverseMovement: NonNullable<MutationResolvers['reverseMovement']> = async (_parent, { input }, ctx) => {
  const { movementId, idempotencyKey, ...details } = input;
  const { ids, errors } = decodeIds({ movementId: [movementId, 'Movement'] });
  if (errors.length > 0) return rejected(errors);
  return movementPayload(
    await ctx.services.stock.reverse(ctx.viewer, { ...details, movementId: ids.movementId! }, idempotencyKey),
  );
};
