import { actorOf } from '../../../graphql/actor';
import { toGlobalId } from '../../../graphql/global-id';
import type { ImportJobResolvers } from './../../types.generated';

export const ImportJob: ImportJobResolvers = {
  id: (job) => toGlobalId('ImportJob', job.id),
  columnMap: (job) =>
    Object.entries(job.columnMap as Record<string, string>).map(([column, fileColumn]) => ({ column, fileColumn })),
  progress: (job) => job,
  rowErrors: (job, args, ctx) => ctx.services.importJobs.rowErrors(job.id, args),
  error: (job) => (job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? '' } : null),
  createdBy: (job, _args, ctx) => actorOf({ userId: job.createdByUserId, apiKeyId: job.createdByApiKeyId }, ctx),
};
