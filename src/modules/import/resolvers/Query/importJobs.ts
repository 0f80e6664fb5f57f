import { pageArgs } from '../../../../graphql/connection';
import type { QueryResolvers } from './../../../types.generated';

export const importJobs: NonNullable<QueryResolvers['importJobs']> = (_parent, args, ctx) =>
  ctx.services.importJobs.list(ctx.viewer, { status: args.status }, pageArgs(args));
