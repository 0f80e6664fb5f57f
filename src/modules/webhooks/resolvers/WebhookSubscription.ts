import { toGlobalId } from '../../../graphql/global-id';
import type { WebhookSubscriptionResolvers } from './../../types.generated';

export const WebhookSubscription: WebhookSubscriptionResolvers = {
  id: (subscription) => toGlobalId('WebhookSubscription', subscription.id),
  createdBy: async (subscription, _args, ctx) => {
    if (subscription.createdByUserId) {
      const user = await ctx.loaders.userById.load(subscription.createdByUserId);
      return user && { ...user, __typename: 'User' as const };
    }
    if (subscription.createdByApiKeyId) {
      const apiKey = await ctx.loaders.apiKeyById.load(subscription.createdByApiKeyId);
      return apiKey && { ...apiKey, __typename: 'ApiKey' as const };
    }
    return null;
  },
};
