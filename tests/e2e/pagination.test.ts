// Relay cursor paging over real rows: forwards, backwards, edges of the list, and the page cap.
import { ProductPageDocument, type ProductPageQueryVariables } from '../generated/graphql';
import { givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
const CATEGORY = 'Paging';
// Prices repeat so that sorting by price must break ties by ID to stay stable.
const SKUS = Array.from({ length: 12 }, (_, index) => `PG-${String(index + 1).padStart(2, '0')}`);

beforeAll(async () => {
  server = await startTestServer();
  for (const [index, sku] of SKUS.entries()) {
    await givenProduct(server, { sku, category: CATEGORY, price: String(10 + (index % 3)) });
  }
});
afterAll(() => server.close());

async function page(variables: ProductPageQueryVariables) {
  const { products } = await server.query(ProductPageDocument, { filter: { category: CATEGORY }, ...variables });
  return { ...products, skus: products.edges.map((edge) => edge.node.sku) };
}

describe('products connection', () => {
  it('walks forwards across several pages with first/after and sees every product once', async () => {
    const first = await page({ first: 5 });
    expect(first.skus).toEqual(SKUS.slice(0, 5));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(12);

    const second = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(second.skus).toEqual(SKUS.slice(5, 10));
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const third = await page({ first: 5, after: second.pageInfo.endCursor });
    expect(third.skus).toEqual(SKUS.slice(10));
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(third.pageInfo.endCursor).toBe(third.edges[1]?.cursor);
  });

  it('walks backwards with last/before', async () => {
    const last = await page({ last: 5 });
    expect(last.skus).toEqual(SKUS.slice(7));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const before = await page({ last: 5, before: last.pageInfo.startCursor });
    expect(before.skus).toEqual(SKUS.slice(2, 7));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const start = await page({ last: 5, before: before.pageInfo.startCursor });
    expect(start.skus).toEqual(SKUS.slice(0, 2));
    expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('keeps a stable order when the sort key has ties', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const result = await page({ first: 4, after, orderBy: { field: 'PRICE', direction: 'DESC' } });
      seen.push(...result.skus);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual(SKUS);
    const prices = seen.map((sku) => 10 + (SKUS.indexOf(sku) % 3));
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
  });

  it('returns an empty page with null cursors when nothing matches', async () => {
    const { products } = await server.query(ProductPageDocument, {
      filter: { category: 'No such category' },
      first: 10,
    });
    expect(products).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('returns an empty page after the last item', async () => {
    const all = await page({ first: 100 });
    const beyond = await page({ first: 5, after: all.pageInfo.endCursor });
    expect(beyond.skus).toEqual([]);
    expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('accepts 100 and refuses 1000 with PAGE_SIZE_EXCEEDED, for first and last', async () => {
    expect((await page({ first: 100 })).skus).toHaveLength(12);
    for (const variables of [{ first: 1000 }, { last: 101 }]) {
      const response = await server.send(ProductPageDocument, variables);
      expect(response.status).toBe(200);
      expect(response.body.data).toBeNull();
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'PAGE_SIZE_EXCEEDED' });
      expect(response.body.errors?.[0]?.message).toMatch(/at most 100/);
    }
  });

  it('refuses a negative page size, both first and last, and a forged cursor', async () => {
    const negative = await server.send(ProductPageDocument, { first: -1 });
    expect(negative.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const both = await server.send(ProductPageDocument, { first: 1, last: 1 });
    expect(both.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const forged = await server.send(ProductPageDocument, { first: 1, after: 'bm90IGEgY3Vyc29y' });
    expect(forged.body.errors?.[0]?.extensions).toEqual({ code: 'INVALID_CURSOR' });
  });

  it('searches SKU, name and description ignoring case', async () => {
    await givenProduct(server, { sku: 'SRCH-1', name: 'Blue Widget', description: 'plain', category: 'Search' });
    await givenProduct(server, {
      sku: 'SRCH-2',
      name: 'Plain thing',
      description: 'a BLUE finish',
      category: 'Search',
    });
    await givenProduct(server, { sku: 'BLUE-3', name: 'Other', category: 'Search' });
    await givenProduct(server, { sku: 'SRCH-4', name: 'Red', category: 'Search' });
    const { products } = await server.query(ProductPageDocument, { filter: { search: 'blue', category: 'search' } });
    expect(products.edges.map((edge) => edge.node.sku).sort()).toEqual(['BLUE-3', 'SRCH-1', 'SRCH-2']);
  });

  it('pages by SKU ignoring case, as SKUs are unique ignoring case, across every cursor', async () => {
    // Compared case-sensitively (as text, not citext), 'b-2' would sort after 'C-3' and the walk
    // would skip or repeat products.
    for (const sku of ['a-1', 'B-2', 'c-3', 'D-4', 'e-5']) await givenProduct(server, { sku, category: 'Cased' });
    const walked: string[] = [];
    let after: string | null | undefined;
    do {
      const { products } = await server.query(ProductPageDocument, { filter: { category: 'Cased' }, first: 2, after });
      walked.push(...products.edges.map((edge) => edge.node.sku));
      after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(['a-1', 'B-2', 'c-3', 'D-4', 'e-5']);
    const { products: back } = await server.query(ProductPageDocument, { filter: { category: 'Cased' }, last: 2 });
    const { products: before } = await server.query(ProductPageDocument, {
      filter: { category: 'Cased' },
      last: 2,
      before: back.pageInfo.startCursor,
    });
    expect(before.edges.map((edge) => edge.node.sku)).toEqual(['B-2', 'c-3']);
  });

  it('filters by price range', async () => {
    const { products } = await server.query(ProductPageDocument, {
      filter: { category: CATEGORY, minPrice: '11', maxPrice: '11.00' },
      first: 100,
    });
    expect(products.totalCount).toBe(4);
    expect(products.edges.every((edge) => edge.node.price === '11')).toBe(true);
  });
});
