// Turns stock mutation inputs (global IDs) into service inputs (row ids), or the userErrors to return.
import type { Context } from '../../../context';
import type { MovementKind } from '../../../generated/prisma/enums';
import { inputIdOf, type NodeType } from '../../../graphql/global-id';
import type { UserError } from '../../../shared/errors';
import type { MovementRow, WriteResult } from '../service';

/** Decodes each named global ID; errors name the field, under `at` for batch rows. */
export function decodeIds<K extends string>(
  ids: Record<K, [globalId: string | null | undefined, type: NodeType]>,
  at: string[] = [],
): { ids: Record<K, string | null>; errors: UserError[] } {
  const errors: UserError[] = [];
  const decoded = {} as Record<K, string | null>;
  for (const [field, [globalId, type]] of Object.entries(ids) as Array<[K, [string | null | undefined, NodeType]]>) {
    if (globalId === null || globalId === undefined) {
      decoded[field] = null;
      continue;
    }
    const id = inputIdOf(globalId, type, [...at, field]);
    if (typeof id === 'string') decoded[field] = id;
    else {
      errors.push(id);
      decoded[field] = null;
    }
  }
  return { ids: decoded, errors };
}

/** A single-movement payload from the ledger's result. */
export function movementPayload(result: WriteResult) {
  return { movement: result.movements[0] ?? null, stockLevels: result.stockLevels, userErrors: result.userErrors };
}

export function rejected(userErrors: UserError[]) {
  return { movement: null, stockLevels: [], userErrors };
}

/** A write refused before it reached the service (an ID that does not decode): the ledger's empty result. */
export { failedWrite as rejectedWrite } from '../service';

/** What receive, ship, return and write-off share: one product, one location, the side fixed by the kind. */
interface AtLocationInput extends Omit<
  MovementRow,
  'kind' | 'productId' | 'fromLocationId' | 'toLocationId' | 'reservationId'
> {
  productId: string;
  locationId: string;
  reservationId?: string | null;
  idempotencyKey?: string | null;
}

/**
 * Records a movement into (`toLocationId`) or out of (`fromLocationId`) the input's location;
 * errors name the input's own `locationId`.
 */
export async function recordAtLocation(
  ctx: Context,
  operation: string,
  kind: MovementKind,
  side: 'fromLocationId' | 'toLocationId',
  input: AtLocationInput,
) {
  const { productId, locationId, reservationId, idempotencyKey, ...details } = input;
  const { ids, errors } = decodeIds({
    productId: [productId, 'Product'],
    locationId: [locationId, 'Location'],
    reservationId: [reservationId, 'Reservation'],
  });
  if (errors.length > 0) return rejected(errors);
  const row: MovementRow = {
    ...details,
    kind,
    productId: ids.productId!,
    [side]: ids.locationId,
    ...(ids.reservationId ? { reservationId: ids.reservationId } : {}),
  };
  return movementPayload(
    await ctx.services.stock.recordOne(ctx.viewer, operation, row, idempotencyKey, { [side]: 'locationId' }),
  );
}
