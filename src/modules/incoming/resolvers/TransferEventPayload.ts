import type { TransferEventPayloadResolvers } from './../../types.generated';
export const TransferEventPayload: TransferEventPayloadResolvers = {
  /* Implement TransferEventPayload resolver logic here */
};
