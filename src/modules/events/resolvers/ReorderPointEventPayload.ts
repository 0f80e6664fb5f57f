import type { ReorderPointEventPayloadResolvers } from './../../types.generated';
export const ReorderPointEventPayload: ReorderPointEventPayloadResolvers = {
  /* Implement ReorderPointEventPayload resolver logic here */
};
