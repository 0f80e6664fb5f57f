// Small scenario builders: each makes valid data with overridable fields, through the API.
import {
  CreateLocationDocument,
  CreateProductDocument,
  type CreateLocationInput,
  type CreateProductInput,
} from '../generated/graphql';
import type { TestServer } from './server';

let sequence = 0;
const nextId = () => `${process.pid}-${++sequence}`;

export async function givenProduct(server: TestServer, overrides: Partial<CreateProductInput> = {}) {
  const input: CreateProductInput = {
    sku: `SKU-${nextId()}`,
    name: 'Test product',
    price: '9.99',
    category: 'Testing',
    ...overrides,
  };
  const { createProduct } = await server.query(CreateProductDocument, { input });
  if (!createProduct.product) throw new Error(`givenProduct failed: ${JSON.stringify(createProduct.userErrors)}`);
  return createProduct.product;
}

export async function givenLocation(server: TestServer, overrides: Partial<CreateLocationInput> = {}) {
  const input: CreateLocationInput = { code: `LOC-${nextId()}`, name: 'Test location', ...overrides };
  const { createLocation } = await server.query(CreateLocationDocument, { input });
  if (!createLocation.location) throw new Error(`givenLocation failed: ${JSON.stringify(createLocation.userErrors)}`);
  return createLocation.location;
}
