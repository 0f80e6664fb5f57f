import type { MutationResolvers } from './../../../types.generated';

export const createApiKey: NonNullable<MutationResolvers['createApiKey']> = (_parent, { input }, ctx) =>
  ctx.services.auth.createApiKey(ctx.viewer!, input);
