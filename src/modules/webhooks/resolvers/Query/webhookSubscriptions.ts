import { pageArgs } from '../../../../graphql/connection';
import type { QueryResolvers } from './../../../types.generated';

export const webhookSubscriptions: NonNullable<QueryResolvers['webhookSubscriptions']> = (_parent, args, ctx) =>
  ctx.services.webhooks.listSubscriptions(ctx.viewer, pageArgs(args));
