import { documentIdOf } from '../manifest';
import type { OperationType, PersistedDocumentResolvers } from './../../types.generated';

export const PersistedDocument: PersistedDocumentResolvers = {
  documentId: (document) => documentIdOf(document.hash),
  // Stored as graphql-js spells it (query, mutation, subscription).
  operationType: (document) => document.operationType.toUpperCase() as OperationType,
};
