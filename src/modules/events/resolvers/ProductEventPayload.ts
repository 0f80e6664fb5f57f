import type { ProductEventPayloadResolvers } from './../../types.generated';
export const ProductEventPayload: ProductEventPayloadResolvers = {
  /* Implement ProductEventPayload resolver logic here */
};
