import { toGlobalId } from '../../../graphql/global-id';
import type { UserResolvers } from './../../types.generated';

export const User: UserResolvers = {
  id: (user) => toGlobalId('User', user.id),
};
