import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const updateLocation: NonNullable<MutationResolvers['updateLocation']> = async (_parent, { input }, ctx) => {
  const { id: globalId, ...fields } = input;
  const id = inputIdOf(globalId, 'Location');
  if (typeof id !== 'string') return { location: null, userErrors: [id] };
  return ctx.services.locations.updateLocation(ctx.viewer!, id, fields);
};
