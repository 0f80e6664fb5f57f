import type { UserError } from '../../../../shared/errors';
import { decode } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const createPurchaseOrdersFromSuggestions: NonNullable<
  MutationResolvers['createPurchaseOrdersFromSuggestions']
> = async (_parent, { input }, ctx) => {
  const errors: UserError[] = [];
  const locationId = decode(errors, input.locationId, 'Location', ['locationId']);
  const supplierByProduct = (input.supplierByProduct ?? []).map((entry, index) => ({
    productId: decode(errors, entry.productId, 'Product', ['supplierByProduct', String(index), 'productId']),
    supplier: entry.supplier,
  }));
  if (errors.length > 0) return { purchaseOrders: [], unassigned: [], userErrors: errors };
  return ctx.services.purchaseOrders.createFromSuggestions(ctx.viewer, { ...input, locationId, supplierByProduct });
};
