import type { ArchiveProductPayloadResolvers } from './../../types.generated';
export const ArchiveProductPayload: ArchiveProductPayloadResolvers = {
  /* Implement ArchiveProductPayload resolver logic here */
};
