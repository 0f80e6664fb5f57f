import { recordAtLocation } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const writeOffStock: NonNullable<MutationResolvers['writeOffStock']> = (_parent, { input }, ctx) =>
  recordAtLocation(ctx, 'writeOffStock', 'WRITE_OFF', 'fromLocationId', input);
