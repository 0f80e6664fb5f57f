import type { ImportRowErrorConnectionResolvers } from './../../types.generated';

export const ImportRowErrorConnection: ImportRowErrorConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
