import { RequestError } from '../../../../shared/errors';
import type { QueryResolvers } from './../../../types.generated';

export const me: NonNullable<QueryResolvers['me']> = async (_parent, _args, ctx) => {
  const viewer = ctx.viewer!;
  const found =
    viewer.kind === 'user'
      ? await ctx.loaders.userById.load(viewer.userId)
      : await ctx.loaders.apiKeyById.load(viewer.apiKeyId);
  if (!found) throw new RequestError('UNAUTHENTICATED', 'The caller no longer exists.');
  return { ...found, __typename: viewer.kind === 'user' ? 'User' : 'ApiKey' } as never;
};
