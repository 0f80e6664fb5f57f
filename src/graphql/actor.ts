// The user or API key behind a recorded change, typed for the SDL's Actor union: what every
// `recordedBy` / `createdBy` field returns. Null when that user or key no longer exists.
import type { Context } from '../context';

export async function actorOf(row: { userId: string | null; apiKeyId: string | null }, ctx: Context) {
  if (row.userId) {
    const user = await ctx.loaders.userById.load(row.userId);
    return user && { ...user, __typename: 'User' as const };
  }
  if (row.apiKeyId) {
    const apiKey = await ctx.loaders.apiKeyById.load(row.apiKeyId);
    return apiKey && { ...apiKey, __typename: 'ApiKey' as const };
  }
  return null;
}
