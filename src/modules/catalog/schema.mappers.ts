// Catalogue GraphQL types are backed by Prisma rows; field resolvers derive the rest.
import type { Product } from '../../generated/prisma/client';
import type { Page } from '../../shared/pagination';

export type ProductMapper = Product;
export type ProductConnectionMapper = Page<Product>;
