import type { LocationEventPayloadResolvers } from './../../types.generated';
export const LocationEventPayload: LocationEventPayloadResolvers = {
  /* Implement LocationEventPayload resolver logic here */
};
