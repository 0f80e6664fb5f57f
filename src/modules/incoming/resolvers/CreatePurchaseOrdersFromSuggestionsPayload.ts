import { productOf } from './inputs';
import type { CreatePurchaseOrdersFromSuggestionsPayloadResolvers } from './../../types.generated';

export const CreatePurchaseOrdersFromSuggestionsPayload: CreatePurchaseOrdersFromSuggestionsPayloadResolvers = {
  unassigned: ({ unassigned }, _args, ctx) =>
    Promise.all(unassigned.map((productId) => productOf({ productId }, _args, ctx))),
};
