// A product page reads the product, its levels and its movements in one statement, looking ahead
// at the movements' arguments. Whatever it reads ahead must answer exactly as the movements list
// answers on its own: the same rows, cursors, page info and errors, in the same places.
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
/** The product's global ID. */
let productId: string;

beforeAll(async () => {
  server = await startTestServer();
  const [north, south] = [await givenLocation(server), await givenLocation(server)];
  const product = await givenProduct(server, { sku: 'PAGE-1' });
  productId = product.id;
  for (const location of [north, south])
    await givenMovement(server, 'receive', { productId, locationId: location.id, quantity: 20 });
  for (let move = 0; move < 6; move += 1) {
    await givenMovement(server, 'transfer', {
      productId,
      fromLocationId: move % 2 ? south.id : north.id,
      toLocationId: move % 2 ? north.id : south.id,
      quantity: move + 1,
    });
  }
});
afterAll(() => server.close());

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ path?: string[]; extensions?: { code?: string } }>;
}

/** Posts a document and counts the SQL statements it cost. */
async function ask(query: string, variables: Record<string, unknown>) {
  const before = server.database.statementCount();
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.adminHeaders },
    body: JSON.stringify({ query, variables }),
  });
  return { answer: (await response.json()) as Answer, statements: server.database.statementCount() - before };
}

const PAGE_FIELDS = `edges { cursor node { id kind quantity fromLocation { code } toLocation { code } } }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

/** The product page, stock and movements, as a storefront's detail view asks for it. */
const PRODUCT_PAGE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  product(id: $id) { sku onHand stockLevels { location { code } onHand }
    movements(first: $first, after: $after, last: $last, before: $before) { ${PAGE_FIELDS} } } }`;

/** The same movements through the top-level list, which reads them on its own. */
const MOVEMENT_LIST = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  movements(filter: { productId: $id }, first: $first, after: $after, last: $last, before: $before) { ${PAGE_FIELDS} } }`;

describe('a product page with its movements', () => {
  it('answers every page as the movement list does, forwards and backwards', async () => {
    const { answer: all } = await ask(MOVEMENT_LIST, { id: productId, first: 100 });
    const cursors = (all.data!.movements as { edges: Array<{ cursor: string }> }).edges.map((edge) => edge.cursor);
    expect(cursors).toHaveLength(8);
    const pages = [
      {},
      { first: 3 },
      { first: 3, after: cursors[2] },
      { first: 3, after: cursors[5] },
      { last: 2 },
      { last: 2, before: cursors[4] },
      { first: 2, after: cursors[1], before: cursors[5] },
    ];
    for (const page of pages) {
      const variables = { id: productId, ...page };
      const [{ answer: onPage }, { answer: alone }] = [
        await ask(PRODUCT_PAGE, variables),
        await ask(MOVEMENT_LIST, variables),
      ];
      expect(onPage.errors).toBeUndefined();
      expect((onPage.data!.product as { movements: unknown }).movements).toEqual(alone.data!.movements);
    }
  });

  it('costs one statement, and one more only for hasPreviousPage after a cursor', async () => {
    const { answer: first, statements } = await ask(PRODUCT_PAGE, { id: productId, first: 3 });
    expect(statements).toBe(1);
    const endCursor = (first.data!.product as { movements: { pageInfo: { endCursor: string } } }).movements.pageInfo
      .endCursor;
    const { statements: next } = await ask(PRODUCT_PAGE, { id: productId, first: 3, after: endCursor });
    expect(next).toBe(2);
  });

  it('answers bad page arguments on the movements field, as the list does', async () => {
    for (const page of [{ first: 1000 }, { first: -1 }, { first: 1, last: 1 }, { after: 'bm90IGEgY3Vyc29y' }]) {
      const { answer } = await ask(PRODUCT_PAGE, { id: productId, ...page });
      const { answer: alone } = await ask(MOVEMENT_LIST, { id: productId, ...page });
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]!.path).toEqual(['product', 'movements']);
      expect(answer.errors![0]!.extensions?.code).toBe(alone.errors![0]!.extensions?.code);
    }
  });

  it('reads each of two aliased movement pages for itself', async () => {
    const { answer } = await ask(
      `query($id: ID!) { product(id: $id) { newest: movements(first: 2) { edges { node { quantity } } }
        oldest: movements(last: 2) { edges { node { quantity } } } } }`,
      { id: productId },
    );
    const product = answer.data!.product as Record<string, { edges: Array<{ node: { quantity: number } }> }>;
    expect(product.newest!.edges.map((edge) => edge.node.quantity)).toEqual([6, 5]);
    expect(product.oldest!.edges.map((edge) => edge.node.quantity)).toEqual([20, 20]);
  });
});
