import type { UserConnectionResolvers } from './../../types.generated';

export const UserConnection: UserConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
