import type { LocationConnectionResolvers } from './../../types.generated';

export const LocationConnection: LocationConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
