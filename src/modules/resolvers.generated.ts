/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from './types.generated';
import { categories as Query_categories } from './catalog/resolvers/Query/categories';
import { location as Query_location } from './locations/resolvers/Query/location';
import { locations as Query_locations } from './locations/resolvers/Query/locations';
import { node as Query_node } from './base/resolvers/Query/node';
import { nodes as Query_nodes } from './base/resolvers/Query/nodes';
import { product as Query_product } from './catalog/resolvers/Query/product';
import { products as Query_products } from './catalog/resolvers/Query/products';
import { archiveLocation as Mutation_archiveLocation } from './locations/resolvers/Mutation/archiveLocation';
import { archiveProduct as Mutation_archiveProduct } from './catalog/resolvers/Mutation/archiveProduct';
import { createLocation as Mutation_createLocation } from './locations/resolvers/Mutation/createLocation';
import { createProduct as Mutation_createProduct } from './catalog/resolvers/Mutation/createProduct';
import { restoreLocation as Mutation_restoreLocation } from './locations/resolvers/Mutation/restoreLocation';
import { restoreProduct as Mutation_restoreProduct } from './catalog/resolvers/Mutation/restoreProduct';
import { updateLocation as Mutation_updateLocation } from './locations/resolvers/Mutation/updateLocation';
import { updateProduct as Mutation_updateProduct } from './catalog/resolvers/Mutation/updateProduct';
import { ArchiveLocationPayload } from './locations/resolvers/ArchiveLocationPayload';
import { ArchiveProductPayload } from './catalog/resolvers/ArchiveProductPayload';
import { Category } from './catalog/resolvers/Category';
import { CreateLocationPayload } from './locations/resolvers/CreateLocationPayload';
import { CreateProductPayload } from './catalog/resolvers/CreateProductPayload';
import { Location } from './locations/resolvers/Location';
import { LocationConnection } from './locations/resolvers/LocationConnection';
import { LocationEdge } from './locations/resolvers/LocationEdge';
import { PageInfo } from './base/resolvers/PageInfo';
import { Product } from './catalog/resolvers/Product';
import { ProductConnection } from './catalog/resolvers/ProductConnection';
import { ProductEdge } from './catalog/resolvers/ProductEdge';
import { RestoreLocationPayload } from './locations/resolvers/RestoreLocationPayload';
import { RestoreProductPayload } from './catalog/resolvers/RestoreProductPayload';
import { UpdateLocationPayload } from './locations/resolvers/UpdateLocationPayload';
import { UpdateProductPayload } from './catalog/resolvers/UpdateProductPayload';
import { UserError } from './base/resolvers/UserError';
import { Decimal } from './base/resolvers/Decimal';
import { DateTimeResolver, NonNegativeIntResolver } from 'graphql-scalars';
export const resolvers: Resolvers = {
  Query: {
    categories: Query_categories,
    location: Query_location,
    locations: Query_locations,
    node: Query_node,
    nodes: Query_nodes,
    product: Query_product,
    products: Query_products,
  },
  Mutation: {
    archiveLocation: Mutation_archiveLocation,
    archiveProduct: Mutation_archiveProduct,
    createLocation: Mutation_createLocation,
    createProduct: Mutation_createProduct,
    restoreLocation: Mutation_restoreLocation,
    restoreProduct: Mutation_restoreProduct,
    updateLocation: Mutation_updateLocation,
    updateProduct: Mutation_updateProduct,
  },

  ArchiveLocationPayload: ArchiveLocationPayload,
  ArchiveProductPayload: ArchiveProductPayload,
  Category: Category,
  CreateLocationPayload: CreateLocationPayload,
  CreateProductPayload: CreateProductPayload,
  Location: Location,
  LocationConnection: LocationConnection,
  LocationEdge: LocationEdge,
  PageInfo: PageInfo,
  Product: Product,
  ProductConnection: ProductConnection,
  ProductEdge: ProductEdge,
  RestoreLocationPayload: RestoreLocationPayload,
  RestoreProductPayload: RestoreProductPayload,
  UpdateLocationPayload: UpdateLocationPayload,
  UpdateProductPayload: UpdateProductPayload,
  UserError: UserError,
  Decimal: Decimal,
  DateTime: DateTimeResolver,
  NonNegativeInt: NonNegativeIntResolver,
};
