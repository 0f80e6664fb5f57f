// Small scenario builders: each makes valid data with overridable fields, through the API.
import {
  AdjustStockDocument,
  CreateLocationDocument,
  CreateProductDocument,
  CreateUserDocument,
  ReceiveStockDocument,
  ReturnStockDocument,
  ReverseMovementDocument,
  ShipStockDocument,
  SignInDocument,
  TransferStockDocument,
  WriteOffStockDocument,
  type AdjustStockInput,
  type CreateLocationInput,
  type CreateProductInput,
  type ReceiveStockInput,
  type ReturnStockInput,
  type ReverseMovementInput,
  type Role,
  type ShipStockInput,
  type StockPayloadFieldsFragment,
  type TransferStockInput,
  type WriteOffStockInput,
} from '../generated/graphql';
import type { Caller, TestServer } from './server';

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

/** What each verb of givenMovement takes: its mutation's input, a receipt's cost optional (1.00). */
export interface MovementInputs {
  receive: Omit<ReceiveStockInput, 'unitCost'> & { unitCost?: string };
  ship: ShipStockInput;
  transfer: TransferStockInput;
  return: ReturnStockInput;
  writeOff: WriteOffStockInput;
  adjust: AdjustStockInput;
  reverse: ReverseMovementInput;
}

export type MovementVerb = keyof MovementInputs;

type Recorded = StockPayloadFieldsFragment;

const RECORD: { [V in MovementVerb]: (caller: Caller, input: MovementInputs[V]) => Promise<Recorded> } = {
  receive: async (caller, { unitCost = '1.00', ...input }) =>
    (await caller.query(ReceiveStockDocument, { input: { ...input, unitCost } })).receiveStock,
  ship: async (caller, input) => (await caller.query(ShipStockDocument, { input })).shipStock,
  transfer: async (caller, input) => (await caller.query(TransferStockDocument, { input })).transferStock,
  return: async (caller, input) => (await caller.query(ReturnStockDocument, { input })).returnStock,
  writeOff: async (caller, input) => (await caller.query(WriteOffStockDocument, { input })).writeOffStock,
  adjust: async (caller, input) => (await caller.query(AdjustStockDocument, { input })).adjustStock,
  reverse: async (caller, input) => (await caller.query(ReverseMovementDocument, { input })).reverseMovement,
};

/**
 * One movement recorded through its mutation (`receive`, `ship`, `transfer`, `return`, `writeOff`,
 * `adjust`, `reverse`), for a test's given steps: a refusal, or a write of nothing, fails the test.
 */
export async function givenMovement<V extends MovementVerb>(caller: Caller, verb: V, input: MovementInputs[V]) {
  const recorded = await RECORD[verb](caller, input);
  if (!recorded.movement) {
    throw new Error(`givenMovement(${verb}) recorded nothing: ${JSON.stringify(recorded.userErrors)}`);
  }
  return recorded.movement;
}

export interface StockOverrides {
  /** Units received; none for 0. */
  quantity: number;
  /** The receipt's cost per unit; 1.00 when not given. */
  unitCost?: string;
  product?: Partial<CreateProductInput>;
  location?: Partial<CreateLocationInput>;
}

/** A new product with `quantity` units received at a new location. */
export async function givenStock(server: TestServer, { quantity, unitCost, product, location }: StockOverrides) {
  const stocked = { product: await givenProduct(server, product), location: await givenLocation(server, location) };
  if (quantity > 0) {
    await givenMovement(server, 'receive', {
      productId: stocked.product.id,
      locationId: stocked.location.id,
      quantity,
      unitCost,
    });
  }
  return { ...stocked, productId: stocked.product.id, locationId: stocked.location.id };
}
