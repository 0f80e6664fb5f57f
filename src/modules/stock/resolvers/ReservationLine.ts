import { locationOf, productOf } from './resolve';
import type { ReservationLineResolvers } from './../../types.generated';

export const ReservationLine: ReservationLineResolvers = {
  product: productOf,
  location: locationOf,
  outstanding: (line) => (line.holding ? line.quantity - line.fulfilled - line.released : 0),
};
