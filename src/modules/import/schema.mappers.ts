// Import job GraphQL types are backed by the Prisma rows and the service's pages.
import type { ImportJob, ImportRowError } from '../../generated/prisma/client';
import type { MutationResult } from '../../shared/errors';
import type { Page } from '../../shared/pagination';

export type ImportJobMapper = ImportJob;
export type ImportJobConnectionMapper = Page<ImportJob>;
export type ImportRowErrorMapper = ImportRowError;
export type ImportRowErrorConnectionMapper = Page<ImportRowError>;
/** A job's progress is read from the job's own columns. */
export type ImportProgressMapper = ImportJob;
export type CancelImportJobPayloadMapper = MutationResult<'importJob', ImportJob>;
