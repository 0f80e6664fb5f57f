import type { ImportJobConnectionResolvers } from './../../types.generated';

export const ImportJobConnection: ImportJobConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
