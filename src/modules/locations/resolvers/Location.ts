import { toGlobalId } from '../../../graphql/global-id';
import type { LocationResolvers } from './../../types.generated';

export const Location: Pick<
  LocationResolvers,
  | 'active'
  | 'address'
  | 'allocationPriority'
  | 'archivedAt'
  | 'code'
  | 'createdAt'
  | 'id'
  | 'kind'
  | 'name'
  | 'updatedAt'
  | '__isTypeOf'
> = {
  id: (location) => toGlobalId('Location', location.id),
};
