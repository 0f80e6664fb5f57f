/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query CatalogueCategories {\n  categories(active: null) {\n    name\n    productCount\n  }\n}': typeof types.CatalogueCategoriesDocument;
  'mutation CatalogueCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}': typeof types.CatalogueCreateProductDocument;
  'fragment CatalogueProductDetails on Product {\n  id\n  sku\n  name\n  description\n  category\n  unit\n  price\n  reorderPoint\n  reorderQuantity\n  preferredSupplier\n  leadTimeDays\n  active\n}': typeof types.CatalogueProductDetailsFragmentDoc;
  'query CatalogueProducts($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      category\n      unit\n      price\n      active\n      onHand\n      available\n      reorderPoint\n    }\n  }\n}': typeof types.CatalogueProductsDocument;
  'mutation CatalogueUpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}': typeof types.CatalogueUpdateProductDocument;
  'query LocationMovementSummary($id: ID!, $from: DateTime!, $to: DateTime!, $interval: SummaryInterval!) {\n  movementSummary(from: $from, to: $to, interval: $interval, locationId: $id) {\n    interval\n    buckets {\n      start\n      end\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n      net\n    }\n  }\n}': typeof types.LocationMovementSummaryDocument;
  'query LocationPage($id: ID!) {\n  location(id: $id) {\n    id\n    code\n    name\n    address\n    kind\n    active\n  }\n}': typeof types.LocationPageDocument;
  'query LocationStock($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n  location(id: $id) {\n    id\n    stockLevels(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...LocationStockLevel\n      }\n    }\n  }\n}': typeof types.LocationStockDocument;
  'fragment LocationStockFigures on StockLevel {\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n}': typeof types.LocationStockFiguresFragmentDoc;
  'fragment LocationStockLevel on StockLevel {\n  product {\n    id\n    sku\n    name\n    unit\n  }\n  ...LocationStockFigures\n}': typeof types.LocationStockLevelFragmentDoc;
  'query LocationStockSearch($id: ID!, $search: String!, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: {search: $search}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      unit\n      stockLevels(locationId: $id) {\n        ...LocationStockFigures\n      }\n    }\n  }\n}': typeof types.LocationStockSearchDocument;
  'mutation LowStockDraftOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    purchaseOrder {\n      id\n      supplier\n      status\n      lines {\n        id\n        quantity\n        product {\n          sku\n        }\n      }\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}': typeof types.LowStockDraftOrderDocument;
  'query LowStockReport($locationId: ID, $category: String, $after: String) {\n  lowStock(\n    locationId: $locationId\n    category: $category\n    first: 100\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      product {\n        id\n        sku\n        name\n        category\n        unit\n        preferredSupplier\n        averageCost\n      }\n      location {\n        id\n        code\n      }\n      onHand\n      available\n      reorderPoint\n      incoming\n      suggestedOrderQuantity\n      daysOfCover\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}': typeof types.LowStockReportDocument;
  'query OverviewCards($locationId: ID, $before: DateTime!, $split: DateTime!, $now: DateTime!) {\n  valuation: inventoryValuation(\n    locationId: $locationId\n    groupBy: CATEGORY\n    first: 1\n  ) {\n    at\n    totalQuantity\n    totalValue\n  }\n  lowStock(locationId: $locationId, first: 1) {\n    totalCount\n  }\n  salesNow: salesReport(\n    from: $split\n    to: $now\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  salesBefore: salesReport(\n    from: $before\n    to: $split\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}': typeof types.OverviewCardsDocument;
  'query OverviewCharts($locationId: ID, $from: DateTime!, $to: DateTime!, $valueInterval: SummaryInterval!, $timeZone: String!) {\n  valuationHistory(\n    from: $from\n    to: $to\n    interval: $valueInterval\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    at\n    totalValue\n  }\n  movementSummary(\n    from: $from\n    to: $to\n    interval: DAY\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    buckets {\n      start\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n    }\n  }\n  byCategory: salesReport(\n    from: $from\n    to: $to\n    groupBy: CATEGORY\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 12\n  ) {\n    rows {\n      key\n      units\n      revenue\n      margin\n    }\n  }\n  topBySales: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n  topByMargin: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: MARGIN\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n}\n\nfragment OverviewSalesRow on SalesReportRow {\n  key\n  product {\n    id\n    sku\n    name\n  }\n  units\n  revenue\n  margin\n}': typeof types.OverviewChartsDocument;
  'mutation ProductAdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...ProductStockResult\n  }\n}': typeof types.ProductAdjustStockDocument;
  'query ProductLocationOptions {\n  locations(first: 100, orderBy: {field: CODE}) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}': typeof types.ProductLocationOptionsDocument;
  'query ProductMovements($id: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    movements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          quantity\n          fromLocation {\n            id\n            code\n          }\n          toLocation {\n            id\n            code\n          }\n          unitCost @include(if: $withCosts)\n          unitPrice\n          reason\n          reference\n          counterparty\n          occurredAt\n        }\n      }\n    }\n  }\n}': typeof types.ProductMovementsDocument;
  'query ProductOnHandHistory($id: ID!, $locationId: ID, $at0: DateTime!, $at1: DateTime!, $at2: DateTime!, $at3: DateTime!, $at4: DateTime!, $at5: DateTime!, $at6: DateTime!, $at7: DateTime!, $at8: DateTime!, $at9: DateTime!, $at10: DateTime!, $at11: DateTime!, $at12: DateTime!) {\n  product(id: $id) {\n    id\n    p0: stockAsOf(at: $at0, locationId: $locationId) {\n      at\n      onHand\n    }\n    p1: stockAsOf(at: $at1, locationId: $locationId) {\n      at\n      onHand\n    }\n    p2: stockAsOf(at: $at2, locationId: $locationId) {\n      at\n      onHand\n    }\n    p3: stockAsOf(at: $at3, locationId: $locationId) {\n      at\n      onHand\n    }\n    p4: stockAsOf(at: $at4, locationId: $locationId) {\n      at\n      onHand\n    }\n    p5: stockAsOf(at: $at5, locationId: $locationId) {\n      at\n      onHand\n    }\n    p6: stockAsOf(at: $at6, locationId: $locationId) {\n      at\n      onHand\n    }\n    p7: stockAsOf(at: $at7, locationId: $locationId) {\n      at\n      onHand\n    }\n    p8: stockAsOf(at: $at8, locationId: $locationId) {\n      at\n      onHand\n    }\n    p9: stockAsOf(at: $at9, locationId: $locationId) {\n      at\n      onHand\n    }\n    p10: stockAsOf(at: $at10, locationId: $locationId) {\n      at\n      onHand\n    }\n    p11: stockAsOf(at: $at11, locationId: $locationId) {\n      at\n      onHand\n    }\n    p12: stockAsOf(at: $at12, locationId: $locationId) {\n      at\n      onHand\n    }\n  }\n}': typeof types.ProductOnHandHistoryDocument;
  'query ProductPage($id: ID!, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    category\n    unit\n    price\n    reorderPoint\n    reorderQuantity\n    preferredSupplier\n    leadTimeDays\n    active\n    onHand\n    reserved\n    committed\n    damaged\n    qualityControl\n    safetyStock\n    available\n    incoming\n    averageCost @include(if: $withCosts)\n    inventoryValue @include(if: $withCosts)\n    stockLevels {\n      ...ProductStockLevel\n    }\n    similar(first: 5) @include(if: $withCosts) {\n      score\n      product {\n        id\n        sku\n        name\n        category\n        price\n      }\n    }\n  }\n}': typeof types.ProductPageDocument;
  'mutation ProductReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...ProductStockResult\n  }\n}': typeof types.ProductReceiveStockDocument;
  'mutation ProductShipStock($input: ShipStockInput!) {\n  shipStock(input: $input) {\n    ...ProductStockResult\n  }\n}': typeof types.ProductShipStockDocument;
  'fragment ProductStockLevel on StockLevel {\n  location {\n    id\n    code\n    name\n  }\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n  updatedAt\n}': typeof types.ProductStockLevelFragmentDoc;
  'fragment ProductStockResult on StockMovementPayload {\n  movement {\n    id\n    kind\n    quantity\n  }\n  stockLevels {\n    ...ProductStockLevel\n  }\n  userErrors {\n    code\n    field\n    message\n  }\n}': typeof types.ProductStockResultFragmentDoc;
  'mutation ProductTransferStock($input: TransferStockInput!) {\n  transferStock(input: $input) {\n    ...ProductStockResult\n  }\n}': typeof types.ProductTransferStockDocument;
  'mutation AppSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}': typeof types.AppSignInDocument;
};
const documents: Documents = {
  'query CatalogueCategories {\n  categories(active: null) {\n    name\n    productCount\n  }\n}':
    types.CatalogueCategoriesDocument,
  'mutation CatalogueCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}':
    types.CatalogueCreateProductDocument,
  'fragment CatalogueProductDetails on Product {\n  id\n  sku\n  name\n  description\n  category\n  unit\n  price\n  reorderPoint\n  reorderQuantity\n  preferredSupplier\n  leadTimeDays\n  active\n}':
    types.CatalogueProductDetailsFragmentDoc,
  'query CatalogueProducts($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      category\n      unit\n      price\n      active\n      onHand\n      available\n      reorderPoint\n    }\n  }\n}':
    types.CatalogueProductsDocument,
  'mutation CatalogueUpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}':
    types.CatalogueUpdateProductDocument,
  'query LocationMovementSummary($id: ID!, $from: DateTime!, $to: DateTime!, $interval: SummaryInterval!) {\n  movementSummary(from: $from, to: $to, interval: $interval, locationId: $id) {\n    interval\n    buckets {\n      start\n      end\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n      net\n    }\n  }\n}':
    types.LocationMovementSummaryDocument,
  'query LocationPage($id: ID!) {\n  location(id: $id) {\n    id\n    code\n    name\n    address\n    kind\n    active\n  }\n}':
    types.LocationPageDocument,
  'query LocationStock($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n  location(id: $id) {\n    id\n    stockLevels(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...LocationStockLevel\n      }\n    }\n  }\n}':
    types.LocationStockDocument,
  'fragment LocationStockFigures on StockLevel {\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n}':
    types.LocationStockFiguresFragmentDoc,
  'fragment LocationStockLevel on StockLevel {\n  product {\n    id\n    sku\n    name\n    unit\n  }\n  ...LocationStockFigures\n}':
    types.LocationStockLevelFragmentDoc,
  'query LocationStockSearch($id: ID!, $search: String!, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: {search: $search}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      unit\n      stockLevels(locationId: $id) {\n        ...LocationStockFigures\n      }\n    }\n  }\n}':
    types.LocationStockSearchDocument,
  'mutation LowStockDraftOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    purchaseOrder {\n      id\n      supplier\n      status\n      lines {\n        id\n        quantity\n        product {\n          sku\n        }\n      }\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}':
    types.LowStockDraftOrderDocument,
  'query LowStockReport($locationId: ID, $category: String, $after: String) {\n  lowStock(\n    locationId: $locationId\n    category: $category\n    first: 100\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      product {\n        id\n        sku\n        name\n        category\n        unit\n        preferredSupplier\n        averageCost\n      }\n      location {\n        id\n        code\n      }\n      onHand\n      available\n      reorderPoint\n      incoming\n      suggestedOrderQuantity\n      daysOfCover\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}':
    types.LowStockReportDocument,
  'query OverviewCards($locationId: ID, $before: DateTime!, $split: DateTime!, $now: DateTime!) {\n  valuation: inventoryValuation(\n    locationId: $locationId\n    groupBy: CATEGORY\n    first: 1\n  ) {\n    at\n    totalQuantity\n    totalValue\n  }\n  lowStock(locationId: $locationId, first: 1) {\n    totalCount\n  }\n  salesNow: salesReport(\n    from: $split\n    to: $now\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  salesBefore: salesReport(\n    from: $before\n    to: $split\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}':
    types.OverviewCardsDocument,
  'query OverviewCharts($locationId: ID, $from: DateTime!, $to: DateTime!, $valueInterval: SummaryInterval!, $timeZone: String!) {\n  valuationHistory(\n    from: $from\n    to: $to\n    interval: $valueInterval\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    at\n    totalValue\n  }\n  movementSummary(\n    from: $from\n    to: $to\n    interval: DAY\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    buckets {\n      start\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n    }\n  }\n  byCategory: salesReport(\n    from: $from\n    to: $to\n    groupBy: CATEGORY\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 12\n  ) {\n    rows {\n      key\n      units\n      revenue\n      margin\n    }\n  }\n  topBySales: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n  topByMargin: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: MARGIN\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n}\n\nfragment OverviewSalesRow on SalesReportRow {\n  key\n  product {\n    id\n    sku\n    name\n  }\n  units\n  revenue\n  margin\n}':
    types.OverviewChartsDocument,
  'mutation ProductAdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...ProductStockResult\n  }\n}':
    types.ProductAdjustStockDocument,
  'query ProductLocationOptions {\n  locations(first: 100, orderBy: {field: CODE}) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}':
    types.ProductLocationOptionsDocument,
  'query ProductMovements($id: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    movements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          quantity\n          fromLocation {\n            id\n            code\n          }\n          toLocation {\n            id\n            code\n          }\n          unitCost @include(if: $withCosts)\n          unitPrice\n          reason\n          reference\n          counterparty\n          occurredAt\n        }\n      }\n    }\n  }\n}':
    types.ProductMovementsDocument,
  'query ProductOnHandHistory($id: ID!, $locationId: ID, $at0: DateTime!, $at1: DateTime!, $at2: DateTime!, $at3: DateTime!, $at4: DateTime!, $at5: DateTime!, $at6: DateTime!, $at7: DateTime!, $at8: DateTime!, $at9: DateTime!, $at10: DateTime!, $at11: DateTime!, $at12: DateTime!) {\n  product(id: $id) {\n    id\n    p0: stockAsOf(at: $at0, locationId: $locationId) {\n      at\n      onHand\n    }\n    p1: stockAsOf(at: $at1, locationId: $locationId) {\n      at\n      onHand\n    }\n    p2: stockAsOf(at: $at2, locationId: $locationId) {\n      at\n      onHand\n    }\n    p3: stockAsOf(at: $at3, locationId: $locationId) {\n      at\n      onHand\n    }\n    p4: stockAsOf(at: $at4, locationId: $locationId) {\n      at\n      onHand\n    }\n    p5: stockAsOf(at: $at5, locationId: $locationId) {\n      at\n      onHand\n    }\n    p6: stockAsOf(at: $at6, locationId: $locationId) {\n      at\n      onHand\n    }\n    p7: stockAsOf(at: $at7, locationId: $locationId) {\n      at\n      onHand\n    }\n    p8: stockAsOf(at: $at8, locationId: $locationId) {\n      at\n      onHand\n    }\n    p9: stockAsOf(at: $at9, locationId: $locationId) {\n      at\n      onHand\n    }\n    p10: stockAsOf(at: $at10, locationId: $locationId) {\n      at\n      onHand\n    }\n    p11: stockAsOf(at: $at11, locationId: $locationId) {\n      at\n      onHand\n    }\n    p12: stockAsOf(at: $at12, locationId: $locationId) {\n      at\n      onHand\n    }\n  }\n}':
    types.ProductOnHandHistoryDocument,
  'query ProductPage($id: ID!, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    category\n    unit\n    price\n    reorderPoint\n    reorderQuantity\n    preferredSupplier\n    leadTimeDays\n    active\n    onHand\n    reserved\n    committed\n    damaged\n    qualityControl\n    safetyStock\n    available\n    incoming\n    averageCost @include(if: $withCosts)\n    inventoryValue @include(if: $withCosts)\n    stockLevels {\n      ...ProductStockLevel\n    }\n    similar(first: 5) @include(if: $withCosts) {\n      score\n      product {\n        id\n        sku\n        name\n        category\n        price\n      }\n    }\n  }\n}':
    types.ProductPageDocument,
  'mutation ProductReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...ProductStockResult\n  }\n}':
    types.ProductReceiveStockDocument,
  'mutation ProductShipStock($input: ShipStockInput!) {\n  shipStock(input: $input) {\n    ...ProductStockResult\n  }\n}':
    types.ProductShipStockDocument,
  'fragment ProductStockLevel on StockLevel {\n  location {\n    id\n    code\n    name\n  }\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n  updatedAt\n}':
    types.ProductStockLevelFragmentDoc,
  'fragment ProductStockResult on StockMovementPayload {\n  movement {\n    id\n    kind\n    quantity\n  }\n  stockLevels {\n    ...ProductStockLevel\n  }\n  userErrors {\n    code\n    field\n    message\n  }\n}':
    types.ProductStockResultFragmentDoc,
  'mutation ProductTransferStock($input: TransferStockInput!) {\n  transferStock(input: $input) {\n    ...ProductStockResult\n  }\n}':
    types.ProductTransferStockDocument,
  'mutation AppSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}':
    types.AppSignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CatalogueCategories {\n  categories(active: null) {\n    name\n    productCount\n  }\n}',
): (typeof documents)['query CatalogueCategories {\n  categories(active: null) {\n    name\n    productCount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CatalogueCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}',
): (typeof documents)['mutation CatalogueCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CatalogueProductDetails on Product {\n  id\n  sku\n  name\n  description\n  category\n  unit\n  price\n  reorderPoint\n  reorderQuantity\n  preferredSupplier\n  leadTimeDays\n  active\n}',
): (typeof documents)['fragment CatalogueProductDetails on Product {\n  id\n  sku\n  name\n  description\n  category\n  unit\n  price\n  reorderPoint\n  reorderQuantity\n  preferredSupplier\n  leadTimeDays\n  active\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CatalogueProducts($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      category\n      unit\n      price\n      active\n      onHand\n      available\n      reorderPoint\n    }\n  }\n}',
): (typeof documents)['query CatalogueProducts($filter: ProductFilter, $orderBy: ProductOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      category\n      unit\n      price\n      active\n      onHand\n      available\n      reorderPoint\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CatalogueUpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}',
): (typeof documents)['mutation CatalogueUpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    product {\n      ...CatalogueProductDetails\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LocationMovementSummary($id: ID!, $from: DateTime!, $to: DateTime!, $interval: SummaryInterval!) {\n  movementSummary(from: $from, to: $to, interval: $interval, locationId: $id) {\n    interval\n    buckets {\n      start\n      end\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n      net\n    }\n  }\n}',
): (typeof documents)['query LocationMovementSummary($id: ID!, $from: DateTime!, $to: DateTime!, $interval: SummaryInterval!) {\n  movementSummary(from: $from, to: $to, interval: $interval, locationId: $id) {\n    interval\n    buckets {\n      start\n      end\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n      net\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LocationPage($id: ID!) {\n  location(id: $id) {\n    id\n    code\n    name\n    address\n    kind\n    active\n  }\n}',
): (typeof documents)['query LocationPage($id: ID!) {\n  location(id: $id) {\n    id\n    code\n    name\n    address\n    kind\n    active\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LocationStock($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n  location(id: $id) {\n    id\n    stockLevels(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...LocationStockLevel\n      }\n    }\n  }\n}',
): (typeof documents)['query LocationStock($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n  location(id: $id) {\n    id\n    stockLevels(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...LocationStockLevel\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment LocationStockFigures on StockLevel {\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n}',
): (typeof documents)['fragment LocationStockFigures on StockLevel {\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment LocationStockLevel on StockLevel {\n  product {\n    id\n    sku\n    name\n    unit\n  }\n  ...LocationStockFigures\n}',
): (typeof documents)['fragment LocationStockLevel on StockLevel {\n  product {\n    id\n    sku\n    name\n    unit\n  }\n  ...LocationStockFigures\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LocationStockSearch($id: ID!, $search: String!, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: {search: $search}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      unit\n      stockLevels(locationId: $id) {\n        ...LocationStockFigures\n      }\n    }\n  }\n}',
): (typeof documents)['query LocationStockSearch($id: ID!, $search: String!, $first: Int, $after: String, $last: Int, $before: String) {\n  products(\n    filter: {search: $search}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      sku\n      name\n      unit\n      stockLevels(locationId: $id) {\n        ...LocationStockFigures\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation LowStockDraftOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    purchaseOrder {\n      id\n      supplier\n      status\n      lines {\n        id\n        quantity\n        product {\n          sku\n        }\n      }\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}',
): (typeof documents)['mutation LowStockDraftOrder($input: CreatePurchaseOrderInput!) {\n  createPurchaseOrder(input: $input) {\n    purchaseOrder {\n      id\n      supplier\n      status\n      lines {\n        id\n        quantity\n        product {\n          sku\n        }\n      }\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LowStockReport($locationId: ID, $category: String, $after: String) {\n  lowStock(\n    locationId: $locationId\n    category: $category\n    first: 100\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      product {\n        id\n        sku\n        name\n        category\n        unit\n        preferredSupplier\n        averageCost\n      }\n      location {\n        id\n        code\n      }\n      onHand\n      available\n      reorderPoint\n      incoming\n      suggestedOrderQuantity\n      daysOfCover\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}',
): (typeof documents)['query LowStockReport($locationId: ID, $category: String, $after: String) {\n  lowStock(\n    locationId: $locationId\n    category: $category\n    first: 100\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      product {\n        id\n        sku\n        name\n        category\n        unit\n        preferredSupplier\n        averageCost\n      }\n      location {\n        id\n        code\n      }\n      onHand\n      available\n      reorderPoint\n      incoming\n      suggestedOrderQuantity\n      daysOfCover\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OverviewCards($locationId: ID, $before: DateTime!, $split: DateTime!, $now: DateTime!) {\n  valuation: inventoryValuation(\n    locationId: $locationId\n    groupBy: CATEGORY\n    first: 1\n  ) {\n    at\n    totalQuantity\n    totalValue\n  }\n  lowStock(locationId: $locationId, first: 1) {\n    totalCount\n  }\n  salesNow: salesReport(\n    from: $split\n    to: $now\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  salesBefore: salesReport(\n    from: $before\n    to: $split\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}',
): (typeof documents)['query OverviewCards($locationId: ID, $before: DateTime!, $split: DateTime!, $now: DateTime!) {\n  valuation: inventoryValuation(\n    locationId: $locationId\n    groupBy: CATEGORY\n    first: 1\n  ) {\n    at\n    totalQuantity\n    totalValue\n  }\n  lowStock(locationId: $locationId, first: 1) {\n    totalCount\n  }\n  salesNow: salesReport(\n    from: $split\n    to: $now\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  salesBefore: salesReport(\n    from: $before\n    to: $split\n    groupBy: CATEGORY\n    locationId: $locationId\n    first: 1\n  ) {\n    totals {\n      units\n      revenue\n      margin\n      marginPercent\n    }\n  }\n  locations(first: 100) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OverviewCharts($locationId: ID, $from: DateTime!, $to: DateTime!, $valueInterval: SummaryInterval!, $timeZone: String!) {\n  valuationHistory(\n    from: $from\n    to: $to\n    interval: $valueInterval\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    at\n    totalValue\n  }\n  movementSummary(\n    from: $from\n    to: $to\n    interval: DAY\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    buckets {\n      start\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n    }\n  }\n  byCategory: salesReport(\n    from: $from\n    to: $to\n    groupBy: CATEGORY\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 12\n  ) {\n    rows {\n      key\n      units\n      revenue\n      margin\n    }\n  }\n  topBySales: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n  topByMargin: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: MARGIN\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n}\n\nfragment OverviewSalesRow on SalesReportRow {\n  key\n  product {\n    id\n    sku\n    name\n  }\n  units\n  revenue\n  margin\n}',
): (typeof documents)['query OverviewCharts($locationId: ID, $from: DateTime!, $to: DateTime!, $valueInterval: SummaryInterval!, $timeZone: String!) {\n  valuationHistory(\n    from: $from\n    to: $to\n    interval: $valueInterval\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    at\n    totalValue\n  }\n  movementSummary(\n    from: $from\n    to: $to\n    interval: DAY\n    timeZone: $timeZone\n    locationId: $locationId\n  ) {\n    buckets {\n      start\n      received\n      shipped\n      returned\n      transferredIn\n      transferredOut\n      adjusted\n      writtenOff\n    }\n  }\n  byCategory: salesReport(\n    from: $from\n    to: $to\n    groupBy: CATEGORY\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 12\n  ) {\n    rows {\n      key\n      units\n      revenue\n      margin\n    }\n  }\n  topBySales: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: REVENUE\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n  topByMargin: salesReport(\n    from: $from\n    to: $to\n    groupBy: PRODUCT\n    orderBy: MARGIN\n    locationId: $locationId\n    first: 10\n  ) {\n    rows {\n      ...OverviewSalesRow\n    }\n  }\n}\n\nfragment OverviewSalesRow on SalesReportRow {\n  key\n  product {\n    id\n    sku\n    name\n  }\n  units\n  revenue\n  margin\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ProductAdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...ProductStockResult\n  }\n}',
): (typeof documents)['mutation ProductAdjustStock($input: AdjustStockInput!) {\n  adjustStock(input: $input) {\n    ...ProductStockResult\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ProductLocationOptions {\n  locations(first: 100, orderBy: {field: CODE}) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}',
): (typeof documents)['query ProductLocationOptions {\n  locations(first: 100, orderBy: {field: CODE}) {\n    nodes {\n      id\n      code\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ProductMovements($id: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    movements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          quantity\n          fromLocation {\n            id\n            code\n          }\n          toLocation {\n            id\n            code\n          }\n          unitCost @include(if: $withCosts)\n          unitPrice\n          reason\n          reference\n          counterparty\n          occurredAt\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query ProductMovements($id: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    movements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          quantity\n          fromLocation {\n            id\n            code\n          }\n          toLocation {\n            id\n            code\n          }\n          unitCost @include(if: $withCosts)\n          unitPrice\n          reason\n          reference\n          counterparty\n          occurredAt\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ProductOnHandHistory($id: ID!, $locationId: ID, $at0: DateTime!, $at1: DateTime!, $at2: DateTime!, $at3: DateTime!, $at4: DateTime!, $at5: DateTime!, $at6: DateTime!, $at7: DateTime!, $at8: DateTime!, $at9: DateTime!, $at10: DateTime!, $at11: DateTime!, $at12: DateTime!) {\n  product(id: $id) {\n    id\n    p0: stockAsOf(at: $at0, locationId: $locationId) {\n      at\n      onHand\n    }\n    p1: stockAsOf(at: $at1, locationId: $locationId) {\n      at\n      onHand\n    }\n    p2: stockAsOf(at: $at2, locationId: $locationId) {\n      at\n      onHand\n    }\n    p3: stockAsOf(at: $at3, locationId: $locationId) {\n      at\n      onHand\n    }\n    p4: stockAsOf(at: $at4, locationId: $locationId) {\n      at\n      onHand\n    }\n    p5: stockAsOf(at: $at5, locationId: $locationId) {\n      at\n      onHand\n    }\n    p6: stockAsOf(at: $at6, locationId: $locationId) {\n      at\n      onHand\n    }\n    p7: stockAsOf(at: $at7, locationId: $locationId) {\n      at\n      onHand\n    }\n    p8: stockAsOf(at: $at8, locationId: $locationId) {\n      at\n      onHand\n    }\n    p9: stockAsOf(at: $at9, locationId: $locationId) {\n      at\n      onHand\n    }\n    p10: stockAsOf(at: $at10, locationId: $locationId) {\n      at\n      onHand\n    }\n    p11: stockAsOf(at: $at11, locationId: $locationId) {\n      at\n      onHand\n    }\n    p12: stockAsOf(at: $at12, locationId: $locationId) {\n      at\n      onHand\n    }\n  }\n}',
): (typeof documents)['query ProductOnHandHistory($id: ID!, $locationId: ID, $at0: DateTime!, $at1: DateTime!, $at2: DateTime!, $at3: DateTime!, $at4: DateTime!, $at5: DateTime!, $at6: DateTime!, $at7: DateTime!, $at8: DateTime!, $at9: DateTime!, $at10: DateTime!, $at11: DateTime!, $at12: DateTime!) {\n  product(id: $id) {\n    id\n    p0: stockAsOf(at: $at0, locationId: $locationId) {\n      at\n      onHand\n    }\n    p1: stockAsOf(at: $at1, locationId: $locationId) {\n      at\n      onHand\n    }\n    p2: stockAsOf(at: $at2, locationId: $locationId) {\n      at\n      onHand\n    }\n    p3: stockAsOf(at: $at3, locationId: $locationId) {\n      at\n      onHand\n    }\n    p4: stockAsOf(at: $at4, locationId: $locationId) {\n      at\n      onHand\n    }\n    p5: stockAsOf(at: $at5, locationId: $locationId) {\n      at\n      onHand\n    }\n    p6: stockAsOf(at: $at6, locationId: $locationId) {\n      at\n      onHand\n    }\n    p7: stockAsOf(at: $at7, locationId: $locationId) {\n      at\n      onHand\n    }\n    p8: stockAsOf(at: $at8, locationId: $locationId) {\n      at\n      onHand\n    }\n    p9: stockAsOf(at: $at9, locationId: $locationId) {\n      at\n      onHand\n    }\n    p10: stockAsOf(at: $at10, locationId: $locationId) {\n      at\n      onHand\n    }\n    p11: stockAsOf(at: $at11, locationId: $locationId) {\n      at\n      onHand\n    }\n    p12: stockAsOf(at: $at12, locationId: $locationId) {\n      at\n      onHand\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ProductPage($id: ID!, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    category\n    unit\n    price\n    reorderPoint\n    reorderQuantity\n    preferredSupplier\n    leadTimeDays\n    active\n    onHand\n    reserved\n    committed\n    damaged\n    qualityControl\n    safetyStock\n    available\n    incoming\n    averageCost @include(if: $withCosts)\n    inventoryValue @include(if: $withCosts)\n    stockLevels {\n      ...ProductStockLevel\n    }\n    similar(first: 5) @include(if: $withCosts) {\n      score\n      product {\n        id\n        sku\n        name\n        category\n        price\n      }\n    }\n  }\n}',
): (typeof documents)['query ProductPage($id: ID!, $withCosts: Boolean!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    category\n    unit\n    price\n    reorderPoint\n    reorderQuantity\n    preferredSupplier\n    leadTimeDays\n    active\n    onHand\n    reserved\n    committed\n    damaged\n    qualityControl\n    safetyStock\n    available\n    incoming\n    averageCost @include(if: $withCosts)\n    inventoryValue @include(if: $withCosts)\n    stockLevels {\n      ...ProductStockLevel\n    }\n    similar(first: 5) @include(if: $withCosts) {\n      score\n      product {\n        id\n        sku\n        name\n        category\n        price\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ProductReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...ProductStockResult\n  }\n}',
): (typeof documents)['mutation ProductReceiveStock($input: ReceiveStockInput!) {\n  receiveStock(input: $input) {\n    ...ProductStockResult\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ProductShipStock($input: ShipStockInput!) {\n  shipStock(input: $input) {\n    ...ProductStockResult\n  }\n}',
): (typeof documents)['mutation ProductShipStock($input: ShipStockInput!) {\n  shipStock(input: $input) {\n    ...ProductStockResult\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ProductStockLevel on StockLevel {\n  location {\n    id\n    code\n    name\n  }\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n  updatedAt\n}',
): (typeof documents)['fragment ProductStockLevel on StockLevel {\n  location {\n    id\n    code\n    name\n  }\n  onHand\n  available\n  reserved\n  committed\n  damaged\n  qualityControl\n  safetyStock\n  incoming\n  updatedAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ProductStockResult on StockMovementPayload {\n  movement {\n    id\n    kind\n    quantity\n  }\n  stockLevels {\n    ...ProductStockLevel\n  }\n  userErrors {\n    code\n    field\n    message\n  }\n}',
): (typeof documents)['fragment ProductStockResult on StockMovementPayload {\n  movement {\n    id\n    kind\n    quantity\n  }\n  stockLevels {\n    ...ProductStockLevel\n  }\n  userErrors {\n    code\n    field\n    message\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ProductTransferStock($input: TransferStockInput!) {\n  transferStock(input: $input) {\n    ...ProductStockResult\n  }\n}',
): (typeof documents)['mutation ProductTransferStock($input: TransferStockInput!) {\n  transferStock(input: $input) {\n    ...ProductStockResult\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AppSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}',
): (typeof documents)['mutation AppSignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    token\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
