import type { CreateLocationPayloadResolvers } from './../../types.generated';
export const CreateLocationPayload: CreateLocationPayloadResolvers = {
  /* Implement CreateLocationPayload resolver logic here */
};
