import type { MutationResolvers } from './../../../types.generated';

export const createWebhookSubscription: NonNullable<MutationResolvers['createWebhookSubscription']> = (
  _parent,
  { input },
  ctx,
) => ctx.services.webhooks.createSubscription(ctx.viewer, input);
