import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const movement: NonNullable<QueryResolvers['movement']> = (_parent, { id }, ctx) =>
  ctx.loaders.movementById.load(idOf(id, 'Movement'));
