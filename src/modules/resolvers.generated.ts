/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from './types.generated';
import { categories as Query_categories } from './catalog/resolvers/Query/categories';
import { location as Query_location } from './locations/resolvers/Query/location';
import { locations as Query_locations } from './locations/resolvers/Query/locations';
import { movement as Query_movement } from './stock/resolvers/Query/movement';
import { movements as Query_movements } from './stock/resolvers/Query/movements';
import { node as Query_node } from './base/resolvers/Query/node';
import { nodes as Query_nodes } from './base/resolvers/Query/nodes';
import { product as Query_product } from './catalog/resolvers/Query/product';
import { products as Query_products } from './catalog/resolvers/Query/products';
import { verifyStockLevels as Query_verifyStockLevels } from './stock/resolvers/Query/verifyStockLevels';
import { adjustStock as Mutation_adjustStock } from './stock/resolvers/Mutation/adjustStock';
import { archiveLocation as Mutation_archiveLocation } from './locations/resolvers/Mutation/archiveLocation';
import { archiveProduct as Mutation_archiveProduct } from './catalog/resolvers/Mutation/archiveProduct';
import { createLocation as Mutation_createLocation } from './locations/resolvers/Mutation/createLocation';
import { createProduct as Mutation_createProduct } from './catalog/resolvers/Mutation/createProduct';
import { receiveStock as Mutation_receiveStock } from './stock/resolvers/Mutation/receiveStock';
import { recordMovements as Mutation_recordMovements } from './stock/resolvers/Mutation/recordMovements';
import { restoreLocation as Mutation_restoreLocation } from './locations/resolvers/Mutation/restoreLocation';
import { restoreProduct as Mutation_restoreProduct } from './catalog/resolvers/Mutation/restoreProduct';
import { returnStock as Mutation_returnStock } from './stock/resolvers/Mutation/returnStock';
import { reverseMovement as Mutation_reverseMovement } from './stock/resolvers/Mutation/reverseMovement';
import { shipStock as Mutation_shipStock } from './stock/resolvers/Mutation/shipStock';
import { transferStock as Mutation_transferStock } from './stock/resolvers/Mutation/transferStock';
import { updateLocation as Mutation_updateLocation } from './locations/resolvers/Mutation/updateLocation';
import { updateProduct as Mutation_updateProduct } from './catalog/resolvers/Mutation/updateProduct';
import { writeOffStock as Mutation_writeOffStock } from './stock/resolvers/Mutation/writeOffStock';
import { ArchiveLocationPayload } from './locations/resolvers/ArchiveLocationPayload';
import { ArchiveProductPayload } from './catalog/resolvers/ArchiveProductPayload';
import { Category } from './catalog/resolvers/Category';
import { CreateLocationPayload } from './locations/resolvers/CreateLocationPayload';
import { CreateProductPayload } from './catalog/resolvers/CreateProductPayload';
import { HistoricalStockLevel } from './stock/resolvers/HistoricalStockLevel';
import { Location as locations_Location } from './locations/resolvers/Location';
import { Location as stock_Location } from './stock/resolvers/Location';
import { LocationConnection } from './locations/resolvers/LocationConnection';
import { LocationEdge } from './locations/resolvers/LocationEdge';
import { Movement } from './stock/resolvers/Movement';
import { MovementConnection } from './stock/resolvers/MovementConnection';
import { MovementEdge } from './stock/resolvers/MovementEdge';
import { PageInfo } from './base/resolvers/PageInfo';
import { Product as catalog_Product } from './catalog/resolvers/Product';
import { Product as stock_Product } from './stock/resolvers/Product';
import { ProductConnection } from './catalog/resolvers/ProductConnection';
import { ProductEdge } from './catalog/resolvers/ProductEdge';
import { RecordMovementsPayload } from './stock/resolvers/RecordMovementsPayload';
import { RestoreLocationPayload } from './locations/resolvers/RestoreLocationPayload';
import { RestoreProductPayload } from './catalog/resolvers/RestoreProductPayload';
import { StockAsOf } from './stock/resolvers/StockAsOf';
import { StockDifference } from './stock/resolvers/StockDifference';
import { StockLevel } from './stock/resolvers/StockLevel';
import { StockLevelConnection } from './stock/resolvers/StockLevelConnection';
import { StockLevelEdge } from './stock/resolvers/StockLevelEdge';
import { StockMovementPayload } from './stock/resolvers/StockMovementPayload';
import { StockVerification } from './stock/resolvers/StockVerification';
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
    movement: Query_movement,
    movements: Query_movements,
    node: Query_node,
    nodes: Query_nodes,
    product: Query_product,
    products: Query_products,
    verifyStockLevels: Query_verifyStockLevels,
  },
  Mutation: {
    adjustStock: Mutation_adjustStock,
    archiveLocation: Mutation_archiveLocation,
    archiveProduct: Mutation_archiveProduct,
    createLocation: Mutation_createLocation,
    createProduct: Mutation_createProduct,
    receiveStock: Mutation_receiveStock,
    recordMovements: Mutation_recordMovements,
    restoreLocation: Mutation_restoreLocation,
    restoreProduct: Mutation_restoreProduct,
    returnStock: Mutation_returnStock,
    reverseMovement: Mutation_reverseMovement,
    shipStock: Mutation_shipStock,
    transferStock: Mutation_transferStock,
    updateLocation: Mutation_updateLocation,
    updateProduct: Mutation_updateProduct,
    writeOffStock: Mutation_writeOffStock,
  },

  ArchiveLocationPayload: ArchiveLocationPayload,
  ArchiveProductPayload: ArchiveProductPayload,
  Category: Category,
  CreateLocationPayload: CreateLocationPayload,
  CreateProductPayload: CreateProductPayload,
  HistoricalStockLevel: HistoricalStockLevel,
  Location: { ...locations_Location, ...stock_Location },
  LocationConnection: LocationConnection,
  LocationEdge: LocationEdge,
  Movement: Movement,
  MovementConnection: MovementConnection,
  MovementEdge: MovementEdge,
  PageInfo: PageInfo,
  Product: { ...catalog_Product, ...stock_Product },
  ProductConnection: ProductConnection,
  ProductEdge: ProductEdge,
  RecordMovementsPayload: RecordMovementsPayload,
  RestoreLocationPayload: RestoreLocationPayload,
  RestoreProductPayload: RestoreProductPayload,
  StockAsOf: StockAsOf,
  StockDifference: StockDifference,
  StockLevel: StockLevel,
  StockLevelConnection: StockLevelConnection,
  StockLevelEdge: StockLevelEdge,
  StockMovementPayload: StockMovementPayload,
  StockVerification: StockVerification,
  UpdateLocationPayload: UpdateLocationPayload,
  UpdateProductPayload: UpdateProductPayload,
  UserError: UserError,
  Decimal: Decimal,
  DateTime: DateTimeResolver,
  NonNegativeInt: NonNegativeIntResolver,
};
