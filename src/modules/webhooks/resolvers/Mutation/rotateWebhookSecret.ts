import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const rotateWebhookSecret: NonNullable<MutationResolvers['rotateWebhookSecret']> = async (
  _parent,
  { input },
  ctx,
) => {
  const id = inputIdOf(input.id, 'WebhookSubscription');
  if (typeof id !== 'string') return { subscription: null, secret: null, userErrors: [id] };
  return ctx.services.webhooks.rotateSecret(ctx.viewer, id);
};
