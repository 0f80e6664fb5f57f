import type { UpdateLocationPayloadResolvers } from './../../types.generated';
export const UpdateLocationPayload: UpdateLocationPayloadResolvers = {
  /* Implement UpdateLocationPayload resolver logic here */
};
