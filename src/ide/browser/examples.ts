// The tabs a first visit opens with: sign in, read the catalogue with its stock, record a movement
// and hold some of it for a cart. GraphiQL keeps the user's own tabs in localStorage afterwards;
// these show only until then.

const signIn = `# Welcome to Stockroom's GraphQL IDE.
#
# 1. Put your email and password below and run this
#    mutation (the pink button, or Ctrl+Enter).
# 2. Copy the token from the result into Headers (below):
#      {"Authorization": "Bearer <token>"}
#    An API key works the same way, or as
#      {"x-api-key": "<key>"}
# 3. Every other operation needs that header.
#
# Docs (the book icon, left) describe every type and
# field; Ctrl+Space completes fields as you type.
mutation SignIn {
  signIn(input: { email: "admin@stockroom.local", password: "" }) {
    token
    expiresAt
    user {
      email
      role
    }
    userErrors {
      code
      field
      message
    }
  }
}
`;

const productsWithStock = `# The catalogue, ten products a page, with each
# product's stock at every location. For the next page,
# add  after: "<pageInfo.endCursor>"  next to first.
query ProductsWithStock {
  products(first: 10, orderBy: { field: SKU, direction: ASC }) {
    totalCount
    edges {
      node {
        id
        sku
        name
        price
        onHand
        available
        stockLevels {
          location {
            code
            name
          }
          onHand
          reserved
          available
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`;

const receiveStock = `# Recording a movement: stock arriving at a warehouse,
# then two units of it held for a customer's cart.
# 1. Run FindIds (the run button offers every operation)
#    and copy the two IDs into the variables (below),
#    in input and in reserve.
# 2. Run ReceiveStock. Expected failures, such as an
#    unknown product, come back in userErrors.
# 3. Run ReserveStock: the units count as reserved, not
#    available, for 15 minutes, then come back by
#    themselves. commitReservation keeps them for a
#    placed order; shipStock with reservationId ships them.
mutation ReceiveStock($input: ReceiveStockInput!) {
  receiveStock(input: $input) {
    movement {
      id
      kind
      quantity
      unitCost
      occurredAt
    }
    stockLevels {
      location {
        code
      }
      onHand
      available
    }
    userErrors {
      code
      field
      message
    }
  }
}

mutation ReserveStock($reserve: ReserveStockInput!) {
  reserveStock(input: $reserve) {
    reservation {
      id
      status
      expiresAt
      lines {
        product {
          sku
        }
        location {
          code
        }
        quantity
      }
    }
    stockLevels {
      location {
        code
      }
      onHand
      reserved
      committed
      damaged
      qualityControl
      safetyStock
      available
    }
    userErrors {
      code
      field
      message
    }
  }
}

query FindIds {
  product(sku: "TL-001-01") {
    id
    name
    onHand
  }
  location(code: "WH-EAST") {
    id
    name
  }
}
`;

/** GraphiQL's TabDefinition, the part used here. */
export interface ExampleTab {
  query: string;
  variables?: string;
}

export const EXAMPLE_TABS: ExampleTab[] = [
  { query: signIn },
  { query: productsWithStock },
  {
    query: receiveStock,
    variables: JSON.stringify(
      {
        input: {
          productId: '<product id from FindIds>',
          locationId: '<location id from FindIds>',
          quantity: 12,
          unitCost: '4.50',
          reference: 'PO-1001',
          counterparty: 'Acme Supplies',
        },
        reserve: {
          lines: [
            {
              productId: '<product id from FindIds>',
              locationId: '<location id from FindIds>',
              quantity: 2,
            },
          ],
          reference: 'CART-1001',
          holder: 'web-shop',
          ttlSeconds: 900,
        },
      },
      null,
      2,
    ),
  },
];
