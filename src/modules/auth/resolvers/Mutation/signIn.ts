import type { MutationResolvers } from './../../../types.generated';

export const signIn: NonNullable<MutationResolvers['signIn']> = (_parent, { input }, ctx) =>
  ctx.services.auth.signIn(input.email, input.password, ctx.clientAddress);
