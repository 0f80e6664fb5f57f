import { RequestError } from '../../../../shared/errors';
import type { QueryResolvers } from './../../../types.generated';

export const me: NonNullable<QueryResolvers['me']> = async (_parent, _args, ctx) => {
  const viewer = ctx.viewer!;
  if (viewer.kind === 'user') {
    const user = await ctx.loaders.userById.load(viewer.userId);
    if (user) return { ...user, __typename: 'User' as const };
  } else {
    const apiKey = await ctx.loaders.apiKeyById.load(viewer.apiKeyId);
    if (apiKey) return { ...apiKey, __typename: 'ApiKey' as const };
  }
  throw new RequestError('UNAUTHENTICATED', 'The caller no longer exists.');
};
