// Catalogue GraphQL types are backed by Prisma rows; field resolvers derive the rest.
import type { ProductRow } from './rows';
import type { Page } from '../../shared/pagination';

export type ProductMapper = ProductRow;
export type ProductConnectionMapper = Page<ProductRow>;
