import type { RevokeApiKeyPayloadResolvers } from './../../types.generated';
export const RevokeApiKeyPayload: RevokeApiKeyPayloadResolvers = {
  /* Implement RevokeApiKeyPayload resolver logic here */
};
