import { actorOf } from '../../../graphql/actor';
import { toGlobalId } from '../../../graphql/global-id';
import type { WebhookSubscriptionResolvers } from './../../types.generated';

export const WebhookSubscription: WebhookSubscriptionResolvers = {
  id: (subscription) => toGlobalId('WebhookSubscription', subscription.id),
  createdBy: (subscription, _args, ctx) =>
    actorOf({ userId: subscription.createdByUserId, apiKeyId: subscription.createdByApiKeyId }, ctx),
};
