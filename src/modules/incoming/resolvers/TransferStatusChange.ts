import { actorOf } from './inputs';
import type { TransferStatusChangeResolvers } from './../../types.generated';

export const TransferStatusChange: TransferStatusChangeResolvers = {
  actor: (change, _args, ctx) => actorOf(change, ctx),
};
