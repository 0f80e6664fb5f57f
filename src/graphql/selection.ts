// Looking ahead at what an operation selects below a field, so a resolver can read in one statement
// what the fields below it would otherwise each read.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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
  const within = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') {
        if (depth === path.length) return names.includes(selection.name.value);
        return selection.name.value === path[depth] && within(selection.selectionSet, depth + 1, new Set());
      }
      if (selection.kind === 'InlineFragment') return within(selection.selectionSet, depth, seen);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return within(info.fragments[name]?.selectionSet, depth, seen);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, 0, new Set()));
}
