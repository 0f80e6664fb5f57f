// Rules every input value follows whatever field it is for, checked once per request over the
// operation's literals and variables, before any resolver runs: today, no text holds a character
// PostgreSQL cannot store (a NUL, or a lone surrogate), which would otherwise fail deep in some query.
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
import { unstorableCharacter, unstorableTextMessage } from '../shared/validation';

/** Where an unstorable character sits, and what it is. */
interface Finding {
  path: string;
  what: string;
}

const check = (text: string, path: string): Finding | undefined => {
  const what = unstorableCharacter(text);
  return what ? { path, what } : undefined;
};

/** A JSON key as a path step: plain when it reads plainly, quoted (escaping a NUL) otherwise. */
const step = (key: string) => (/^\w+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

function firstInLiteral(value: ValueNode, path: string): Finding | undefined {
  switch (value.kind) {
    case Kind.STRING:
      return check(value.value, path);
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
function firstInVariable(value: unknown, path: string): Finding | undefined {
  if (typeof value === 'string') return check(value, path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstInVariable(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = check(key, `${path}${step(key)}`) ?? firstInVariable(item, `${path}${step(key)}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Where the first unstorable character sits, named as the client wrote it: `$input.name` for a
 * variable, `createProduct(input.sku)` for a literal argument; undefined when there is none.
 */
export function firstUnstorableText(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Finding | undefined {
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
  let found: Finding | undefined;
  const owners: string[] = [];
  for (const definition of definitions) {
    visit(definition, {
      Field: { enter: (node) => void owners.push(node.name.value), leave: () => void owners.pop() },
      Directive: { enter: (node) => void owners.push(`@${node.name.value}`), leave: () => void owners.pop() },
      VariableDefinition: () => false,
      Argument(node) {
        const inLiteral = firstInLiteral(node.value, node.name.value);
        if (inLiteral && !found) found = { ...inLiteral, path: `${owners.at(-1) ?? ''}(${inLiteral.path})` };
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
          const found = operation && firstUnstorableText(document, operation, request.variables ?? {});
          if (!found) return;
          // 400 like a variable that does not coerce: the request never reached a resolver.
          throw new GraphQLError(unstorableTextMessage(found.path, found.what), {
            extensions: { code: 'BAD_USER_INPUT', inputPath: found.path, http: { status: 400 } },
          });
        },
      };
    },
  };
}
