import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const webhookSubscription: NonNullable<QueryResolvers['webhookSubscription']> = (_parent, { id }, ctx) =>
  ctx.services.webhooks.subscription(ctx.viewer, idOf(id, 'WebhookSubscription'));
