import { toGlobalId } from '../../../graphql/global-id';
import type { OrderStatusChange } from '../purchase-orders';
import type { PurchaseOrderResolvers } from './../../types.generated';

export const PurchaseOrder: PurchaseOrderResolvers = {
  id: (order) => toGlobalId('PurchaseOrder', order.id),
  history: ({ history }) => history as unknown as OrderStatusChange[],
  // A line's outstanding units depend on whether its order is still open.
  lines: (order) => order.lines.map((line) => ({ ...line, orderStatus: order.status })),
};
