/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { node as Query_node } from './base/resolvers/Query/node';
import    { nodes as Query_nodes } from './base/resolvers/Query/nodes';
import    { locations as Query_locations } from './locations/resolvers/Query/locations';
import    { location as Query_location } from './locations/resolvers/Query/location';
import    { products as Query_products } from './catalog/resolvers/Query/products';
import    { product as Query_product } from './catalog/resolvers/Query/product';
import    { categories as Query_categories } from './catalog/resolvers/Query/categories';
import    { createLocation as Mutation_createLocation } from './locations/resolvers/Mutation/createLocation';
import    { updateLocation as Mutation_updateLocation } from './locations/resolvers/Mutation/updateLocation';
import    { archiveLocation as Mutation_archiveLocation } from './locations/resolvers/Mutation/archiveLocation';
import    { restoreLocation as Mutation_restoreLocation } from './locations/resolvers/Mutation/restoreLocation';
import    { createProduct as Mutation_createProduct } from './catalog/resolvers/Mutation/createProduct';
import    { updateProduct as Mutation_updateProduct } from './catalog/resolvers/Mutation/updateProduct';
import    { archiveProduct as Mutation_archiveProduct } from './catalog/resolvers/Mutation/archiveProduct';
import    { restoreProduct as Mutation_restoreProduct } from './catalog/resolvers/Mutation/restoreProduct';
import    { PageInfo } from './base/resolvers/PageInfo';
import    { UserError } from './base/resolvers/UserError';
import    { Location } from './locations/resolvers/Location';
import    { LocationConnection } from './locations/resolvers/LocationConnection';
import    { LocationEdge } from './locations/resolvers/LocationEdge';
import    { CreateLocationPayload } from './locations/resolvers/CreateLocationPayload';
import    { UpdateLocationPayload } from './locations/resolvers/UpdateLocationPayload';
import    { ArchiveLocationPayload } from './locations/resolvers/ArchiveLocationPayload';
import    { RestoreLocationPayload } from './locations/resolvers/RestoreLocationPayload';
import    { Product } from './catalog/resolvers/Product';
import    { ProductConnection } from './catalog/resolvers/ProductConnection';
import    { ProductEdge } from './catalog/resolvers/ProductEdge';
import    { Category } from './catalog/resolvers/Category';
import    { CreateProductPayload } from './catalog/resolvers/CreateProductPayload';
import    { UpdateProductPayload } from './catalog/resolvers/UpdateProductPayload';
import    { ArchiveProductPayload } from './catalog/resolvers/ArchiveProductPayload';
import    { RestoreProductPayload } from './catalog/resolvers/RestoreProductPayload';
import    { Decimal } from './base/resolvers/Decimal';
import    { DateTimeResolver,NonNegativeIntResolver } from 'graphql-scalars';
    export const resolvers: Resolvers = {
      Query: { node: Query_node,nodes: Query_nodes,locations: Query_locations,location: Query_location,products: Query_products,product: Query_product,categories: Query_categories },
      Mutation: { createLocation: Mutation_createLocation,updateLocation: Mutation_updateLocation,archiveLocation: Mutation_archiveLocation,restoreLocation: Mutation_restoreLocation,createProduct: Mutation_createProduct,updateProduct: Mutation_updateProduct,archiveProduct: Mutation_archiveProduct,restoreProduct: Mutation_restoreProduct },
      
      PageInfo: PageInfo,
UserError: UserError,
Location: Location,
LocationConnection: LocationConnection,
LocationEdge: LocationEdge,
CreateLocationPayload: CreateLocationPayload,
UpdateLocationPayload: UpdateLocationPayload,
ArchiveLocationPayload: ArchiveLocationPayload,
RestoreLocationPayload: RestoreLocationPayload,
Product: Product,
ProductConnection: ProductConnection,
ProductEdge: ProductEdge,
Category: Category,
CreateProductPayload: CreateProductPayload,
UpdateProductPayload: UpdateProductPayload,
ArchiveProductPayload: ArchiveProductPayload,
RestoreProductPayload: RestoreProductPayload,
Decimal: Decimal,
DateTime: DateTimeResolver,
NonNegativeInt: NonNegativeIntResolver
    }