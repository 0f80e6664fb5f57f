// Small scenario builders: each makes valid data with overridable fields, through the API.
import {
  CreateLocationDocument,
  CreateProductDocument,
  CreateUserDocument,
  SignInDocument,
  type CreateLocationInput,
  type CreateProductInput,
  type Role,
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

/** A user with this role, signed in: `caller` sends requests with their token. */
export async function givenSignedInUser(server: TestServer, role: Role, password = 'correct-horse-battery') {
  const email = `user-${nextId()}-${role.toLowerCase()}@factories.test`;
  const { createUser } = await server.query(CreateUserDocument, {
    input: { email, name: `A ${role}`, role, password },
  });
  if (!createUser.user) throw new Error(`givenSignedInUser failed: ${JSON.stringify(createUser.userErrors)}`);
  const { signIn } = await server.as({}).query(SignInDocument, { input: { email, password } });
  return { id: createUser.user.id, email, password, caller: server.as({ authorization: `Bearer ${signIn.token}` }) };
}
