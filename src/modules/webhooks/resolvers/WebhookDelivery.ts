import { toGlobalId } from '../../../graphql/global-id';
import { webhookId } from '../delivery/send';
import type { WebhookDeliveryResolvers } from './../../types.generated';

export const WebhookDelivery: WebhookDeliveryResolvers = {
  id: (delivery) => toGlobalId('WebhookDelivery', delivery.id),
  webhookId: (delivery) => webhookId(delivery.id),
  eventType: (delivery) => delivery.event.type,
  eventSequence: (delivery) => String(delivery.eventId),
  body: (delivery, _args, ctx) => ctx.services.webhooks.bodyOf(delivery),
  attemptCount: (delivery) => delivery.attempts,
  nextAttemptAt: (delivery) => (delivery.status === 'PENDING' ? delivery.nextAttemptAt : null),
  attempts: (delivery) => delivery.attemptLog,
};
