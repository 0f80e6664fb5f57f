import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const updateUser: NonNullable<MutationResolvers['updateUser']> = async (_parent, { input }, ctx) => {
  const { id: globalId, ...changes } = input;
  const id = inputIdOf(globalId, 'User');
  if (typeof id !== 'string') return { user: null, userErrors: [id] };
  return ctx.services.auth.updateUser(ctx.viewer!, id, changes);
};
