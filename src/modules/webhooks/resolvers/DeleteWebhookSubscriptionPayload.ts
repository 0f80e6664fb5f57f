import { toGlobalId } from '../../../graphql/global-id';
import type { DeleteWebhookSubscriptionPayloadResolvers } from './../../types.generated';

export const DeleteWebhookSubscriptionPayload: DeleteWebhookSubscriptionPayloadResolvers = {
  deletedSubscriptionId: ({ subscription }) => subscription && toGlobalId('WebhookSubscription', subscription.id),
};
