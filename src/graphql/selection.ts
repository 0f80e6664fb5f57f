// Looking ahead at what an operation selects below a field, so a resolver can read in one statement
// what the fields below it would otherwise each read.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects any of `names` directly below it, through fragments
 * too. A field under @skip or @include counts as selected: the answer only decides what is read
 * ahead, never what is returned.
 */
export function selectsAnyOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, names: readonly string[]) {
  const within = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return names.includes(selection.name.value);
      if (selection.kind === 'InlineFragment') return within(selection.selectionSet, seen);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return within(info.fragments[name]?.selectionSet, seen);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, new Set()));
}
