import { pageArgs } from '../../../../graphql/connection';
import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const webhookDeliveries: NonNullable<QueryResolvers['webhookDeliveries']> = (_parent, args, ctx) =>
  ctx.services.webhooks.listDeliveries(
    ctx.viewer,
    {
      subscriptionId: args.subscriptionId ? idOf(args.subscriptionId, 'WebhookSubscription', 'subscriptionId') : null,
      status: args.status,
    },
    pageArgs(args),
  );
