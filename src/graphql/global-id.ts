// Opaque Relay global IDs: base64url("<Type>:<row id>"). Clients must not parse them.
import { RequestError, userError, type UserError } from '../shared/errors';
import { toGlobalId, type NodeType } from '../shared/global-id';

export { toGlobalId, type NodeType };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEQUENCE = /^[1-9]\d{0,18}$/;

/** What a row id looks like for each type: uuids for catalogue rows, a bigint sequence for the ledger. */
const ROW_ID: Record<NodeType, RegExp> = {
  Product: UUID,
  Location: UUID,
  Movement: SEQUENCE,
  User: UUID,
  ApiKey: UUID,
  Reservation: UUID,
  Transfer: UUID,
  PurchaseOrder: UUID,
  PurchaseOrderLine: UUID,
  Event: SEQUENCE,
  WebhookSubscription: UUID,
  WebhookDelivery: UUID,
  ImportJob: UUID,
};

/** The type and row id behind a global ID, or null when it is not one Stockroom issued. */
export function parseGlobalId(globalId: string): { type: NodeType; id: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) return null;
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (!Object.hasOwn(ROW_ID, type) || !ROW_ID[type as NodeType].test(id)) return null;
  // Movement and event ids must also fit a PostgreSQL bigint.
  if ((type === 'Movement' || type === 'Event') && BigInt(id) > 9_223_372_036_854_775_807n) return null;
  return { type: type as NodeType, id: id.toLowerCase() };
}

/** For queries: the row id, or a RequestError (`INVALID_ID`) that becomes a GraphQL error. */
export function idOf(globalId: string, type: NodeType, argument = 'id'): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw new RequestError('INVALID_ID', `\`${argument}\` is not a ${type} ID.`);
  }
  return parsed.id;
}

/** For mutation inputs: the row id, or the UserError to put in the payload. */
export function inputIdOf(globalId: string, type: NodeType, field: string[] = ['id']): string | UserError {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    return userError('INVALID_ID', field, `${field.join('.')} is not a ${type} ID.`);
  }
  return parsed.id;
}
