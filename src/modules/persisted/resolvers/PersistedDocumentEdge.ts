import type { PersistedDocumentEdgeResolvers } from './../../types.generated';

export const PersistedDocumentEdge: PersistedDocumentEdgeResolvers = {};
