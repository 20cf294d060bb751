// Looking ahead into what an operation selects below a field, so that a service can read it in the
// field's own statement instead of a round trip per relation.
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected directly below the field being resolved, through inline fragments and
 * fragment spreads. `@skip`/`@include` are not evaluated: a skipped field only costs reading it along.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return selectedFieldsAt(info, []);
}

/**
 * The names of the fields selected at `path` below the field being resolved (e.g. `['edges', 'node']` of a
 * connection), through fragments and through every selection of each step, as `selectedFields`.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [node.selectionSet] : [],
  );
  const fieldsOf = (
    set: SelectionSetNode | undefined,
    name: string | null,
    out: SelectionSetNode[],
    names: Set<string>,
  ) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (name === null) names.add(selection.name.value);
        else if (selection.name.value === name && selection.selectionSet) out.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, name, out, names);
      else fieldsOf(info.fragments[selection.name.value]?.selectionSet, name, out, names);
    }
  };
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    for (const set of sets) fieldsOf(set, step, next, new Set());
    sets = next;
  }
  const names = new Set<string>();
  for (const set of sets) fieldsOf(set, null, [], names);
  return names;
}
