import { idOf } from '../../../../graphql/global-id';
import type { ImportJobMapper } from '../../schema.mappers';
import type { SubscriptionResolvers } from './../../../types.generated';

export const importJobProgress: NonNullable<SubscriptionResolvers['importJobProgress']> = {
  subscribe: (_parent, { id }, ctx) => ctx.services.importJobs.follow(ctx.viewer, idOf(id, 'ImportJob')),
  resolve: (job: ImportJobMapper) => job,
};
