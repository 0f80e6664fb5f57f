import type { TransferConnectionResolvers } from './../../types.generated';

export const TransferConnection: TransferConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
