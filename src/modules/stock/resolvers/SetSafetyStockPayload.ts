import type { SetSafetyStockPayloadResolvers } from './../../types.generated';

export const SetSafetyStockPayload: SetSafetyStockPayloadResolvers = {
  stockLevel: (result) => (result.userErrors.length === 0 ? (result.stockLevels[0] ?? null) : null),
};
