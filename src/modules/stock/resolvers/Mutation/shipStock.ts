import { recordAtLocation } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const shipStock: NonNullable<MutationResolvers['shipStock']> = (_parent, { input }, ctx) =>
  recordAtLocation(ctx, 'shipStock', 'SHIPMENT', 'fromLocationId', input);
