// Rules every input value follows whatever field it is for, checked once per request over the
// operation's literals and variables, before any resolver runs: today, no text holds a NUL
// character (PostgreSQL cannot store one, so it would otherwise fail deep in some query).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { Context } from '../context';
import { hasNulCharacter, nulCharacterMessage } from '../shared/validation';

/** A JSON key as a path step: plain when it reads plainly, quoted (escaping a NUL) otherwise. */
const step = (key: string) => (/^\w+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

function firstInLiteral(value: ValueNode, path: string): string | undefined {
  switch (value.kind) {
    case Kind.STRING:
      return hasNulCharacter(value.value) ? path : undefined;
    case Kind.LIST:
      for (const [index, item] of value.values.entries()) {
        const found = firstInLiteral(item, `${path}[${index}]`);
        if (found) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const found = firstInLiteral(field.value, `${path}${step(field.name.value)}`);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Variable values as sent (JSON): strings anywhere, object keys included (a JSON argument keeps them). */
function firstInVariable(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return hasNulCharacter(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstInVariable(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = hasNulCharacter(key) ? `${path}${step(key)}` : firstInVariable(item, `${path}${step(key)}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Where the first NUL character sits, named as the client wrote it: `$input.name` for a variable,
 * `createProduct(input.sku)` for a literal argument; undefined when there is none.
 */
export function firstNulCharacter(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string | undefined {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const found = Object.hasOwn(variables, name)
      ? firstInVariable(variables[name], `$${name}`)
      : definition.defaultValue && firstInLiteral(definition.defaultValue, `$${name}`);
    if (found) return found;
  }
  // The operation and every fragment (validation has made sure each fragment is used).
  const definitions: DefinitionNode[] = [
    operation,
    ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
  ];
  let found: string | undefined;
  const owners: string[] = [];
  for (const definition of definitions) {
    visit(definition, {
      Field: { enter: (node) => void owners.push(node.name.value), leave: () => void owners.pop() },
      Directive: { enter: (node) => void owners.push(`@${node.name.value}`), leave: () => void owners.pop() },
      VariableDefinition: () => false,
      Argument(node) {
        const path = firstInLiteral(node.value, node.name.value);
        if (path && !found) found = `${owners.at(-1) ?? ''}(${path})`;
        return false;
      },
    });
    if (found) return found;
  }
  return undefined;
}

export function inputRulesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const where = operation && firstNulCharacter(document, operation, request.variables ?? {});
          if (!where) return;
          // 400 like a variable that does not coerce: the request never reached a resolver.
          throw new GraphQLError(nulCharacterMessage(where), {
            extensions: { code: 'BAD_USER_INPUT', inputPath: where, http: { status: 400 } },
          });
        },
      };
    },
  };
}
