import type { ArchiveLocationPayloadResolvers } from './../../types.generated';
export const ArchiveLocationPayload: ArchiveLocationPayloadResolvers = {
  /* Implement ArchiveLocationPayload resolver logic here */
};
