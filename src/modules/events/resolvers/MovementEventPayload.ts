import type { MovementEventPayloadResolvers } from './../../types.generated';
export const MovementEventPayload: MovementEventPayloadResolvers = {
  /* Implement MovementEventPayload resolver logic here */
};
