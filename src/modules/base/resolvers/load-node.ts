// Resolves a global ID to its object, tagged with its GraphQL type for the Node interface.
import type { Context } from '../../../context';
import { requireRole } from '../../../graphql/auth';
import { parseGlobalId } from '../../../graphql/global-id';
import { RequestError } from '../../../shared/errors';

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
    case 'Reservation': {
      const reservation = await ctx.loaders.reservationById.load(parsed.id);
      return reservation && { ...reservation, __typename: 'Reservation' as const };
    }
    case 'Transfer': {
      const transfer = await ctx.loaders.transferById.load(parsed.id);
      return transfer && { ...transfer, __typename: 'Transfer' as const };
    }
    case 'PurchaseOrder': {
      const order = await ctx.loaders.purchaseOrderById.load(parsed.id);
      return order && { ...order, __typename: 'PurchaseOrder' as const };
    }
    case 'Event': {
      const event = (await ctx.services.events.byIds([parsed.id])).get(parsed.id);
      return event && { ...event, __typename: 'Event' as const };
    }
    case 'User': {
      // People and keys are visible to admins only, as in `users` and `apiKeys`.
      requireRole(ctx, 'ADMIN');
      const user = await ctx.loaders.userById.load(parsed.id);
      return user && { ...user, __typename: 'User' as const };
    }
    case 'ApiKey': {
      requireRole(ctx, 'ADMIN');
      const apiKey = await ctx.loaders.apiKeyById.load(parsed.id);
      return apiKey && { ...apiKey, __typename: 'ApiKey' as const };
    }
  }
}
