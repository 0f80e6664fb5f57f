// Inputs a fuzzer found reaching the database (issue #19): forged and foreign cursors, NUL
// characters, dates no calendar needs, and quantities whose totals overflow. Each gets its typed
// code before any SQL runs (or, for totals only the ledger can add up, a userError and no write),
// and the export routes answer 400, never 500.
import { createHash } from 'node:crypto';
import {
  InventoryValuationDocument,
  LocationStockAsOfDocument,
  LowStockDocument,
  MovementsDocument,
  MovementSummaryDocument,
  ProductBySkuDocument,
  ProductPageDocument,
  ProductStockDocument,
  ReceiveStockDocument,
  SalesReportDocument,
  StockAsOfDocument,
  CreateProductDocument,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenStock } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** A document as text, for inputs a typed document cannot carry (literals, foreign cursors). */
async function graphql(query: string, variables?: Record<string, unknown>): Promise<RawResponse> {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.adminHeaders },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

function codeOf(response: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) {
  return response.body.errors?.[0]?.extensions?.code;
}

async function productCount(): Promise<number> {
  return server.database.prisma.product.count();
}

async function movementCount(): Promise<number> {
  return server.database.prisma.movement.count();
}

const cursorOf = (value: unknown, id: unknown) => Buffer.from(JSON.stringify([value, id])).toString('base64url');

describe('cursors', () => {
  it('refuses the forged cursor the fuzzer sent to users (a movement cursor) with INVALID_CURSOR', async () => {
    const response = await graphql(
      '{ users(first: 2, after: "WyIyMDI2LTAxLTAxVDAwOjAwOjAwLjAwMFoiLCI1Mjg2Il0") { totalCount } }',
    );
    expect(codeOf(response)).toBe('INVALID_CURSOR');
    expect(response.body.errors?.[0]?.message).toBe('`after` is not a cursor this list issued.');
  });

  // Each list, how it is asked for one page after a cursor, and what its cursors hold.
  type Part = 'uuid' | 'bigint' | 'date' | 'decimal' | 'text' | 'offset';
  interface List {
    /** The connection field with its arguments; `$c` is the cursor. */
    query: string;
    /** The field the connection hangs from, when it is not a root field. */
    parent?: string;
    sort: Part;
    id: Part;
  }
  const LISTS: Record<string, List> = {
    'products by SKU': { query: 'products(first: 1, after: $c)', sort: 'text', id: 'uuid' },
    'products by price': {
      query: 'products(first: 1, after: $c, orderBy: { field: PRICE, direction: ASC })',
      sort: 'decimal',
      id: 'uuid',
    },
    'products by creation': {
      query: 'products(first: 1, after: $c, orderBy: { field: CREATED_AT, direction: ASC })',
      sort: 'date',
      id: 'uuid',
    },
    'locations by code': { query: 'locations(first: 1, after: $c)', sort: 'text', id: 'uuid' },
    'locations by creation': {
      query: 'locations(first: 1, after: $c, orderBy: { field: CREATED_AT, direction: DESC })',
      sort: 'date',
      id: 'uuid',
    },
    users: { query: 'users(first: 1, after: $c)', sort: 'text', id: 'uuid' },
    'API keys': { query: 'apiKeys(first: 1, after: $c)', sort: 'date', id: 'uuid' },
    'persisted documents': { query: 'persistedDocuments(first: 1, after: $c)', sort: 'date', id: 'text' },
    movements: { query: 'movements(first: 1, after: $c)', sort: 'date', id: 'bigint' },
    'stock levels at a location': {
      parent: 'location(code: "CUR-A")',
      query: 'stockLevels(first: 1, after: $c)',
      sort: 'uuid',
      id: 'uuid',
    },
    'inventory valuation': { query: 'inventoryValuation(first: 1, after: $c)', sort: 'offset', id: 'offset' },
    'low stock': { query: 'lowStock(first: 1, after: $c)', sort: 'offset', id: 'offset' },
  };
  const documentOf = (list: List) => {
    const connection = `${list.query} { totalCount pageInfo { endCursor } }`;
    return `query ($c: String) { ${list.parent ? `${list.parent} { ${connection} }` : connection} }`;
  };
  const pageOf = (list: List, data: Record<string, unknown>) => {
    const top = Object.values(data)[0] as Record<string, unknown>;
    return (list.parent ? Object.values(top)[0] : top) as { pageInfo: { endCursor: string | null } };
  };
  /** Whether a cursor part of one list's type is also a well-formed part of another's. */
  const fits = (given: Part, wanted: Part) => given === wanted || (wanted === 'text' && given !== 'offset');

  it('takes every list cursor on every other list: a page when its parts fit, INVALID_CURSOR otherwise', async () => {
    // Given one row in every list, and one cursor issued by each.
    await givenStock(server, {
      quantity: 1,
      unitCost: '1',
      product: { sku: 'CUR-1', category: 'Cursors', reorderPoint: 5 },
      location: { code: 'CUR-A' },
    });
    await graphql('mutation { createApiKey(input: { name: "cursor", role: VIEWER }) { secret } }');
    const body = 'query CursorProbe { me { __typename } }';
    await server.database.prisma.persistedDocument.create({
      data: {
        hash: createHash('sha256').update(body).digest('hex'),
        body,
        operationName: 'CursorProbe',
        operationType: 'query',
      },
    });
    const issued: Record<string, string> = {};
    for (const [name, list] of Object.entries(LISTS)) {
      const response = await graphql(documentOf(list), { c: null });
      expect(response.body.errors).toBeUndefined();
      const cursor = pageOf(list, response.body.data!).pageInfo.endCursor;
      expect(cursor).not.toBeNull();
      issued[name] = cursor!;
    }

    // When each cursor is sent to each list, then the answer is a page or INVALID_CURSOR, never a fault.
    for (const [from, cursor] of Object.entries(issued)) {
      for (const [to, list] of Object.entries(LISTS)) {
        const response = await graphql(documentOf(list), { c: cursor });
        const fit = fits(LISTS[from]!.sort, list.sort) && fits(LISTS[from]!.id, list.id);
        expect({ from, to, code: codeOf(response) ?? 'page' }).toEqual({
          from,
          to,
          code: fit ? 'page' : 'INVALID_CURSOR',
        });
      }
    }
  });

  it.each([
    ['a date that does not parse', 'movements', cursorOf('2026-02-30T00:00:00.000Z', '1')],
    ['year 0000', 'movements', cursorOf('0000-01-01T00:00:00.000Z', '1')],
    ['a date in another format', 'movements', cursorOf('2026-01-01', '1')],
    ['a movement id beyond bigint', 'movements', cursorOf('2026-01-01T00:00:00.000Z', '9223372036854775808')],
    ['a movement id in hex', 'movements', cursorOf('2026-01-01T00:00:00.000Z', '0x10')],
    ['a uuid that is not one', 'users', cursorOf('a@b.c', 'not-a-uuid')],
    ['a NUL in a text sort value', 'users', cursorOf('a\u0000b', '00000000-0000-4000-8000-000000000000')],
    ['a number where text belongs', 'users', cursorOf(12, '00000000-0000-4000-8000-000000000000')],
    ['a null sort value', 'users', cursorOf(null, '00000000-0000-4000-8000-000000000000')],
    [
      'a price in exponent form',
      'products(orderBy: { field: PRICE, direction: ASC })',
      cursorOf('1e999999', '00000000-0000-4000-8000-000000000000'),
    ],
    [
      'three parts',
      'users',
      Buffer.from(JSON.stringify(['a', '00000000-0000-4000-8000-000000000000', 1])).toString('base64url'),
    ],
    ['not base64url JSON', 'users', '!!!'],
    [
      'an offset beyond any page',
      'inventoryValuation',
      Buffer.from('offset:99999999999999999999').toString('base64url'),
    ],
  ])('refuses %s with INVALID_CURSOR', async (_case, field, cursor) => {
    const [name, args] = field.includes('(')
      ? [field.slice(0, field.indexOf('(')), `${field.slice(field.indexOf('(') + 1, -1)}, `]
      : [field, ''];
    const response = await graphql(`query ($c: String) { ${name}(${args}first: 1, after: $c) { totalCount } }`, {
      c: cursor,
    });
    expect(codeOf(response)).toBe('INVALID_CURSOR');
  });

  it('refuses a forged cursor in before as in after', async () => {
    const response = await graphql('query ($c: String) { movements(last: 1, before: $c) { totalCount } }', {
      c: cursorOf('0000-01-01T00:00:00.000Z', '1'),
    });
    expect(codeOf(response)).toBe('INVALID_CURSOR');
    expect(response.body.errors?.[0]?.message).toBe('`before` is not a cursor this list issued.');
  });
});

describe('NUL characters', () => {
  const NUL = 'a\u0000b';

  it('refuses a NUL in a mutation variable, naming the field, and writes nothing', async () => {
    const before = await productCount();
    const response = await server.send(CreateProductDocument, { input: { sku: 'NUL-1', name: NUL, price: '1' } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', inputPath: '$input.name' });
    expect(response.body.errors?.[0]?.message).toMatch(/^`\$input\.name` contains a NUL character/);
    expect(await productCount()).toBe(before);
  });

  it('refuses a NUL written into the document (a literal), naming the argument', async () => {
    const before = await productCount();
    const response = await graphql(
      'mutation { createProduct(input: { sku: "NUL\\u0000-2", name: "x", price: "1" }) { product { id } } }',
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      inputPath: 'createProduct(input.sku)',
    });
    expect(await productCount()).toBe(before);
  });

  it('refuses a NUL in a search filter and in a SKU lookup', async () => {
    const search = await server.send(ProductPageDocument, { filter: { search: NUL } });
    expect(search.status).toBe(400);
    expect(search.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', inputPath: '$filter.search' });
    const bySku = await server.send(ProductBySkuDocument, { sku: NUL });
    expect(bySku.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', inputPath: '$sku' });
    const literal = await graphql('{ product(sku: "\\u0000") { id } }');
    expect(literal.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', inputPath: 'product(sku)' });
  });

  it('refuses a NUL inside a list and inside a JSON value', async () => {
    const inList = await graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['x', NUL] });
    expect(inList.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', inputPath: '$ids[1]' });
    const inJsonKey = await graphql(
      'mutation ($m: JSON!) { registerPersistedDocuments(input: { manifest: $m }) { registered } }',
      { m: { operations: { [NUL]: 1 } } },
    );
    expect(inJsonKey.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      inputPath: '$m.operations["a\\u0000b"]',
    });
  });

  it('refuses a NUL in an export parameter with 400', async () => {
    const response = await server.fetch('/exports/stock-levels.csv?category=a%00b', { headers: server.adminHeaders });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toEqual({
      message: expect.stringMatching(/^`category` contains a NUL character/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('lone surrogates', () => {
  // Half of a UTF-16 pair is not a character: jsonb (the audit record) refuses it, and text would
  // keep U+FFFD instead. JSON.stringify sends it as the escape \udfff, which the server parses back.
  it('refuses a lone surrogate in an audited text, naming the field, and changes nothing', async () => {
    const product = await givenProduct(server, { name: 'Plain name' });
    const response = await graphql(
      'mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { product { name } } }',
      { input: { id: product.id, name: 'Fuzz\udfff' } },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', inputPath: '$input.name' });
    expect(response.body.errors?.[0]?.message).toMatch(/^`\$input\.name` contains a lone UTF-16 surrogate/);
    const after = await graphql('query ($id: ID!) { node(id: $id) { ... on Product { name } } }', { id: product.id });
    expect(after.body.data?.node).toEqual({ name: 'Plain name' });
  });

  it('refuses a high surrogate with no low one after it, and accepts a whole pair', async () => {
    const lone = await graphql('query ($sku: String!) { product(sku: $sku) { id } }', { sku: 'a\ud83d' });
    expect(lone.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', inputPath: '$sku' });
    const pair = await graphql('query ($sku: String!) { product(sku: $sku) { id } }', { sku: 'a\ud83d\ude00' });
    expect(pair.body).toEqual({ data: { product: null } });
  });
});

describe('many bad values in one variable', () => {
  it('is BAD_USER_INPUT past graphql-js error limit too (it adds an error with no code)', async () => {
    const kinds = Array.from({ length: 60 }, () => 'NOPE');
    const response = await graphql('query ($k: [MovementKind!]) { movements(filter: { kinds: $k }) { totalCount } }', {
      k: kinds,
    });
    expect(response.status).toBe(400);
    const codes = new Set(response.body.errors?.map((error) => error.extensions?.code));
    expect(codes).toEqual(new Set(['BAD_USER_INPUT']));
    expect(response.body.errors?.at(-1)?.message).toMatch(/error limit reached/);
  });
});

describe('dates', () => {
  const YEAR_ZERO = '0000-01-01T00:00:00Z';

  it('refuses year 0000 in every date argument with BAD_USER_INPUT', async () => {
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    const before = await movementCount();
    const responses = [
      await server.send(InventoryValuationDocument, { at: YEAR_ZERO }),
      await server.send(StockAsOfDocument, { id: product.id, at: YEAR_ZERO }),
      await server.send(MovementsDocument, { filter: { occurredFrom: YEAR_ZERO } }),
      await server.send(ReceiveStockDocument, {
        input: { productId: product.id, locationId: location.id, quantity: 1, unitCost: '1', occurredAt: YEAR_ZERO },
      }),
      await server.send(SalesReportDocument, { from: YEAR_ZERO, to: '2026-01-01T00:00:00Z' }),
      await server.send(MovementSummaryDocument, { from: '2026-01-01T00:00:00Z', to: '9999-12-31T23:59:59-23:59' }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0]?.message).toMatch(/between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z/);
    }
    expect(await movementCount()).toBe(before);
  });

  it('refuses an out-of-range literal with the same code as a variable', async () => {
    const response = await graphql(`{ inventoryValuation(at: "${YEAR_ZERO}") { totalCount } }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('accepts the first and last moments of the range', async () => {
    const first = await server.send(InventoryValuationDocument, { at: '1900-01-01T00:00:00Z' });
    expect(first.body.errors).toBeUndefined();
    const tooEarly = await server.send(InventoryValuationDocument, { at: '1899-12-31T23:59:59.999Z' });
    expect(codeOf(tooEarly)).toBe('BAD_USER_INPUT');
    const last = await server.send(MovementsDocument, { filter: { occurredTo: '9999-12-31T23:59:59.999Z' } });
    expect(last.body.errors).toBeUndefined();
  });

  it('refuses year 0000 in an export date with 400', async () => {
    const response = await server.fetch(`/exports/valuation.csv?at=${YEAR_ZERO}`, { headers: server.adminHeaders });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(/^`at` must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z/);
  });
});

describe('quantities whose totals overflow', () => {
  const BILLION = 1_000_000_000;

  /** The receipt under test; the given ones go through givenMovement. */
  async function receive(productId: string, locationId: string, quantity: number, extra: Record<string, unknown> = {}) {
    const { receiveStock } = await server.query(ReceiveStockDocument, {
      input: { productId, locationId, quantity, unitCost: '1', ...extra },
    });
    return receiveStock;
  }

  it('refuses a receipt that would take the product total past the integer range, at another location', async () => {
    const product = await givenProduct(server);
    const [a, b] = [await givenLocation(server), await givenLocation(server)];
    await givenMovement(server, 'receive', { productId: product.id, locationId: a.id, quantity: BILLION });
    await givenMovement(server, 'receive', { productId: product.id, locationId: a.id, quantity: BILLION });
    const before = await movementCount();

    const third = await receive(product.id, b.id, BILLION);

    expect(third.movement).toBeNull();
    expect(third.userErrors).toEqual([
      {
        code: 'OUT_OF_RANGE',
        field: ['quantity'],
        message: expect.stringMatching(/on-hand quantity over all locations must stay at most 2147483647/),
      },
    ]);
    expect(await movementCount()).toBe(before);
    const { product: stock } = await server.query(ProductStockDocument, { id: product.id });
    expect(stock?.onHand).toBe(2 * BILLION);
  });

  it('refuses a back-dated receipt that would overflow the total at a past moment, though not today', async () => {
    const product = await givenProduct(server);
    const [a, b] = [await givenLocation(server), await givenLocation(server)];
    const atA = { productId: product.id, locationId: a.id };
    await givenMovement(server, 'receive', { ...atA, quantity: BILLION, occurredAt: '2026-01-01T00:00:00Z' });
    await givenMovement(server, 'receive', { ...atA, quantity: BILLION, occurredAt: '2026-01-02T00:00:00Z' });
    // 1,000,000,000 on hand today, so a receipt of as many fits today; it stood at twice that on 2 January.
    await givenMovement(server, 'ship', { ...atA, quantity: BILLION, occurredAt: '2026-01-03T00:00:00Z' });
    const before = await movementCount();

    const backDated = await receive(product.id, b.id, BILLION, { occurredAt: '2026-01-02T12:00:00Z' });

    expect(backDated.userErrors.map((error) => error.code)).toEqual(['OUT_OF_RANGE']);
    expect(await movementCount()).toBe(before);
  });

  it('refuses a receipt whose value would not fit the cost ledger', async () => {
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    const before = await movementCount();

    const costly = await receive(product.id, location.id, BILLION, { unitCost: '999999999999999' });

    expect(costly.userErrors).toEqual([
      { code: 'OUT_OF_RANGE', field: ['quantity'], message: expect.stringMatching(/stock value below 10\^20/) },
    ]);
    expect(await movementCount()).toBe(before);
  });

  it('reports totals across products beyond the integer range', async () => {
    const category = 'Overflowing totals';
    const location = await givenLocation(server);
    for (const sku of ['BIG-1', 'BIG-2', 'BIG-3']) {
      const product = await givenProduct(server, { sku, category });
      const here = { productId: product.id, locationId: location.id, quantity: BILLION };
      await givenMovement(server, 'receive', { ...here, occurredAt: '2026-02-01T10:00:00Z' });
      await givenMovement(server, 'ship', { ...here, occurredAt: '2026-02-01T11:00:00Z', unitPrice: '1' });
      await givenMovement(server, 'receive', { ...here, occurredAt: '2026-02-01T12:00:00Z' });
    }

    const valuation = await server.query(InventoryValuationDocument, { category, groupBy: 'CATEGORY' });
    expect(valuation.inventoryValuation.totalQuantity).toBe(3 * BILLION);
    expect(valuation.inventoryValuation.nodes[0]?.quantity).toBe(3 * BILLION);
    const sales = await server.query(SalesReportDocument, {
      from: '2026-02-01T00:00:00Z',
      to: '2026-02-02T00:00:00Z',
      category,
      groupBy: 'CATEGORY',
    });
    expect(sales.salesReport.totals.units).toBe(3 * BILLION);
    const summary = await server.query(MovementSummaryDocument, {
      from: '2026-02-01T00:00:00Z',
      to: '2026-02-02T00:00:00Z',
      category,
    });
    expect(summary.movementSummary.buckets[0]).toMatchObject({ received: 6 * BILLION, shipped: 3 * BILLION });

    const exported = await server.fetch(
      `/exports/valuation.csv?groupBy=CATEGORY&category=${encodeURIComponent(category)}`,
      {
        headers: server.adminHeaders,
      },
    );
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('3000000000');

    const asOf = await server.query(LocationStockAsOfDocument, { code: location.code, at: '2026-02-01T13:00:00Z' });
    expect(asOf.location?.stockAsOf.onHand).toBe(3 * BILLION);
  });

  it('suggests an order beyond the integer range for a product whose reorder point is the largest integer', async () => {
    const category = 'Huge reorder point';
    await givenProduct(server, { category, reorderPoint: 2_147_483_647, reorderQuantity: 2_000_000_000 });

    const { lowStock } = await server.query(LowStockDocument, { category });

    expect(lowStock.nodes[0]?.suggestedOrderQuantity).toBe(4_000_000_000);
  });
});

describe('export parameters', () => {
  const EXPORTS: Record<string, string[]> = {
    'stock-levels': ['productId', 'locationId', 'category', 'onlyInStock'],
    movements: ['productId', 'locationId', 'kinds', 'reference', 'counterparty', 'occurredFrom', 'occurredTo'],
    valuation: ['at', 'locationId', 'category', 'groupBy'],
    sales: ['from', 'to', 'groupBy', 'orderBy', 'first', 'productId', 'locationId', 'category', 'counterparty'],
  };
  const HOSTILE = [
    '%00',
    'a%00b',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59-23:59',
    '-1',
    '99999999999999999999',
    '1e999',
    'WyIyMDI2LTAxLTAxVDAwOjAwOjAwLjAwMFoiLCI1Mjg2Il0',
    '%C0%80',
    '%F0%9F%92%A9',
    "'%3B%20DROP%20TABLE%20product%3B--",
    'x'.repeat(3000),
  ];

  it('answers every hostile value of every parameter with a page or a typed 4xx, never a 5xx', async () => {
    const failures: string[] = [];
    for (const [name, parameters] of Object.entries(EXPORTS)) {
      for (const parameter of parameters) {
        for (const value of HOSTILE) {
          // Sales needs a range; the other parameter of the pair stays valid.
          const range = name === 'sales' ? { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } : {};
          const query = Object.entries({ ...range, [parameter]: value })
            .map(([key, given]) => `${key}=${key === parameter ? given : encodeURIComponent(given)}`)
            .join('&');
          const response = await server.fetch(`/exports/${name}.csv?${query}`, { headers: server.adminHeaders });
          const body = await response.text();
          if (response.status >= 500) failures.push(`${name} ${parameter}=${value.slice(0, 40)}: ${response.status}`);
          else if (response.status >= 400 && !/"code":"[A-Z_]+"/.test(body))
            failures.push(`${name} ${parameter}: no code`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
