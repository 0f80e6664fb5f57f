// Compiled execution: each operation Apollo has parsed and validated runs as a function graphql-jit
// compiled for it, kept per document. Apollo accepts another executor only through its gateway
// interface, so this is a gateway over one fixed schema.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  GraphQLError,
  isScalarType,
  isSpecifiedScalarType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { setBounded } from '../shared/bounded';

export interface CompiledExecutionOptions {
  /** Compiled operations kept at once; the least recently used goes first. */
  cacheSize: number;
}

/**
 * A gateway that hands Apollo `schema` and an executor running compiled operations. graphql-js
 * still runs an operation where the compiled one would answer differently: when the variables do
 * not coerce (its errors are the ones clients and tests know), when Apollo resolved no operation,
 * when the document writes a custom scalar's value inline (see hasScalarLiterals), and when
 * graphql-jit cannot compile it.
 */
export function compiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | null>();

  const compiledFor = (key: string, compile: () => CompiledQuery | null) => {
    let entry = compiled.get(key);
    if (entry === undefined) entry = compile();
    // Used again: it becomes the newest.
    else compiled.delete(key);
    setBounded(compiled, key, entry, options.cacheSize);
    return entry;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, queryHash, context } = request;
    // The name the client asked for: Apollo's own `operationName` is that of the operation it
    // resolved, null when it resolved none, and graphql-js must then refuse the name it was sent.
    const operationName = request.request.operationName ?? null;
    const variables = request.request.variables ?? {};
    const interpreted = () =>
      execute({ schema, document, operationName, contextValue: context, variableValues: variables }) as
        ExecutionResult | Promise<ExecutionResult>;
    // No operation resolved (a name that matches none): graphql-js gives the error Apollo expects.
    if (!request.operation) return interpreted();
    const query = compiledFor(`${queryHash}:${operationName ?? ''}`, () => {
      if (hasScalarLiterals(schema, document)) return null;
      const result = compileQuery(schema, document, operationName ?? undefined);
      return isCompiledQuery(result) ? result : null;
    });
    if (!query) return interpreted();
    const result = await query.query(undefined, context, variables);
    // Variables that did not coerce: no data at all. graphql-js says so in its own words.
    if (result.errors?.length && !('data' in result && result.data !== undefined)) return interpreted();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
    },
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined when the cause has none, where graphql-js's are
 * always an object; Apollo and formatError read them as graphql-js makes them. The locations are
 * jit's own: graphql-js computes them from AST nodes, which jit's errors do not keep.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const { message, path, originalError, extensions, locations } = error;
  const copy = new GraphQLError(message, { path, originalError: originalError ?? undefined, extensions });
  if (locations) Object.defineProperty(copy, 'locations', { value: locations, enumerable: true });
  return copy;
}

/**
 * Whether the document writes a value of a custom scalar inline, as in `price: "14.50"`. graphql-jit
 * parses such a literal once and writes the result into the compiled code as JSON, so a Decimal or a
 * Date would reach resolvers as a string. Values sent as variables are parsed on every execution.
 */
function hasScalarLiterals(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  const literal = (node: ValueNode) => {
    const type = getNamedType(typeInfo.getInputType());
    if (node.kind !== 'Variable' && isScalarType(type) && !isSpecifiedScalarType(type)) {
      found = true;
      return BREAK;
    }
    return undefined;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue: literal,
      IntValue: literal,
      FloatValue: literal,
      BooleanValue: literal,
      ObjectValue: literal,
      ListValue: literal,
    }),
  );
  return found;
}
