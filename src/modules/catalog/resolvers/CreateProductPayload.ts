import type { CreateProductPayloadResolvers } from './../../types.generated';
export const CreateProductPayload: CreateProductPayloadResolvers = {
  /* Implement CreateProductPayload resolver logic here */
};
