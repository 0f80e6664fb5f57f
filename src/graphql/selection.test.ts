// Look-ahead answers what a resolver may read in advance: through fragments and aliases, never
// through a field of another name on the way.
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { fieldsBelow, selectsAnyOf, selectsBelow } from './selection';

/** The look-ahead of the operation's first root field. */
function infoOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((node) => [node.name.value, node]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const STOCK = ['stockLevels', 'onHand', 'available'];

describe('selectsBelow', () => {
  it('finds a field at the end of the path, aliased or not', () => {
    expect(
      selectsBelow(infoOf('{ products { edges { node { sku total: onHand } } } }'), ['edges', 'node'], STOCK),
    ).toBe(true);
    expect(selectsBelow(infoOf('{ products { nodes { stockLevels { onHand } } } }'), ['nodes'], STOCK)).toBe(true);
  });

  it('finds it through named and inline fragments at any step', () => {
    const named = `{ products { ...Page } }
      fragment Page on ProductConnection { edges { ...Row } }
      fragment Row on ProductEdge { node { ... on Product { available } } }`;
    expect(selectsBelow(infoOf(named), ['edges', 'node'], STOCK)).toBe(true);
  });

  it('does not find it off the path, or deeper than its end', () => {
    expect(selectsBelow(infoOf('{ products { edges { node { sku name } } } }'), ['edges', 'node'], STOCK)).toBe(false);
    expect(selectsBelow(infoOf('{ products { nodes { onHand } } }'), ['edges', 'node'], STOCK)).toBe(false);
    const deeper = '{ products { edges { node { movements { edges { node { product { onHand } } } } } } } }';
    expect(selectsBelow(infoOf(deeper), ['edges', 'node'], STOCK)).toBe(false);
  });

  it('reads a fragment spread twice at the same step once, and still finds what it holds', () => {
    const twice = `{ products { edges { ...Row ...Row } } } fragment Row on ProductEdge { node { onHand } }`;
    expect(selectsBelow(infoOf(twice), ['edges', 'node'], STOCK)).toBe(true);
  });

  it('is selectsAnyOf with an empty path', () => {
    expect(selectsAnyOf(infoOf('{ product(id: "x") { onHand } }'), STOCK)).toBe(true);
    expect(selectsAnyOf(infoOf('{ product(id: "x") { sku } }'), STOCK)).toBe(false);
  });
});

describe('fieldsBelow', () => {
  it('names every field at the end of the path, through fragments and aliases, __typename too', () => {
    const info = infoOf(`{
      location { stockAsOf { levels { product { sku label: name ...Shown ... on Product { price } } } } }
    }
    fragment Shown on Product { __typename createdAt }`);
    expect([...fieldsBelow(info, ['stockAsOf', 'levels', 'product'])].sort()).toEqual([
      '__typename',
      'createdAt',
      'name',
      'price',
      'sku',
    ]);
  });

  it('is empty where nothing is selected', () => {
    const info = infoOf('{ location { stockAsOf { levels { onHand } } } }');
    expect(fieldsBelow(info, ['stockAsOf', 'levels', 'product']).size).toBe(0);
  });
});
