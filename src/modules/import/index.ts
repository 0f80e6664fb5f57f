// Bulk import: the importers (run.ts), the command line's building blocks, and the background jobs
// behind POST /imports/{kind}.
export { ImportJobRunner, type ImportRunnerOptions } from './jobs/runner';
export { ImportJobService, ImportRefusal, type ImportJobOptions, type UploadRequest } from './jobs/service';
export * from './types';
// The importers' entry point (the command line, the jobs) and the reader every importer uses.
export { runImport } from './run';
export { openSource, fileDigest, type Source, type SourceRow } from './source';
