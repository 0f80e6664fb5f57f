import { idOf } from '../../../../graphql/global-id';
import type { QueryResolvers } from './../../../types.generated';

export const transfer: NonNullable<QueryResolvers['transfer']> = (_parent, args, ctx) =>
  ctx.loaders.transferById.load(idOf(args.id, 'Transfer'));
