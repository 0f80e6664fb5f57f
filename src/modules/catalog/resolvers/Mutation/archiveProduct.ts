import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const archiveProduct: NonNullable<MutationResolvers['archiveProduct']> = async (_parent, { input }, ctx) => {
  const id = inputIdOf(input.id, 'Product');
  if (typeof id !== 'string') return { product: null, userErrors: [id] };
  return ctx.services.catalog.setProductArchived(ctx.viewer!, id, true);
};
