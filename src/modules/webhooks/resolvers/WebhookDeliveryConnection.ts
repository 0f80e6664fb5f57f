import type { WebhookDeliveryConnectionResolvers } from './../../types.generated';

export const WebhookDeliveryConnection: WebhookDeliveryConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
