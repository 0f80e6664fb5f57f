import type { ApiKeyConnectionResolvers } from './../../types.generated';

export const ApiKeyConnection: ApiKeyConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
