import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const redeliverWebhook: NonNullable<MutationResolvers['redeliverWebhook']> = async (_parent, { input }, ctx) => {
  const id = inputIdOf(input.deliveryId, 'WebhookDelivery', ['deliveryId']);
  if (typeof id !== 'string') return { delivery: null, userErrors: [id] };
  return ctx.services.webhooks.redeliver(ctx.viewer, id);
};
