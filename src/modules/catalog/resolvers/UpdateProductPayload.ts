import type { UpdateProductPayloadResolvers } from './../../types.generated';
export const UpdateProductPayload: UpdateProductPayloadResolvers = {
  /* Implement UpdateProductPayload resolver logic here */
};
