import { pageArgs } from '../../../../graphql/connection';
import type { QueryResolvers } from './../../../types.generated';

export const persistedDocuments: NonNullable<QueryResolvers['persistedDocuments']> = (_parent, args, ctx) =>
  ctx.services.persisted.list({ operationName: args.operationName }, pageArgs(args));
