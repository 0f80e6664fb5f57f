import { toGlobalId } from '../../../graphql/global-id';
import { productOf } from './resolve';
import type { MovementResolvers } from './../../types.generated';

export const Movement: Pick<
  MovementResolvers,
  | 'counterparty'
  | 'fromLocation'
  | 'fromState'
  | 'id'
  | 'idempotencyKey'
  | 'kind'
  | 'note'
  | 'occurredAt'
  | 'product'
  | 'quantity'
  | 'reason'
  | 'recordedAt'
  | 'reference'
  | 'reservation'
  | 'reversalOf'
  | 'reversedBy'
  | 'toLocation'
  | 'toState'
  | 'unitCost'
  | 'unitPrice'
  | '__isTypeOf'
> = {
  id: (movement) => toGlobalId('Movement', movement.id),
  product: productOf,
  fromLocation: (movement, _args, ctx) =>
    movement.fromLocationId ? ctx.loaders.locationById.load(movement.fromLocationId) : null,
  toLocation: (movement, _args, ctx) =>
    movement.toLocationId ? ctx.loaders.locationById.load(movement.toLocationId) : null,
  reversalOf: (movement, _args, ctx) =>
    movement.reversalOfId !== null ? ctx.loaders.movementById.load(String(movement.reversalOfId)) : null,
  reversedBy: (movement, _args, ctx) => ctx.loaders.reversalOf.load(String(movement.id)),
  fromState: (movement) => (movement.fromLocationId ? movement.fromState : null),
  toState: (movement) => (movement.toLocationId ? movement.toState : null),
  reservation: (movement, _args, ctx) =>
    movement.reservationId ? ctx.loaders.reservationById.load(movement.reservationId) : null,
};
