import type { MutationResolvers } from './../../../types.generated';

export const registerPersistedDocuments: NonNullable<MutationResolvers['registerPersistedDocuments']> = (
  _parent,
  { input },
  ctx,
) => ctx.services.persisted.register(ctx.viewer, input.manifest);
