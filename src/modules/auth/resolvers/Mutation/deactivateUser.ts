import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const deactivateUser: NonNullable<MutationResolvers['deactivateUser']> = async (_parent, { input }, ctx) => {
  const id = inputIdOf(input.id, 'User');
  if (typeof id !== 'string') return { user: null, userErrors: [id] };
  return ctx.services.auth.updateUser(ctx.viewer!, id, { active: false });
};
