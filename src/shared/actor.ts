// Who is calling: a signed-in user or an API key, each with a role. Services record it and
// decide with it; they never see tokens or secrets.
import type { Role } from '../generated/prisma/enums';

export type { Role };

export type Actor =
  | { kind: 'user'; userId: string; role: Role; name: string }
  | {
      kind: 'apiKey';
      apiKeyId: string;
      role: Role;
      name: string;
      /** The key may only run trusted (safelisted) persisted documents. */
      requirePersistedQueries?: boolean;
      /** The key may manage webhooks whatever its role (the MANAGE_WEBHOOKS grant). */
      manageWebhooks?: boolean;
    };

/** A permission an API key can hold besides its role: the SDL's ApiKeyGrant. */
export type ApiKeyGrant = 'MANAGE_WEBHOOKS';

/** Higher ranks include every permission of lower ones. */
const RANK: Record<Role, number> = { VIEWER: 0, CLERK: 1, MANAGER: 2, ADMIN: 3 };

export function hasRole(actor: Pick<Actor, 'role'>, required: Role): boolean {
  return RANK[actor.role] >= RANK[required];
}

/** Whether the caller is an API key holding `grant`. */
export function holdsGrant(actor: Actor, grant: ApiKeyGrant): boolean {
  return actor.kind === 'apiKey' && grant === 'MANAGE_WEBHOOKS' && actor.manageWebhooks === true;
}

/** The columns that record who did something. */
export function actorColumns(actor: Actor | null): { userId: string | null; apiKeyId: string | null } {
  if (!actor) return { userId: null, apiKeyId: null };
  return actor.kind === 'user' ? { userId: actor.userId, apiKeyId: null } : { userId: null, apiKeyId: actor.apiKeyId };
}
