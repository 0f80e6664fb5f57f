import type { MovementSnapshotResolvers } from './../../types.generated';
export const MovementSnapshot: MovementSnapshotResolvers = {/* Implement MovementSnapshot resolver logic here */};
