import type { MutationResolvers } from './../../../types.generated';

export const createUser: NonNullable<MutationResolvers['createUser']> = (_parent, { input }, ctx) =>
  ctx.services.auth.createUser(ctx.viewer!, input);
