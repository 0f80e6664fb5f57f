import type { MutationResolvers } from './../../../types.generated';

export const createLocation: NonNullable<MutationResolvers['createLocation']> = (_parent, { input }, ctx) =>
  ctx.services.locations.createLocation(ctx.viewer!, input);
