// How a global ID is written: base64url("<Type>:<row id>"). The API hands these out, and so do the
// event payloads integrators receive by webhook and subscription, which services build; reading
// them back (parseGlobalId, idOf) is GraphQL's business, in src/graphql/global-id.ts.

export type NodeType =
  | 'Product'
  | 'Location'
  | 'Movement'
  | 'User'
  | 'ApiKey'
  | 'Reservation'
  | 'Transfer'
  | 'PurchaseOrder'
  | 'PurchaseOrderLine'
  | 'Event'
  | 'WebhookSubscription'
  | 'WebhookDelivery'
  | 'ImportJob';

export function toGlobalId(type: NodeType, id: string | bigint): string {
  return Buffer.from(`${type}:${String(id)}`, 'utf8').toString('base64url');
}
