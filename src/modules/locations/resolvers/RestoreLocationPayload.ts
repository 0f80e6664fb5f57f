import type { RestoreLocationPayloadResolvers } from './../../types.generated';
export const RestoreLocationPayload: RestoreLocationPayloadResolvers = {
  /* Implement RestoreLocationPayload resolver logic here */
};
