import type { WebhookSubscriptionConnectionResolvers } from './../../types.generated';

export const WebhookSubscriptionConnection: WebhookSubscriptionConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
