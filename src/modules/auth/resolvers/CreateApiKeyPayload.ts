import type { CreateApiKeyPayloadResolvers } from './../../types.generated';
export const CreateApiKeyPayload: CreateApiKeyPayloadResolvers = {
  /* Implement CreateApiKeyPayload resolver logic here */
};
