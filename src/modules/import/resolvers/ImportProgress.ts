import { isEnded } from '../jobs/service';
import type { ImportProgressResolvers } from './../../types.generated';

export const ImportProgress: ImportProgressResolvers = {
  bytesRead: (job) => Number(job.bytesRead),
  bytesTotal: (job) => Number(job.bytes),
  fraction: (job) => {
    if (isEnded(job)) return 1;
    return job.bytes > 0n ? Math.min(1, Number(job.bytesRead) / Number(job.bytes)) : 0;
  },
};
