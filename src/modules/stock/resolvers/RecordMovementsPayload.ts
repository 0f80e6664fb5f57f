import type { RecordMovementsPayloadResolvers } from './../../types.generated';
export const RecordMovementsPayload: RecordMovementsPayloadResolvers = {
  /* Implement RecordMovementsPayload resolver logic here */
};
