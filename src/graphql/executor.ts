// Compiled execution: each operation Apollo has parsed and validated runs as a function graphql-jit
// compiled for it, kept per document. Apollo accepts another executor only through its gateway
// interface, so this is a gateway over one fixed schema.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export interface CompiledExecutionOptions {
  /** Compiled operations kept at once; the least recently used goes first. */
  cacheSize: number;
}

/**
 * A gateway that hands Apollo `schema` and an executor running compiled operations. graphql-js
 * still runs an operation in two cases, so that every answer stays what it was: when the variables
 * do not coerce (its errors are the ones clients and tests know), and when graphql-jit cannot
 * compile the operation.
 */
export function compiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | null>();

  const compiledFor = (key: string, compile: () => CompiledQuery | null) => {
    let entry = compiled.get(key);
    if (entry === undefined) {
      entry = compile();
      if (compiled.size >= options.cacheSize) compiled.delete(compiled.keys().next().value!);
    } else {
      compiled.delete(key);
    }
    compiled.set(key, entry);
    return entry;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, operationName, queryHash, context } = request;
    const variables = request.request.variables ?? {};
    const interpreted = () =>
      execute({ schema, document, operationName, contextValue: context, variableValues: variables }) as
        | ExecutionResult
        | Promise<ExecutionResult>;
    const query = compiledFor(`${queryHash}:${operationName ?? ''}`, () => {
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
