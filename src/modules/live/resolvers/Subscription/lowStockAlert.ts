import type { ReorderAlert } from '../../service';
import { idOf } from '../../../../graphql/global-id';
import type { SubscriptionResolvers } from './../../../types.generated';

export const lowStockAlert: NonNullable<SubscriptionResolvers['lowStockAlert']> = {
  subscribe: (_parent, args, ctx) =>
    ctx.services.live.reorderAlerts(args.locationId ? idOf(args.locationId, 'Location', 'locationId') : undefined),
  resolve: (alert: ReorderAlert) => alert,
};
