import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const updateApiKey: NonNullable<MutationResolvers['updateApiKey']> = async (_parent, { input }, ctx) => {
  const id = inputIdOf(input.id, 'ApiKey');
  if (typeof id !== 'string') return { apiKey: null, userErrors: [id] };
  return ctx.services.auth.updateApiKey(ctx.viewer!, id, input);
};
