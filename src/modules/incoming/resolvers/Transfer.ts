import { toGlobalId } from '../../../graphql/global-id';
import type { StatusChange } from '../transfers';
import { locationOf } from './inputs';
import type { TransferResolvers } from './../../types.generated';

export const Transfer: TransferResolvers = {
  id: (transfer) => toGlobalId('Transfer', transfer.id),
  fromLocation: (transfer, _args, ctx) => locationOf(transfer.fromLocationId, ctx),
  toLocation: (transfer, _args, ctx) => locationOf(transfer.toLocationId, ctx),
  history: ({ history }) => history as unknown as StatusChange[],
};
