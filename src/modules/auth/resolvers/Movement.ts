import type { MovementResolvers } from './../../types.generated';

export const Movement: Pick<MovementResolvers, 'recordedBy' | '__isTypeOf'> = {
  recordedBy: async (movement, _args, ctx) => {
    if (movement.recordedByUserId) {
      const user = await ctx.loaders.userById.load(movement.recordedByUserId);
      return user && { ...user, __typename: 'User' as const };
    }
    if (movement.recordedByApiKeyId) {
      const apiKey = await ctx.loaders.apiKeyById.load(movement.recordedByApiKeyId);
      return apiKey && { ...apiKey, __typename: 'ApiKey' as const };
    }
    return null;
  },
};
