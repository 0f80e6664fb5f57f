// Resolves a global ID to its object, tagged with its GraphQL type for the Node interface.
import type { Context } from '../../context';
import { parseGlobalId } from '../../graphql/global-id';
import { RequestError } from '../../shared/errors';

export async function loadNode(ctx: Context, globalId: string) {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw new RequestError('INVALID_ID', `"${globalId.slice(0, 100)}" is not a Stockroom global ID.`);
  switch (parsed.type) {
    case 'Product': {
      const product = await ctx.loaders.productById.load(parsed.id);
      return product && { ...product, __typename: 'Product' as const };
    }
    case 'Location': {
      const location = await ctx.loaders.locationById.load(parsed.id);
      return location && { ...location, __typename: 'Location' as const };
    }
    case 'Movement': {
      const movement = await ctx.loaders.movementById.load(parsed.id);
      return movement && { ...movement, __typename: 'Movement' as const };
    }
  }
}
