// An event as integrators receive it outside GraphQL: the JSON body of a webhook delivery (and the
// shape the README documents). `data` is the event's payload, whose shape per type the SDL's
// payload types describe field for field.
import { toGlobalId } from '../../shared/global-id';
import type { EventRecord } from './feed';

export interface EventBody {
  /** The event's global ID. */
  id: string;
  type: string;
  /** The event's sequence number. */
  sequence: string;
  /** When the change was committed, ISO 8601. */
  occurredAt: string;
  /** Who made the change: a user's or an API key's global ID, or null for Stockroom itself. */
  actor: { type: 'User' | 'ApiKey'; id: string } | null;
  data: unknown;
}

export function eventBody(event: EventRecord): EventBody {
  return {
    id: toGlobalId('Event', event.id),
    type: event.type,
    sequence: String(event.id),
    occurredAt: event.occurredAt.toISOString(),
    actor: event.userId
      ? { type: 'User', id: toGlobalId('User', event.userId) }
      : event.apiKeyId
        ? { type: 'ApiKey', id: toGlobalId('ApiKey', event.apiKeyId) }
        : null,
    data: event.payload,
  };
}
