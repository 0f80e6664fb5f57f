import { recordAtLocation } from '../inputs';
import type { MutationResolvers } from './../../../types.generated';

export const receiveStock: NonNullable<MutationResolvers['receiveStock']> = (_parent, { input }, ctx) =>
  recordAtLocation(ctx, 'receiveStock', 'RECEIPT', 'toLocationId', input);
