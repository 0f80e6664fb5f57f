import { inTransit } from '../transfers';
import { productOf } from './inputs';
import type { TransferLineResolvers } from './../../types.generated';

export const TransferLine: TransferLineResolvers = {
  inTransit: (line) => inTransit(line),
  product: productOf,
};
