import { idOf } from '../../../../graphql/global-id';
import { offsetWindow } from '../../../../shared/offset-page';
import type { QueryResolvers } from './../../../types.generated';

export const lowStock: NonNullable<QueryResolvers['lowStock']> = (_parent, { locationId, category, ...page }, ctx) =>
  ctx.services.lowStock.page(
    { locationId: locationId ? idOf(locationId, 'Location', 'locationId') : null, category },
    offsetWindow(page),
  );
