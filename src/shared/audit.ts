// The audit trail of changes outside the ledger: who changed which user, key, product or location.
import type { Prisma } from '../generated/prisma/client';
import { actorColumns, type Actor } from './actor';

export interface AuditEntry {
  action: string;
  targetType: 'User' | 'ApiKey' | 'Product' | 'Location' | 'PersistedDocument' | 'StockLevel' | 'WebhookSubscription';
  targetId: string;
  /** What changed. Never a password, hash or secret. */
  details?: Record<string, unknown>;
}

/** Records one change, in the caller's transaction when given one. */
export async function audit(db: Prisma.TransactionClient, actor: Actor | null, entry: AuditEntry): Promise<void> {
  const { userId, apiKeyId } = actorColumns(actor);
  await db.auditEvent.create({
    data: {
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      userId,
      apiKeyId,
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as Prisma.InputJsonValue,
    },
  });
}
