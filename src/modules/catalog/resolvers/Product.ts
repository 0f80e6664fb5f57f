import { toGlobalId } from '../../../graphql/global-id';
import type { ProductResolvers } from './../../types.generated';

export const Product: Pick<
  ProductResolvers,
  | 'active'
  | 'archivedAt'
  | 'category'
  | 'createdAt'
  | 'description'
  | 'id'
  | 'leadTimeDays'
  | 'name'
  | 'preferredSupplier'
  | 'price'
  | 'reorderPoint'
  | 'reorderQuantity'
  | 'sku'
  | 'unit'
  | 'updatedAt'
  | '__isTypeOf'
> = {
  id: (product) => toGlobalId('Product', product.id),
};
