import type { LocationSnapshotResolvers } from './../../types.generated';
export const LocationSnapshot: LocationSnapshotResolvers = {/* Implement LocationSnapshot resolver logic here */};
