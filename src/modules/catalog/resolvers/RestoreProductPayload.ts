import type { RestoreProductPayloadResolvers } from './../../types.generated';
export const RestoreProductPayload: RestoreProductPayloadResolvers = {
  /* Implement RestoreProductPayload resolver logic here */
};
