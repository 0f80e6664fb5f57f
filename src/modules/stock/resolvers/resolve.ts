// Field helpers shared by the stock types: the product and location rows behind a level or line.
import type { Context } from '../../../context';
import { primeAll } from '../../../shared/loaders';
import type { RowsReadAlong } from '../loaders';

/** Every level, line and movement references rows that exist (foreign keys); a miss is a fault. */
async function must<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw new Error(`${what} is missing`);
  return found;
}

export const productOf = (parent: { productId: string }, _args: unknown, ctx: Context) =>
  must(ctx.loaders.productById.load(parent.productId), `product ${parent.productId}`);

export const locationOf = (parent: { locationId: string }, _args: unknown, ctx: Context) =>
  must(ctx.loaders.locationById.load(parent.locationId), `location ${parent.locationId}`);

/** Hands locations a statement read along with its rows to the request's locationById, so no statement reads them again. */
export const locationsReadIn =
  (ctx: Context): RowsReadAlong['locations'] =>
  (locations) =>
    primeAll(ctx.loaders.locationById, locations);
