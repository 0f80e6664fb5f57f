import { inputIdOf } from '../../../../graphql/global-id';
import type { MutationResolvers } from './../../../types.generated';

export const updateProduct: NonNullable<MutationResolvers['updateProduct']> = async (_parent, { input }, ctx) => {
  const { id: globalId, ...fields } = input;
  const id = inputIdOf(globalId, 'Product');
  if (typeof id !== 'string') return { product: null, userErrors: [id] };
  return ctx.services.catalog.updateProduct(ctx.viewer!, id, fields);
};
