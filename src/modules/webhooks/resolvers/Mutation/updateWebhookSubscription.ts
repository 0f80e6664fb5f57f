import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const updateWebhookSubscription: NonNullable<MutationResolvers['updateWebhookSubscription']> = async (
  _parent,
  { input },
  ctx,
) => {
  const id = inputIdOf(input.id, 'WebhookSubscription');
  if (typeof id !== 'string') return { subscription: null, userErrors: [id] };
  return ctx.services.webhooks.updateSubscription(ctx.viewer, id, input);
};
