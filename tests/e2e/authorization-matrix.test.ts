// The authorization matrix: every root operation of the schema, called by every kind of caller,
// must end as the SDL's @auth/@public says. The operations are read from schema.graphql, so a new
// field is covered the moment it is added.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { SignJWT } from 'jose';
import {
  CreateApiKeyDocument,
  CreateUserDocument,
  RevokeApiKeyDocument,
  SignInDocument,
  type Role,
} from '../generated/graphql';
import { startTestServer, type TestServer } from '../support/server';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const ROLES: Role[] = ['VIEWER', 'CLERK', 'MANAGER', 'ADMIN'];
const RANK: Record<Role, number> = { VIEWER: 0, CLERK: 1, MANAGER: 2, ADMIN: 3 };

type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';
interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  document: string;
  variables: Record<string, unknown>;
  requires: Role | 'public';
}

/** The role a root field declares, read from its SDL directives. */
function requirementOf(field: GraphQLField<unknown, unknown>): Role | 'public' {
  const directives = field.astNode?.directives ?? [];
  if (directives.some((directive) => directive.name.value === 'public')) return 'public';
  const auth = directives.find((directive) => directive.name.value === 'auth');
  const value = auth?.arguments?.find((argument) => argument.name.value === 'requires')?.value;
  if (!value || value.kind !== 'EnumValue') throw new Error(`${field.name} declares neither @auth nor @public`);
  return value.value as Role;
}

/** A value of the type that passes GraphQL validation; it need not make business sense. */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  switch (getNamedType(inner).name) {
    case 'ID':
      return Buffer.from('Product:00000000-0000-4000-8000-000000000000').toString('base64url');
    case 'Int':
    case 'NonNegativeInt':
      return 1;
    case 'Boolean':
      return true;
    case 'Decimal':
      return '1';
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'matrix-sample';
  }
}

function operationsOf(root: GraphQLObjectType | null | undefined, kind: Operation['kind']): Operation[] {
  return Object.values(root?.getFields() ?? {}).map((field) => {
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return {
      name: field.name,
      kind,
      document: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`,
      variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
      requires: requirementOf(field),
    };
  });
}

const operations = [
  ...operationsOf(schema.getQueryType(), 'query'),
  ...operationsOf(schema.getMutationType(), 'mutation'),
];

interface Caller {
  name: string;
  headers: Record<string, string>;
  role: Role | null;
}

let server: TestServer;
const callers: Caller[] = [];

beforeAll(async () => {
  server = await startTestServer();
  callers.push({ name: 'anonymous', headers: {}, role: null });
  for (const role of ROLES) {
    const email = `${role.toLowerCase()}@matrix.test`;
    const password = `${role.toLowerCase()}-matrix-password`;
    await server.query(CreateUserDocument, { input: { email, name: role, role, password } });
    const { signIn } = await server.as({}).query(SignInDocument, { input: { email, password } });
    callers.push({ name: `${role} user`, headers: { authorization: `Bearer ${signIn.token}` }, role });
    const { createApiKey } = await server.query(CreateApiKeyDocument, { input: { name: `${role} key`, role } });
    callers.push({ name: `${role} API key`, headers: { 'x-api-key': createApiKey.secret! }, role });
  }
  const revoked = await server.query(CreateApiKeyDocument, { input: { name: 'revoked', role: 'ADMIN' } });
  await server.query(RevokeApiKeyDocument, { id: revoked.createApiKey.apiKey!.id });
  callers.push({
    name: 'revoked API key',
    headers: { authorization: `Bearer ${revoked.createApiKey.secret}` },
    role: null,
  });

  const adminToken = server.adminHeaders.authorization!.slice('Bearer '.length);
  const [header, payload, signature] = adminToken.split('.') as [string, string, string];
  const subject = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub: string };
  const now = Math.floor(Date.now() / 1000);
  const expired = await new SignJWT({ iat_ms: (now - 7200) * 1000 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject.sub)
    .setIssuer('stockroom')
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(new TextEncoder().encode(server.authSecret));
  callers.push({ name: 'expired token', headers: { authorization: `Bearer ${expired}` }, role: null });
  const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
  callers.push({
    name: 'tampered token',
    headers: { authorization: `Bearer ${header}.${payload}.${flipped}` },
    role: null,
  });
});
afterAll(() => server.close());

function expected(operation: Operation, caller: Caller): Outcome {
  if (operation.requires === 'public') return 'allowed';
  if (caller.role === null) return 'UNAUTHENTICATED';
  return RANK[caller.role] >= RANK[operation.requires] ? 'allowed' : 'FORBIDDEN';
}

async function attempt(operation: Operation, caller: Caller): Promise<Outcome | string> {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...caller.headers },
    body: JSON.stringify({ query: operation.document, variables: operation.variables }),
  });
  if (response.status !== 200) return `HTTP ${response.status}: ${await response.text()}`;
  const body = (await response.json()) as { errors?: Array<{ path?: string[]; extensions?: { code?: string } }> };
  const code = body.errors?.find((error) => error.path?.[0] === operation.name)?.extensions?.code;
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : 'allowed';
}

describe('authorization matrix', () => {
  it('reads every root operation from the schema', () => {
    expect(operations.length).toBeGreaterThanOrEqual(35);
    expect(
      operations.filter((operation) => operation.requires === 'public').map((operation) => operation.name),
    ).toEqual(['signIn']);
  });

  it('gives every caller exactly the outcome the SDL declares, for every operation', async () => {
    expect(callers).toHaveLength(12);
    const mismatches: string[] = [];
    const seen = new Map<string, number>();
    for (const operation of operations) {
      for (const caller of callers) {
        const outcome = await attempt(operation, caller);
        seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
        const wanted = expected(operation, caller);
        if (outcome !== wanted)
          mismatches.push(`${operation.name} as ${caller.name}: got ${outcome}, expected ${wanted}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The matrix exercises all three outcomes, many times each.
    for (const outcome of ['allowed', 'UNAUTHENTICATED', 'FORBIDDEN']) expect(seen.get(outcome)).toBeGreaterThan(20);
  });
});
