import type { CancelImportJobPayloadResolvers } from './../../types.generated';
export const CancelImportJobPayload: CancelImportJobPayloadResolvers = {
  /* Implement CancelImportJobPayload resolver logic here */
};
