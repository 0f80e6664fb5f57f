import { idOf } from '../../../../graphql/global-id';
import { offsetWindow } from '../../../../shared/offset-page';
import type { QueryResolvers } from './../../../types.generated';

export const inventoryValuation: NonNullable<QueryResolvers['inventoryValuation']> = (
  _parent,
  { at, locationId, category, groupBy, first, after },
  ctx,
) =>
  ctx.services.valuation.inventoryValuation(
    {
      at,
      locationId: locationId ? idOf(locationId, 'Location', 'locationId') : null,
      category,
      groupBy,
    },
    offsetWindow({ first, after }),
  );
