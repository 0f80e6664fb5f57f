import { recordAtLocation } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const returnStock: NonNullable<MutationResolvers['returnStock']> = (_parent, { input }, ctx) =>
  recordAtLocation(ctx, 'returnStock', 'RETURN', 'toLocationId', input);
