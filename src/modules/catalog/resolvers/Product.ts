import { toGlobalId } from '../../../graphql/global-id';
import type { ProductResolvers } from './../../types.generated';

export const Product: ProductResolvers = {
  id: (product) => toGlobalId('Product', product.id),
};
