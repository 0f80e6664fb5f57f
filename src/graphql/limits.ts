// Query limits, checked as validation rules, so a hostile document is refused before any resolver
// runs: depth, aliases, directives and cost (connections count their page size). Token counts are
// limited by the parser itself (Apollo's parseOptions.maxTokens).
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../shared/pagination';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  maxTokens: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  // A Relay connection spends two levels (edges, node) per hop; 12 allows three hops and detail.
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxCost: 10_000,
  maxTokens: 5_000,
};

/** The code clients see for each limit (Apollo reports validation errors as GRAPHQL_VALIDATION_FAILED; formatError restores these). */
export type LimitCode =
  'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COSTLY' | 'TOO_MANY_TOKENS';

function limitError(code: LimitCode, message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { limit: code } });
}

/** Lists without a page-size argument are counted as this many items. */
const ASSUMED_LIST_SIZE = 10;

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Fields of a selection set with fragments spread in; a fragment is expanded once per path. */
function* fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): Generator<FieldNode> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      if (fragment) yield* fieldsOf(fragment.selectionSet, fragments, new Set([...seen, selection.name.value]));
    }
  }
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const field of fieldsOf(selectionSet, fragments)) {
    if (field.name.value.startsWith('__')) continue;
    deepest = Math.max(deepest, 1 + depthOf(field.selectionSet, fragments));
  }
  return deepest;
}

/** The page size a field asks for: its first/last, the default when it takes one, else undefined. */
function pageSizeOf(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number | undefined {
  const size = field.arguments?.find((argument) => argument.name.value === 'first' || argument.name.value === 'last');
  if (size) {
    // A variable could be anything up to the cap, so it counts as the cap.
    return size.value.kind === Kind.INT ? Math.max(1, Number(size.value.value)) : MAX_PAGE_SIZE;
  }
  if (definition && definition.args.some((argument) => argument.name === 'first')) return DEFAULT_PAGE_SIZE;
  return undefined;
}

function isList(type: GraphQLOutputType | undefined): boolean {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  return Boolean(inner && isListType(inner));
}

/**
 * How many items a field returns at most: a list or connection its page size, another list a guess
 * (or the page size of the report object it sits in, e.g. `salesReport(first:) { rows }`).
 */
function multiplier(
  definition: GraphQLField<unknown, unknown> | undefined,
  size: number | undefined,
  enclosingPageSize: number | undefined,
): number {
  const paged = definition && (isList(definition.type) || getNamedType(definition.type).name.endsWith('Connection'));
  if (size !== undefined && paged) return size;
  return isList(definition?.type) ? (enclosingPageSize ?? ASSUMED_LIST_SIZE) : 1;
}

function costOf(
  schema: GraphQLSchema,
  parentTypeName: string,
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  enclosingPageSize?: number,
): number {
  if (!selectionSet) return 0;
  const parent = schema.getType(parentTypeName);
  let cost = 0;
  for (const field of fieldsOf(selectionSet, fragments)) {
    if (field.name.value.startsWith('__')) continue;
    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value] : undefined;
    // Fields selected on a union's members are not found on the union itself and count 1 each.
    const childTypeName = definition ? getNamedType(definition.type).name : parentTypeName;
    // A connection's edges and nodes are the page its field already multiplied by first/last.
    const inPage = parentTypeName.endsWith('Connection') && ['edges', 'nodes'].includes(field.name.value);
    const size = pageSizeOf(field, definition);
    const times = inPage ? 1 : multiplier(definition, size, enclosingPageSize);
    // A single object that takes a page size (a report) passes it to the lists inside it.
    const passed = times === 1 && size !== undefined && !childTypeName.endsWith('Connection') ? size : undefined;
    cost += 1 + times * costOf(schema, childTypeName, field.selectionSet, fragments, passed);
  }
  return cost;
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const depth: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const found = depthOf(operation.selectionSet, fragmentsOf(context));
      if (found > limits.maxDepth) {
        context.reportError(
          limitError(
            'QUERY_TOO_DEEP',
            `The query is ${found} levels deep; at most ${limits.maxDepth} are allowed.`,
            operation,
          ),
        );
      }
    },
  });
  const aliases: ValidationRule = (context) => {
    let count = 0;
    return {
      Field(field) {
        if (field.alias) count += 1;
      },
      Document: {
        leave(document) {
          if (count > limits.maxAliases) {
            context.reportError(
              limitError(
                'TOO_MANY_ALIASES',
                `The document uses ${count} aliases; at most ${limits.maxAliases} are allowed.`,
                document,
              ),
            );
          }
        },
      },
    };
  };
  const directives: ValidationRule = (context) => {
    let count = 0;
    return {
      Directive() {
        count += 1;
      },
      Document: {
        leave(document) {
          if (count > limits.maxDirectives) {
            context.reportError(
              limitError(
                'TOO_MANY_DIRECTIVES',
                `The document uses ${count} directives; at most ${limits.maxDirectives} are allowed.`,
                document,
              ),
            );
          }
        },
      },
    };
  };
  const cost: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      if (!root) return;
      const found = costOf(schema, root.name, operation.selectionSet, fragmentsOf(context));
      if (found > limits.maxCost) {
        context.reportError(
          limitError(
            'QUERY_TOO_COSTLY',
            `The query would cost ${found} (each connection multiplies what it contains by its page size); at most ${limits.maxCost} is allowed.`,
            operation,
          ),
        );
      }
    },
  });
  return [depth, aliases, directives, cost];
}
