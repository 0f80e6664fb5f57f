import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const archiveLocation: NonNullable<MutationResolvers['archiveLocation']> = async (_parent, { input }, ctx) => {
  const id = inputIdOf(input.id, 'Location');
  if (typeof id !== 'string') return { location: null, userErrors: [id] };
  return ctx.services.locations.setLocationArchived(ctx.viewer!, id, true);
};
