import type { PurchaseOrderPayloadResolvers } from './../../types.generated';

export const PurchaseOrderPayload: PurchaseOrderPayloadResolvers = {
  // Read after the write, so it shows the order as the change left it.
  purchaseOrder: (result, _args, ctx) =>
    result.userErrors.length === 0 && result.documentId ? ctx.loaders.purchaseOrderById.load(result.documentId) : null,
};
