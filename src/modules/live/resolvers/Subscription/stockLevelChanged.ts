import type { LevelsChange } from '../../service';
import { idOf } from '../../../../graphql/global-id';
import type { SubscriptionResolvers } from './../../../types.generated';

export const stockLevelChanged: NonNullable<SubscriptionResolvers['stockLevelChanged']> = {
  subscribe: (_parent, args, ctx) =>
    ctx.services.live.stockLevelChanges({
      productIds: args.productIds?.map((id) => idOf(id, 'Product', 'productIds')),
      locationIds: args.locationIds?.map((id) => idOf(id, 'Location', 'locationIds')),
    }),
  resolve: (change: LevelsChange) => change,
};
