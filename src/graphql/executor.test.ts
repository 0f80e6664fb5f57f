// The compiled executor answers as graphql-js does: data, errors with their codes, and refusals of
// variables in graphql-js's own words.
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, getOperationAST, GraphQLError, GraphQLScalarType, parse } from 'graphql';
import { compiledExecution } from './executor';

/** A value class, as Decimal is: JSON would turn it into a string. */
class Money {
  constructor(readonly amount: string) {}
  toJSON() {
    return this.amount;
  }
}

const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  serialize: (value) => (value as Money).amount,
  parseValue: (value) => new Money(String(value)),
  parseLiteral: (ast) => new Money('value' in ast ? String(ast.value) : ''),
});

const schema = makeExecutableSchema({
  typeDefs: `scalar Money
    input Price { amount: Money! }
    type Query { double(n: Int!): Int!  refused: Int  broken: Int  items: [Item!]!  isMoney(price: Price!): Boolean! }
    type Item { id: ID!  name: String }`,
  resolvers: {
    Money: MoneyScalar,
    Query: {
      isMoney: (_root: unknown, { price }: { price: { amount: unknown } }) => price.amount instanceof Money,
      double: (_root: unknown, { n }: { n: number }) => n * 2,
      refused: () => {
        throw new GraphQLError('No.', { extensions: { code: 'FORBIDDEN' } });
      },
      broken: () => {
        throw new Error('A fault.');
      },
      items: () => [{ id: 1, name: 'a' }, { id: 2 }],
    },
  },
});

async function run(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const gateway = compiledExecution(schema, { cacheSize: 10 });
  const { executor } = await gateway.load({ apollo: {} });
  const document = parse(query);
  const request = {
    document,
    // As Apollo sets them: the resolved operation and its name, and the request as sent.
    operationName: getOperationAST(document, operationName)?.name?.value ?? null,
    operation: getOperationAST(document, operationName),
    queryHash: query,
    context: {},
    request: { variables, operationName },
  } as unknown as GatewayGraphQLRequestContext;
  const compiled = await executor!(request);
  const interpreted = await execute({ schema, document, variableValues: variables, operationName });
  return { compiled, interpreted };
}

describe('compiled execution', () => {
  it('returns the data graphql-js returns', async () => {
    const { compiled, interpreted } = await run('query($n: Int!) { double(n: $n) items { id name } }', { n: 21 });
    expect(compiled).toEqual({
      data: {
        double: 42,
        items: [
          { id: '1', name: 'a' },
          { id: '2', name: null },
        ],
      },
    });
    expect(compiled).toEqual(interpreted);
  });

  it('keeps a resolver error a graphql-js GraphQLError with its extensions, path and locations', async () => {
    const { compiled, interpreted } = await run('{ refused }');
    const [error] = compiled.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error!.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(error!.toJSON()).toEqual(interpreted.errors![0]!.toJSON());
    expect(compiled.data).toEqual({ refused: null });
  });

  it('gives an error whose cause has no extensions an empty extensions object, as graphql-js does', async () => {
    const { compiled, interpreted } = await run('{ broken }');
    expect(compiled.errors![0]!.extensions).toEqual({});
    expect(compiled.errors![0]!.originalError?.message).toBe('A fault.');
    expect(compiled.errors![0]!.toJSON()).toEqual(interpreted.errors![0]!.toJSON());
  });

  it('refuses variables that do not coerce in graphql-js words, with no data', async () => {
    const { compiled, interpreted } = await run('query($n: Int!) { double(n: $n) }', { n: 'two' });
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors!.map((error) => error.message)).toEqual(interpreted.errors!.map((error) => error.message));
  });

  it('hands resolvers a custom scalar written inline as the scalar parses it, not as its JSON', async () => {
    const { compiled } = await run('{ isMoney(price: { amount: "14.50" }) }');
    expect(compiled).toEqual({ data: { isMoney: true } });
    const sent = await run('query($amount: Money!) { isMoney(price: { amount: $amount }) }', { amount: '14.50' });
    expect(sent.compiled).toEqual({ data: { isMoney: true } });
  });

  it('answers a document whose operation Apollo could not pick with graphql-js errors', async () => {
    const { compiled, interpreted } = await run('query A { double(n: 1) } query B { double(n: 2) }');
    expect(compiled.errors!.length).toBeGreaterThan(0);
    expect(compiled).toEqual(interpreted);
    const named = await run('query Fuzz { double(n: 1) }', {}, 'Other');
    expect(named.compiled.errors!.map((error) => error.message)).toEqual(['Unknown operation named "Other".']);
    expect(named.compiled.data).toBeUndefined();
  });
});
