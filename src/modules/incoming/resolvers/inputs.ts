// Turns incoming mutation inputs (global IDs) into service inputs (row ids), or the userErrors to return.
import type { Context } from '../../../context';
import { inputIdOf, type NodeType } from '../../../graphql/global-id';
import type { Decimal } from '../../../shared/decimal';
import type { UserError } from '../../../shared/errors';

/** Decodes one global ID; a bad one is added to `errors` and read as null. */
export function decode(errors: UserError[], globalId: string, type: NodeType, field: string[]): string {
  const id = inputIdOf(globalId, type, field);
  if (typeof id === 'string') return id;
  errors.push(id);
  return '';
}

/** What a write refused before it reached the service answers with. */
export function rejected(userErrors: UserError[]) {
  return { movements: [], stockLevels: [], userErrors, reservationId: null, documentId: null };
}

/** Every document line references rows that exist (foreign keys); a miss is a fault. */
async function must<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw new Error(`${what} is missing`);
  return found;
}

export const productOf = (parent: { productId: string }, _args: unknown, ctx: Context) =>
  must(ctx.loaders.productById.load(parent.productId), `product ${parent.productId}`);

export const locationOf = (locationId: string, ctx: Context) =>
  must(ctx.loaders.locationById.load(locationId), `location ${locationId}`);

export { actorOf } from '../../../graphql/actor';

/** Decodes the IDs of purchase-order lines as `createPurchaseOrder` and `updatePurchaseOrder` take them. */
export function decodeOrderLines(
  errors: UserError[],
  lines: Array<{
    productId: string;
    locationId?: string | null;
    quantity: number;
    unitCost: Decimal;
    tolerance?: number | null;
  }>,
) {
  return lines.map((line, index) => ({
    ...line,
    productId: decode(errors, line.productId, 'Product', ['lines', String(index), 'productId']),
    locationId: line.locationId
      ? decode(errors, line.locationId, 'Location', ['lines', String(index), 'locationId'])
      : null,
  }));
}
