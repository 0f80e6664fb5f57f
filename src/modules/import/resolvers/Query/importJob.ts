import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const importJob: NonNullable<QueryResolvers['importJob']> = (_parent, { id }, ctx) =>
  ctx.services.importJobs.job(ctx.viewer, idOf(id, 'ImportJob'));
