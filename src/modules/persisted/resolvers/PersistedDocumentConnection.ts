import type { PersistedDocumentConnectionResolvers } from './../../types.generated';

export const PersistedDocumentConnection: PersistedDocumentConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
