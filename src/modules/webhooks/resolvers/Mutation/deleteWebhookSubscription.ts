import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const deleteWebhookSubscription: NonNullable<MutationResolvers['deleteWebhookSubscription']> = async (
  _parent,
  { input },
  ctx,
) => {
  const id = inputIdOf(input.id, 'WebhookSubscription');
  if (typeof id !== 'string') return { subscription: null, userErrors: [id] };
  return ctx.services.webhooks.deleteSubscription(ctx.viewer, id);
};
