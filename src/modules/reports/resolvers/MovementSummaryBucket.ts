import type { MovementSummaryBucketResolvers } from './../../types.generated';
export const MovementSummaryBucket: MovementSummaryBucketResolvers = {
  /* Implement MovementSummaryBucket resolver logic here */
};
