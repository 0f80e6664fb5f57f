import type { MutationResolvers } from './../../../types.generated';

export const changePassword: NonNullable<MutationResolvers['changePassword']> = (_parent, { input }, ctx) =>
  ctx.services.auth.changePassword(ctx.viewer!, input.currentPassword, input.newPassword);
