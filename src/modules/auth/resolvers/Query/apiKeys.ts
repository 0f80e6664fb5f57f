import { pageArgs } from '../../../../graphql/connection';
import type { QueryResolvers } from './../../../types.generated';

export const apiKeys: NonNullable<QueryResolvers['apiKeys']> = (_parent, args, ctx) =>
  ctx.services.auth.listApiKeys({ active: args.active }, pageArgs(args));
