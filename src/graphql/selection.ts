// Looking ahead at what an operation selects below a field, so a resolver can read in one statement
// what the fields below it would otherwise each read.
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

type Lookahead = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * Whether the field being resolved selects any of `names` directly below it, through fragments
 * too. A field under @skip or @include counts as selected: the answer only decides what is read
 * ahead, never what is returned.
 */
export function selectsAnyOf(info: Lookahead, names: readonly string[]) {
  return selectsBelow(info, [], names);
}

/**
 * Whether the field being resolved selects any of `names` at the end of `path` (field names, as
 * `['edges', 'node']` reaches a connection's nodes), through fragments and aliases, counted as
 * selectsAnyOf counts.
 */
export function selectsBelow(info: Lookahead, path: readonly string[], names: readonly string[]) {
  const selected = fieldsBelow(info, path);
  return names.some((name) => selected.has(name));
}

/**
 * The names of the fields selected at the end of `path` below the field being resolved, through
 * fragments and aliases, `__typename` included; empty when nothing is selected there.
 */
export function fieldsBelow(info: Lookahead, path: readonly string[]): Set<string> {
  const found = new Set<string>();
  const within = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (depth === path.length) found.add(selection.name.value);
        else if (selection.name.value === path[depth]) within(selection.selectionSet, depth + 1, new Set());
      } else if (selection.kind === 'InlineFragment') {
        within(selection.selectionSet, depth, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        within(info.fragments[selection.name.value]?.selectionSet, depth, seen);
      }
    }
  };
  for (const node of info.fieldNodes) within(node.selectionSet, 0, new Set());
  return found;
}

/**
 * The arguments of the field `name` directly below the field being resolved, coerced as its own
 * resolver will get them. Undefined when it is not selected, selected more than once (under
 * aliases, perhaps with other arguments), or its arguments do not coerce: its resolver then reads
 * for itself, and answers any error in its own place.
 */
export function argumentsBelow(
  info: Lookahead & Pick<GraphQLResolveInfo, 'returnType' | 'variableValues'>,
  name: string,
): Record<string, unknown> | undefined {
  const found: FieldNode[] = [];
  const collect = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === 'InlineFragment') {
        collect(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet, new Set());
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  if (found.length !== 1 || !field) return undefined;
  try {
    return getArgumentValues(field, found[0]!, info.variableValues);
  } catch {
    return undefined;
  }
}
