import { pageArgs } from '../../../../graphql/connection';
import type { QueryResolvers } from './../../../types.generated';

export const users: NonNullable<QueryResolvers['users']> = (_parent, args, ctx) =>
  ctx.services.auth.listUsers(args.filter ?? {}, pageArgs(args));
