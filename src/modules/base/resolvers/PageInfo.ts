import type { PageInfoResolvers } from './../../types.generated';

export const PageInfo: PageInfoResolvers = {
  hasNextPage: (bounds) => bounds.checkNextPage(),
  hasPreviousPage: (bounds) => bounds.checkPreviousPage(),
};
