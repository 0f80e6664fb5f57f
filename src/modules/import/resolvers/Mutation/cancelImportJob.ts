import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const cancelImportJob: NonNullable<MutationResolvers['cancelImportJob']> = async (_parent, { input }, ctx) => {
  const id = inputIdOf(input.id, 'ImportJob');
  if (typeof id !== 'string') return { importJob: null, userErrors: [id] };
  return ctx.services.importJobs.cancel(ctx.viewer, id);
};
