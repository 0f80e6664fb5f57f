/* eslint-disable */
import type { Decimal } from '../shared/decimal';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LocationMapper, LocationConnectionMapper } from './locations/schema.mappers';
import type { PageInfoMapper } from './base/schema.mappers';
import type { ProductMapper, ProductConnectionMapper } from './catalog/schema.mappers';
import type { Context } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A point in time, as an ISO 8601 / RFC 3339 string with a time zone, e.g. `"2026-11-21T09:30:00Z"`. */
  DateTime: { input: Date | string; output: Date | string };
  /**
   * An exact decimal number, sent and returned as a string such as `"12.50"`, so that money
   * never passes through a binary float. Inputs also accept integer and decimal literals.
   */
  Decimal: { input: Decimal; output: Decimal | string };
  /** An integer that is zero or more. */
  NonNegativeInt: { input: number; output: number };
};

/** Which location to archive. */
export type ArchiveLocationInput = {
  /** The location's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `archiveLocation`. */
export type ArchiveLocationPayload = {
  __typename?: 'ArchiveLocationPayload';
  /** The archived location; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Which product to archive. */
export type ArchiveProductInput = {
  /** The product's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `archiveProduct`. */
export type ArchiveProductPayload = {
  __typename?: 'ArchiveProductPayload';
  /** The archived product; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A category and how many products it holds. */
export type Category = {
  __typename?: 'Category';
  /** The category name as products spell it. */
  name: Scalars['String']['output'];
  /** How many products are in it. */
  productCount: Scalars['Int']['output'];
};

/** A new location. */
export type CreateLocationInput = {
  /** Postal address, up to 1,000 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Short code, 1 to 32 characters without white space. Must be unique, ignoring case. */
  code: Scalars['String']['input'];
  /** Defaults to WAREHOUSE. */
  kind?: InputMaybe<LocationKind>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** Result of `createLocation`. */
export type CreateLocationPayload = {
  __typename?: 'CreateLocationPayload';
  /** The new location; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** A new product. */
export type CreateProductInput = {
  /** Category name, up to 100 characters; defaults to `Uncategorised`. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Up to 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Selling price per unit: zero or more, at most 4 decimal places. */
  price: Scalars['Decimal']['input'];
  /** Defaults to 0. */
  reorderPoint?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Defaults to 0. */
  reorderQuantity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** Stock-keeping unit, 1 to 64 characters without white space. Must be unique, ignoring case. */
  sku: Scalars['String']['input'];
  /** Unit of measure, up to 20 characters; defaults to `pcs`. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `createProduct`. */
export type CreateProductPayload = {
  __typename?: 'CreateProductPayload';
  /** The new product; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Why a mutation refused its input. Codes are stable; messages are for people and may change. */
export type ErrorCode =
  /** A value is required and was empty or only white space. */
  | 'BLANK'
  /** Another location already has this code; codes are compared ignoring case. */
  | 'DUPLICATE_LOCATION_CODE'
  /** Another product already has this SKU; SKUs are compared ignoring case. */
  | 'DUPLICATE_SKU'
  /** A value does not have the required shape, e.g. a SKU containing spaces. */
  | 'INVALID_FORMAT'
  /** The ID is not a well-formed Stockroom global ID, or identifies an object of another type. */
  | 'INVALID_ID'
  /** No object has this ID (or SKU, or code). */
  | 'NOT_FOUND'
  /** A number is outside its allowed range, e.g. a negative price or too many decimal places. */
  | 'OUT_OF_RANGE'
  /** A text value is longer than its limit (the message names the limit). */
  | 'TOO_LONG';

/** A place that holds stock: a warehouse, a store, and so on. */
export type Location = Node & {
  __typename?: 'Location';
  /** False once the location is archived. */
  active: Scalars['Boolean']['output'];
  /** Postal address; empty when none was given. */
  address: Scalars['String']['output'];
  /** When the location was archived; null while it is active. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Short unique code, e.g. `WH-EAST`. Compared ignoring case. */
  code: Scalars['String']['output'];
  /** When the location was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What kind of place this is. */
  kind: LocationKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** When any of the location's details last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of locations. */
export type LocationConnection = {
  __typename?: 'LocationConnection';
  /** The locations on this page, each with its cursor. */
  edges: Array<LocationEdge>;
  /** The locations on this page, without cursors. */
  nodes: Array<Location>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many locations match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A location and its position in a list. */
export type LocationEdge = {
  __typename?: 'LocationEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The location. */
  node: Location;
};

/** Narrows the location list. All given conditions must hold. */
export type LocationFilter = {
  /** True for active locations only (the default), false for archived ones only, null for both. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only locations of these kinds. */
  kinds?: InputMaybe<Array<LocationKind>>;
  /** Case-insensitive text that the code, name or address contains. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of place a location is. */
export type LocationKind =
  /** A hub that redistributes stock between other locations. */
  | 'DISTRIBUTION_CENTER'
  /** Anything else, e.g. a van or a consignment partner. */
  | 'OTHER'
  /** A shop that sells to customers. */
  | 'STORE'
  /** A storage building that ships to stores or customers. */
  | 'WAREHOUSE';

/** How to sort the location list. */
export type LocationOrder = {
  /** Ascending by default. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: LocationOrderField;
};

/** Fields the location list can be sorted by. */
export type LocationOrderField =
  /** By code. */
  | 'CODE'
  /** By creation time. */
  | 'CREATED_AT'
  /** By name. */
  | 'NAME';

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Archives a location: it leaves the default listings but keeps its history and can be
   * restored with `restoreLocation`. Archiving an archived location changes nothing.
   */
  archiveLocation: ArchiveLocationPayload;
  /**
   * Archives a product: it leaves the default listings but keeps its history and can be
   * restored with `restoreProduct`. Archiving an archived product changes nothing.
   */
  archiveProduct: ArchiveProductPayload;
  /** Adds a location. Fails with `DUPLICATE_LOCATION_CODE` when the code is taken, ignoring case. */
  createLocation: CreateLocationPayload;
  /** Adds a product to the catalogue. Fails with `DUPLICATE_SKU` when the SKU is taken, ignoring case. */
  createProduct: CreateProductPayload;
  /** Brings an archived location back. Restoring an active location changes nothing. */
  restoreLocation: RestoreLocationPayload;
  /** Brings an archived product back into the catalogue. Restoring an active product changes nothing. */
  restoreProduct: RestoreProductPayload;
  /** Changes a location's details. Only the fields given are changed. */
  updateLocation: UpdateLocationPayload;
  /** Changes a product's details. Only the fields given are changed. */
  updateProduct: UpdateProductPayload;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationarchiveLocationArgs = {
  input: ArchiveLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationarchiveProductArgs = {
  input: ArchiveProductInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateLocationArgs = {
  input: CreateLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationcreateProductArgs = {
  input: CreateProductInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationrestoreLocationArgs = {
  input: RestoreLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationrestoreProductArgs = {
  input: RestoreProductInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdateLocationArgs = {
  input: UpdateLocationInput;
};

/**
 * The entry points for changing Stockroom. Every mutation returns a payload whose
 * `userErrors` lists what was wrong with the input; when it is non-empty, nothing was written.
 */
export type MutationupdateProductArgs = {
  input: UpdateProductInput;
};

/** An object with a global ID that `Query.node` can fetch again. */
export type Node = {
  /** Opaque global ID. Store it as is; do not parse it. */
  id: Scalars['ID']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last item of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when more items come before the first item of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Something Stockroom keeps stock of, identified by its SKU. */
export type Product = Node & {
  __typename?: 'Product';
  /** False once the product is archived. */
  active: Scalars['Boolean']['output'];
  /** When the product was archived; null while it is active. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Category name used for grouping and reports, e.g. `Tools`. */
  category: Scalars['String']['output'];
  /** When the product was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free-text description; empty when none was given. */
  description: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Selling price per unit, in the business's currency. */
  price: Scalars['Decimal']['output'];
  /** When available stock falls to or below this quantity, the product needs reordering. */
  reorderPoint: Scalars['NonNegativeInt']['output'];
  /** How many units to order when reordering. */
  reorderQuantity: Scalars['NonNegativeInt']['output'];
  /** Stock-keeping unit: the business's own code for the product. Unique, compared ignoring case. */
  sku: Scalars['String']['output'];
  /** Unit of measure that quantities are counted in, e.g. `pcs`, `kg` or `box`. */
  unit: Scalars['String']['output'];
  /** When any of the product's details last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products on this page, each with its cursor. */
  edges: Array<ProductEdge>;
  /** The products on this page, without cursors (a shortcut for `edges { node }`). */
  nodes: Array<Product>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many products match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A product and its position in a list. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor to pass as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Narrows the product list. All given conditions must hold. */
export type ProductFilter = {
  /** True for active products only (the default), false for archived ones only, null for both. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Exact category name (case-insensitive). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Highest price to include. */
  maxPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Lowest price to include. */
  minPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Case-insensitive text that the SKU, name or description contains. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort the product list. */
export type ProductOrder = {
  /** Ascending by default. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: ProductOrderField;
};

/** Fields the product list can be sorted by. */
export type ProductOrderField =
  /** By category name. */
  | 'CATEGORY'
  /** By creation time. */
  | 'CREATED_AT'
  /** By name. */
  | 'NAME'
  /** By price. */
  | 'PRICE'
  /** By SKU. */
  | 'SKU';

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type Query = {
  __typename?: 'Query';
  /** Every category in use, with how many products it holds, in alphabetical order. */
  categories: Array<Category>;
  /**
   * One location, by global ID or by code (case-insensitive). Give exactly one of the two.
   * Returns null when none matches; archived locations are returned too.
   */
  location?: Maybe<Location>;
  /** Warehouses, stores and other places that hold stock, as a cursor connection. */
  locations: LocationConnection;
  /**
   * Fetches any object by its global ID, as the Relay spec describes. Returns null when no
   * object has that ID; fails with `INVALID_ID` when the ID is not one Stockroom issued.
   */
  node?: Maybe<Node>;
  /** Fetches several objects by global ID, in the order asked; unknown IDs give null entries. */
  nodes: Array<Maybe<Node>>;
  /**
   * One product, by global ID or by SKU (case-insensitive). Give exactly one of the two.
   * Returns null when no product matches; archived products are returned too.
   */
  product?: Maybe<Product>;
  /**
   * The product catalogue, as a cursor connection. Archived products are hidden unless the
   * filter asks for them.
   */
  products: ProductConnection;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerycategoriesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerylocationArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerylocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LocationOrder>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryproductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The entry points for reading Stockroom. Lists are Relay cursor connections: page with
 * `first`/`after` (forwards) or `last`/`before` (backwards), at most 100 items a page.
 */
export type QueryproductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
};

/** Which location to restore. */
export type RestoreLocationInput = {
  /** The location's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `restoreLocation`. */
export type RestoreLocationPayload = {
  __typename?: 'RestoreLocationPayload';
  /** The restored location; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Which product to restore. */
export type RestoreProductInput = {
  /** The product's global ID. */
  id: Scalars['ID']['input'];
};

/** Result of `restoreProduct`. */
export type RestoreProductPayload = {
  __typename?: 'RestoreProductPayload';
  /** The restored product; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Sort direction for list orderings. */
export type SortDirection =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

/** Changes to a location; omitted fields keep their value. */
export type UpdateLocationInput = {
  /** New address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** New code, with the same rules as on creation. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The location to change. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<LocationKind>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateLocation`. */
export type UpdateLocationPayload = {
  __typename?: 'UpdateLocationPayload';
  /** The location after the change; null when there are user errors. */
  location?: Maybe<Location>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a product; omitted fields keep their value. */
export type UpdateProductInput = {
  /** New category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The product to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New price. */
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** New reorder point. */
  reorderPoint?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** New reorder quantity. */
  reorderQuantity?: InputMaybe<Scalars['NonNegativeInt']['input']>;
  /** New SKU, with the same rules as on creation. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** New unit of measure. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateProduct`. */
export type UpdateProductPayload = {
  __typename?: 'UpdateProductPayload';
  /** The product after the change; null when there are user errors. */
  product?: Maybe<Product>;
  /** What was wrong with the input; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * One problem with a mutation's input. Expected failures are reported here rather than as
 * GraphQL errors, so that a client can show them next to the offending field.
 */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: ErrorCode;
  /**
   * Path to the input field at fault, relative to the mutation's `input` argument,
   * e.g. `["price"]`; null when the error concerns the input as a whole.
   */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, in English. */
  message: Scalars['String']['output'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node: (LocationMapper & { __typename: 'Location' }) | (ProductMapper & { __typename: 'Product' });
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ArchiveLocationInput: ArchiveLocationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ArchiveLocationPayload: ResolverTypeWrapper<
    Omit<ArchiveLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  ArchiveProductInput: ArchiveProductInput;
  ArchiveProductPayload: ResolverTypeWrapper<
    Omit<ArchiveProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  Category: ResolverTypeWrapper<Category>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateLocationInput: CreateLocationInput;
  CreateLocationPayload: ResolverTypeWrapper<
    Omit<CreateLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  CreateProductInput: CreateProductInput;
  CreateProductPayload: ResolverTypeWrapper<
    Omit<CreateProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ErrorCode: ResolverTypeWrapper<
    | 'INVALID_ID'
    | 'NOT_FOUND'
    | 'BLANK'
    | 'TOO_LONG'
    | 'INVALID_FORMAT'
    | 'OUT_OF_RANGE'
    | 'DUPLICATE_SKU'
    | 'DUPLICATE_LOCATION_CODE'
  >;
  Location: ResolverTypeWrapper<LocationMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LocationConnection: ResolverTypeWrapper<LocationConnectionMapper>;
  LocationEdge: ResolverTypeWrapper<Omit<LocationEdge, 'node'> & { node: ResolversTypes['Location'] }>;
  LocationFilter: LocationFilter;
  LocationKind: ResolverTypeWrapper<'WAREHOUSE' | 'STORE' | 'DISTRIBUTION_CENTER' | 'OTHER'>;
  LocationOrder: LocationOrder;
  LocationOrderField: ResolverTypeWrapper<'CODE' | 'NAME' | 'CREATED_AT'>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfoMapper>;
  Product: ResolverTypeWrapper<ProductMapper>;
  ProductConnection: ResolverTypeWrapper<ProductConnectionMapper>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductOrder: ProductOrder;
  ProductOrderField: ResolverTypeWrapper<'SKU' | 'NAME' | 'PRICE' | 'CATEGORY' | 'CREATED_AT'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RestoreLocationInput: RestoreLocationInput;
  RestoreLocationPayload: ResolverTypeWrapper<
    Omit<RestoreLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  RestoreProductInput: RestoreProductInput;
  RestoreProductPayload: ResolverTypeWrapper<
    Omit<RestoreProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  SortDirection: ResolverTypeWrapper<'ASC' | 'DESC'>;
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationPayload: ResolverTypeWrapper<
    Omit<UpdateLocationPayload, 'location' | 'userErrors'> & {
      location?: Maybe<ResolversTypes['Location']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: ResolverTypeWrapper<
    Omit<UpdateProductPayload, 'product' | 'userErrors'> & {
      product?: Maybe<ResolversTypes['Product']>;
      userErrors: Array<ResolversTypes['UserError']>;
    }
  >;
  UserError: ResolverTypeWrapper<Omit<UserError, 'code'> & { code: ResolversTypes['ErrorCode'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ArchiveLocationInput: ArchiveLocationInput;
  ID: Scalars['ID']['output'];
  ArchiveLocationPayload: Omit<ArchiveLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  ArchiveProductInput: ArchiveProductInput;
  ArchiveProductPayload: Omit<ArchiveProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  Category: Category;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CreateLocationInput: CreateLocationInput;
  CreateLocationPayload: Omit<CreateLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  CreateProductInput: CreateProductInput;
  CreateProductPayload: Omit<CreateProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Location: LocationMapper;
  Boolean: Scalars['Boolean']['output'];
  LocationConnection: LocationConnectionMapper;
  LocationEdge: Omit<LocationEdge, 'node'> & { node: ResolversParentTypes['Location'] };
  LocationFilter: LocationFilter;
  LocationOrder: LocationOrder;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  PageInfo: PageInfoMapper;
  Product: ProductMapper;
  ProductConnection: ProductConnectionMapper;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductOrder: ProductOrder;
  Query: Record<PropertyKey, never>;
  RestoreLocationInput: RestoreLocationInput;
  RestoreLocationPayload: Omit<RestoreLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  RestoreProductInput: RestoreProductInput;
  RestoreProductPayload: Omit<RestoreProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationPayload: Omit<UpdateLocationPayload, 'location' | 'userErrors'> & {
    location?: Maybe<ResolversParentTypes['Location']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: Omit<UpdateProductPayload, 'product' | 'userErrors'> & {
    product?: Maybe<ResolversParentTypes['Product']>;
    userErrors: Array<ResolversParentTypes['UserError']>;
  };
  UserError: UserError;
};

export type ArchiveLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ArchiveLocationPayload'] = ResolversParentTypes['ArchiveLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ArchiveProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ArchiveProductPayload'] = ResolversParentTypes['ArchiveProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CategoryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CreateLocationPayload'] = ResolversParentTypes['CreateLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CreateProductPayload'] = ResolversParentTypes['CreateProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type ErrorCodeResolvers = EnumResolverSignature<
  {
    BLANK?: any;
    DUPLICATE_LOCATION_CODE?: any;
    DUPLICATE_SKU?: any;
    INVALID_FORMAT?: any;
    INVALID_ID?: any;
    NOT_FOUND?: any;
    OUT_OF_RANGE?: any;
    TOO_LONG?: any;
  },
  ResolversTypes['ErrorCode']
>;

export type LocationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LocationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocationConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LocationConnection'] = ResolversParentTypes['LocationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LocationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocationEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['LocationEdge'] = ResolversParentTypes['LocationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
};

export type LocationKindResolvers = EnumResolverSignature<
  { DISTRIBUTION_CENTER?: any; OTHER?: any; STORE?: any; WAREHOUSE?: any },
  ResolversTypes['LocationKind']
>;

export type LocationOrderFieldResolvers = EnumResolverSignature<
  { CODE?: any; CREATED_AT?: any; NAME?: any },
  ResolversTypes['LocationOrderField']
>;

export type MutationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  archiveLocation?: Resolver<
    ResolversTypes['ArchiveLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationarchiveLocationArgs, 'input'>
  >;
  archiveProduct?: Resolver<
    ResolversTypes['ArchiveProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationarchiveProductArgs, 'input'>
  >;
  createLocation?: Resolver<
    ResolversTypes['CreateLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateLocationArgs, 'input'>
  >;
  createProduct?: Resolver<
    ResolversTypes['CreateProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationcreateProductArgs, 'input'>
  >;
  restoreLocation?: Resolver<
    ResolversTypes['RestoreLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrestoreLocationArgs, 'input'>
  >;
  restoreProduct?: Resolver<
    ResolversTypes['RestoreProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationrestoreProductArgs, 'input'>
  >;
  updateLocation?: Resolver<
    ResolversTypes['UpdateLocationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateLocationArgs, 'input'>
  >;
  updateProduct?: Resolver<
    ResolversTypes['UpdateProductPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationupdateProductArgs, 'input'>
  >;
};

export type NodeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType?: TypeResolveFn<'Location' | 'Product', ParentType, ContextType>;
};

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type PageInfoResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  reorderPoint?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  reorderQuantity?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductOrderFieldResolvers = EnumResolverSignature<
  { CATEGORY?: any; CREATED_AT?: any; NAME?: any; PRICE?: any; SKU?: any },
  ResolversTypes['ProductOrderField']
>;

export type QueryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  categories?: Resolver<
    Array<ResolversTypes['Category']>,
    ParentType,
    ContextType,
    RequireFields<QuerycategoriesArgs, 'active'>
  >;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, Partial<QuerylocationArgs>>;
  locations?: Resolver<ResolversTypes['LocationConnection'], ParentType, ContextType, Partial<QuerylocationsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, Partial<QueryproductArgs>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryproductsArgs>>;
};

export type RestoreLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RestoreLocationPayload'] = ResolversParentTypes['RestoreLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RestoreProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RestoreProductPayload'] = ResolversParentTypes['RestoreProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SortDirectionResolvers = EnumResolverSignature<{ ASC?: any; DESC?: any }, ResolversTypes['SortDirection']>;

export type UpdateLocationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UpdateLocationPayload'] = ResolversParentTypes['UpdateLocationPayload'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateProductPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UpdateProductPayload'] = ResolversParentTypes['UpdateProductPayload'],
> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError'],
> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ArchiveLocationPayload?: ArchiveLocationPayloadResolvers<ContextType>;
  ArchiveProductPayload?: ArchiveProductPayloadResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CreateLocationPayload?: CreateLocationPayloadResolvers<ContextType>;
  CreateProductPayload?: CreateProductPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ErrorCode?: ErrorCodeResolvers;
  Location?: LocationResolvers<ContextType>;
  LocationConnection?: LocationConnectionResolvers<ContextType>;
  LocationEdge?: LocationEdgeResolvers<ContextType>;
  LocationKind?: LocationKindResolvers;
  LocationOrderField?: LocationOrderFieldResolvers;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductOrderField?: ProductOrderFieldResolvers;
  Query?: QueryResolvers<ContextType>;
  RestoreLocationPayload?: RestoreLocationPayloadResolvers<ContextType>;
  RestoreProductPayload?: RestoreProductPayloadResolvers<ContextType>;
  SortDirection?: SortDirectionResolvers;
  UpdateLocationPayload?: UpdateLocationPayloadResolvers<ContextType>;
  UpdateProductPayload?: UpdateProductPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};
