import type { ReservationEventPayloadResolvers } from './../../types.generated';
export const ReservationEventPayload: ReservationEventPayloadResolvers = {
  /* Implement ReservationEventPayload resolver logic here */
};
