// Persisted-document GraphQL types are backed by Prisma rows and the service's results.
import type { PersistedDocument } from '../../generated/prisma/client';
import type { Page } from '../../shared/pagination';
import type { RegistrationResult } from './service';

export type PersistedDocumentMapper = PersistedDocument;
export type PersistedDocumentConnectionMapper = Page<PersistedDocument>;
export type RegisterPersistedDocumentsPayloadMapper = RegistrationResult;
