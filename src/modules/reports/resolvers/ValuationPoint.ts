import type { ValuationPointResolvers } from './../../types.generated';

export const ValuationPoint: ValuationPointResolvers = {};
