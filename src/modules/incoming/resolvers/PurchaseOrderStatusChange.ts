import { actorOf } from './inputs';
import type { PurchaseOrderStatusChangeResolvers } from './../../types.generated';

export const PurchaseOrderStatusChange: PurchaseOrderStatusChangeResolvers = {
  actor: (change, _args, ctx) => actorOf(change, ctx),
};
