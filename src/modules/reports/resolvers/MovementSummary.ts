import type { MovementSummaryResolvers } from './../../types.generated';
export const MovementSummary: MovementSummaryResolvers = {/* Implement MovementSummary resolver logic here */};
