import type { SafetyStockEventPayloadResolvers } from './../../types.generated';
export const SafetyStockEventPayload: SafetyStockEventPayloadResolvers = {
  /* Implement SafetyStockEventPayload resolver logic here */
};
