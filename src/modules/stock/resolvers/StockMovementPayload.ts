import type { StockMovementPayloadResolvers } from './../../types.generated';
export const StockMovementPayload: StockMovementPayloadResolvers = {
  /* Implement StockMovementPayload resolver logic here */
};
