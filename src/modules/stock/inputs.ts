// Turns stock mutation inputs (global IDs) into service inputs (row ids), or the userErrors to return.
import { inputIdOf, type NodeType } from '../../graphql/global-id';
import type { UserError } from '../../shared/errors';
import type { WriteResult } from './ledger';

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
