import { toGlobalId } from '../../../graphql/global-id';
import type { LocationResolvers } from './../../types.generated';

export const Location: LocationResolvers = {
  id: (location) => toGlobalId('Location', location.id),
};
