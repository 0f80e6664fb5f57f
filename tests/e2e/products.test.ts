// Products through the real HTTP server and PostgreSQL: create, update, archive, validation.
import {
  ArchiveProductDocument,
  CategoriesDocument,
  CreateProductDocument,
  NodeByIdDocument,
  ProductByIdDocument,
  ProductBySkuDocument,
  ProductSkusDocument,
  RestoreProductDocument,
  UpdateProductDocument,
} from '../generated/graphql';
import { givenLocation, givenProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const productCount = () => server.database.prisma.product.count();

describe('createProduct', () => {
  it('creates a product with defaults and exact decimal price', async () => {
    const { createProduct } = await server.query(CreateProductDocument, {
      input: { sku: 'HAM-001', name: '  Claw Hammer ', price: '12.5000', reorderPoint: 5 },
    });
    expect(createProduct.userErrors).toEqual([]);
    expect(createProduct.product).toMatchObject({
      sku: 'HAM-001',
      name: 'Claw Hammer',
      description: '',
      category: 'Uncategorised',
      unit: 'pcs',
      price: '12.5',
      reorderPoint: 5,
      reorderQuantity: 0,
      active: true,
      archivedAt: null,
    });
  });

  it('keeps money exact: no float rounding on the way in or out', async () => {
    const product = await givenProduct(server, { price: '12345678901234.5678' });
    expect(product.price).toBe('12345678901234.5678');
    const { product: fetched } = await server.query(ProductByIdDocument, { id: product.id });
    expect(fetched?.price).toBe('12345678901234.5678');
  });

  it('refuses a SKU that differs from an existing one only in case, and writes nothing', async () => {
    await givenProduct(server, { sku: 'CASE-sku-1' });
    const before = await productCount();

    const { createProduct } = await server.query(CreateProductDocument, {
      input: { sku: 'case-SKU-1', name: 'Clash', price: '1' },
    });

    expect(createProduct.product).toBeNull();
    expect(createProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SKU', field: ['sku'] })]);
    expect(await productCount()).toBe(before);
  });

  it('finds a product by SKU ignoring case', async () => {
    const product = await givenProduct(server, { sku: 'Lookup-Me' });
    const { product: found } = await server.query(ProductBySkuDocument, { sku: 'LOOKUP-me' });
    expect(found?.id).toBe(product.id);
  });

  it.each([
    ['a negative price', { price: '-0.01' }, 'OUT_OF_RANGE', ['price']],
    ['a price with too many decimals', { price: '1.00001' }, 'OUT_OF_RANGE', ['price']],
    ['a price beyond the column', { price: '1000000000000000' }, 'OUT_OF_RANGE', ['price']],
    ['an empty SKU', { sku: '' }, 'BLANK', ['sku']],
    ['a blank SKU', { sku: '   ' }, 'BLANK', ['sku']],
    ['a SKU with spaces', { sku: 'A B' }, 'INVALID_FORMAT', ['sku']],
    ['a 10 kB name', { name: 'x'.repeat(10_000) }, 'TOO_LONG', ['name']],
    ['an empty name', { name: '' }, 'BLANK', ['name']],
  ])('rejects %s with a typed userError and writes nothing', async (_label, overrides, code, field) => {
    const before = await productCount();
    const response = await server.send(CreateProductDocument, {
      input: { sku: `V-${Math.random().toString(36).slice(2)}`, name: 'Valid', price: '1', ...overrides },
    });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.createProduct.product).toBeNull();
    expect(response.body.data?.createProduct.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(await productCount()).toBe(before);
  });

  it('reports every bad field at once', async () => {
    const { createProduct } = await server.query(CreateProductDocument, {
      input: { sku: '', name: '', price: '-1' },
    });
    expect(createProduct.userErrors.map((error) => error.code).sort()).toEqual(['BLANK', 'BLANK', 'OUT_OF_RANGE']);
  });

  it('rejects a non-numeric price as a bad request, not a 500', async () => {
    const response = await server.send(CreateProductDocument, { input: { sku: 'NAN-1', name: 'x', price: 'abc' } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a negative reorder point before any resolver runs', async () => {
    const response = await server.send(CreateProductDocument, {
      input: { sku: 'NEG-1', name: 'x', price: '1', reorderPoint: -1 },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('updateProduct', () => {
  it('changes only the given fields', async () => {
    const product = await givenProduct(server, { name: 'Old name', description: 'kept' });
    const { updateProduct } = await server.query(UpdateProductDocument, {
      input: { id: product.id, name: 'New name', price: '20.00' },
    });
    expect(updateProduct.userErrors).toEqual([]);
    expect(updateProduct.product).toMatchObject({
      name: 'New name',
      price: '20',
      description: 'kept',
      sku: product.sku,
    });
  });

  it('refuses to take another product’s SKU in a different case', async () => {
    const taken = await givenProduct(server, { sku: 'TAKEN-1' });
    const product = await givenProduct(server);
    const { updateProduct } = await server.query(UpdateProductDocument, { input: { id: product.id, sku: 'taken-1' } });
    expect(updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SKU' })]);
    const { product: unchanged } = await server.query(ProductByIdDocument, { id: product.id });
    expect(unchanged?.sku).toBe(product.sku);
    expect(taken.sku).toBe('TAKEN-1');
  });

  it('may change the case of its own SKU', async () => {
    const product = await givenProduct(server, { sku: 'own-case' });
    const { updateProduct } = await server.query(UpdateProductDocument, { input: { id: product.id, sku: 'OWN-CASE' } });
    expect(updateProduct.product?.sku).toBe('OWN-CASE');
  });

  it('answers an unknown ID with NOT_FOUND', async () => {
    const product = await givenProduct(server);
    const unknown = Buffer.from('Product:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(unknown).not.toBe(product.id);
    const { updateProduct } = await server.query(UpdateProductDocument, { input: { id: unknown, name: 'x' } });
    expect(updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
  });

  it.each([
    ['garbage', 'not-an-id!'],
    ['base64 of nonsense', Buffer.from('hello').toString('base64url')],
    ['a bad uuid', Buffer.from('Product:1234').toString('base64url')],
  ])('answers a malformed global ID (%s) with INVALID_ID', async (_label, id) => {
    const { updateProduct } = await server.query(UpdateProductDocument, { input: { id, name: 'x' } });
    expect(updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_ID', field: ['id'] })]);
  });

  it('answers a Location ID given for a product with INVALID_ID', async () => {
    const location = await givenLocation(server);
    const { updateProduct } = await server.query(UpdateProductDocument, { input: { id: location.id, name: 'x' } });
    expect(updateProduct.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_ID' })]);
  });
});

describe('archiveProduct and restoreProduct', () => {
  it('hides an archived product from the default list, keeps it, and restores it', async () => {
    const product = await givenProduct(server, { sku: 'ARCH-1', category: 'Archivable' });
    const listed = async (active?: boolean | null) =>
      (
        await server.query(ProductSkusDocument, { filter: { category: 'Archivable', active }, first: 10 })
      ).products.nodes.map((node) => node.sku);

    const { archiveProduct } = await server.query(ArchiveProductDocument, { id: product.id });
    expect(archiveProduct.product).toMatchObject({ active: false });
    expect(archiveProduct.product?.archivedAt).not.toBeNull();
    expect(await listed()).toEqual([]);
    expect(await listed(false)).toEqual(['ARCH-1']);
    expect(await listed(null)).toEqual(['ARCH-1']);
    expect((await server.query(ProductByIdDocument, { id: product.id })).product?.sku).toBe('ARCH-1');

    const again = await server.query(ArchiveProductDocument, { id: product.id });
    expect(again.archiveProduct.product?.archivedAt).toBe(archiveProduct.product?.archivedAt);

    const { restoreProduct } = await server.query(RestoreProductDocument, { id: product.id });
    expect(restoreProduct.product).toMatchObject({ active: true, archivedAt: null });
    expect(await listed()).toEqual(['ARCH-1']);
  });

  it('answers an unknown product with NOT_FOUND', async () => {
    const unknown = Buffer.from('Product:00000000-0000-4000-8000-000000000001').toString('base64url');
    const { archiveProduct } = await server.query(ArchiveProductDocument, { id: unknown });
    expect(archiveProduct.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});

describe('searching', () => {
  it('matches %, _ and \\ in the search text and the category literally, not as LIKE wildcards', async () => {
    // Given products with each character somewhere in their text, and products with none
    const percent = await givenProduct(server, { name: 'Sale: 100% wool' });
    const underscore = await givenProduct(server, { sku: `UNDER_SCORE-${Date.now()}` });
    const backslash = await givenProduct(server, { description: 'Fits the C:\\ drive' });
    const blended = await givenProduct(server, { category: 'Wool_Blend' });
    await givenProduct(server, { name: 'Plain wool', category: 'WoolXBlend' });
    const active = await server.database.prisma.product.findMany({ where: { active: true } });
    const skusContaining = (text: string) =>
      active
        .filter((product) => [product.sku, product.name, product.description].some((field) => field.includes(text)))
        .map((product) => product.sku)
        .sort();
    const skusFound = async (filter: { search?: string; category?: string }) => {
      const { products } = await server.query(ProductSkusDocument, { filter: { ...filter, active: true }, first: 100 });
      return products.nodes.map((node) => node.sku).sort();
    };

    // When searching for each character, then only the products whose text holds it are found
    for (const [text, product] of [
      ['%', percent],
      ['_', underscore],
      ['\\', backslash],
    ] as const) {
      const found = await skusFound({ search: text });
      expect(found).toEqual(skusContaining(text));
      expect(found).toContain(product.sku);
      expect(found.length).toBeLessThan(active.length);
    }
    // And a category is matched whole, ignoring case, with _ and % as plain characters
    expect(await skusFound({ category: 'wool_blend' })).toEqual([blended.sku]);
    expect(await skusFound({ category: '%' })).toEqual([]);
    expect(await skusFound({ category: 'Wool%' })).toEqual([]);
  });
});

describe('lookups', () => {
  it('fetches a product through node(id:)', async () => {
    const product = await givenProduct(server);
    const { node } = await server.query(NodeByIdDocument, { id: product.id });
    expect(node).toMatchObject({ __typename: 'Product', id: product.id, sku: product.sku });
  });

  it('answers an unknown but well-formed ID with null, and a malformed one with INVALID_ID', async () => {
    const unknown = Buffer.from('Product:00000000-0000-4000-8000-000000000002').toString('base64url');
    expect((await server.query(ProductByIdDocument, { id: unknown })).product).toBeNull();

    const malformed = await server.send(ProductByIdDocument, { id: '%%%' });
    expect(malformed.status).toBe(200);
    expect(malformed.body.errors?.[0]?.extensions).toEqual({ code: 'INVALID_ID' });
  });

  it('lists categories with product counts', async () => {
    await givenProduct(server, { category: 'Zebra' });
    await givenProduct(server, { category: 'Zebra' });
    const { categories } = await server.query(CategoriesDocument, {});
    expect(categories).toContainEqual({ name: 'Zebra', productCount: 2 });
    const names = categories.map((category) => category.name);
    expect(names).toEqual([...names].sort());
  });
});
