import type { ProductSnapshotResolvers } from './../../types.generated';
export const ProductSnapshot: ProductSnapshotResolvers = {/* Implement ProductSnapshot resolver logic here */};
