import { toGlobalId } from '../../../graphql/global-id';
import { outstanding } from '../purchase-orders';
import { locationOf, productOf } from './inputs';
import type { PurchaseOrderLineResolvers } from './../../types.generated';

const OPEN = new Set(['DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED']);

export const PurchaseOrderLine: PurchaseOrderLineResolvers = {
  id: (line) => toGlobalId('PurchaseOrderLine', line.id),
  location: (line, _args, ctx) => locationOf(line.locationId, ctx),
  outstanding: (line) => (OPEN.has(line.orderStatus) ? outstanding(line) : 0),
  product: productOf,
};
