// Webhook subscriptions and their deliveries as an admin manages them: the rules for URLs (the
// SSRF guard), secrets, pausing and resuming, redelivery, and who may do any of it.
import { randomBytes } from 'node:crypto';
import type {
  EventType,
  Prisma,
  PrismaClient,
  WebhookDeliveryStatus,
  WebhookSubscription,
  WebhookSubscriptionStatus,
} from '../../generated/prisma/client';
import { feedHead } from '../events';
import { hasRole, holdsGrant, type Actor } from '../../shared/actor';
import { audit } from '../../shared/audit';
import { RequestError, userError, type UserError } from '../../shared/errors';
import { paginate, type Page, type PageArgs } from '../../shared/pagination';
import { checkText } from '../../shared/validation';
import { deliveryBody } from './delivery/runner';
import { webhookId } from './delivery/send';
import { ensureCursor, lockCursor, lockSubscription, requeueFailed } from './store';
import { MAX_URL_LENGTH, resolveAll, vetWebhookUrl, type Resolver, type UrlPolicy } from './url-guard';

export interface WebhookServiceOptions extends UrlPolicy {
  resolve?: Resolver;
}

/** A delivery as the API shows it: with its subscription, its event and every attempt, oldest first. */
export type DeliveryView = Prisma.WebhookDeliveryGetPayload<{ include: typeof DELIVERY_VIEW }>;

const DELIVERY_VIEW = {
  subscription: true,
  event: true,
  attemptLog: { orderBy: { id: 'asc' } },
} as const satisfies Prisma.WebhookDeliveryInclude;

export interface SubscriptionFields {
  url?: string | null;
  /** Empty (or omitted on creation) means every type. */
  eventTypes?: readonly EventType[] | null;
  description?: string | null;
  status?: WebhookSubscriptionStatus | null;
}

type SubscriptionResult = { subscription: WebhookSubscription | null; userErrors: UserError[] };
type WithSecret = SubscriptionResult & { secret: string | null };

const MAX_DESCRIPTION = 500;
const RESOLVE_WITHIN_MS = 5_000;

/** A signing secret as Standard Webhooks writes it: "whsec_" + base64 of 32 random bytes. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Who may manage webhooks: ADMINs, and API keys given the MANAGE_WEBHOOKS grant (whatever their role). */
export function mayManageWebhooks(actor: Actor | null): boolean {
  return actor !== null && (hasRole(actor, 'ADMIN') || holdsGrant(actor, 'MANAGE_WEBHOOKS'));
}

function authorize(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new RequestError('UNAUTHENTICATED', 'Sign in (signIn) or send an API key to use Stockroom.');
  if (!mayManageWebhooks(actor)) {
    throw new RequestError(
      'FORBIDDEN',
      'Webhooks are managed by ADMINs and by API keys allowed to manage webhooks (ApiKey.manageWebhooks).',
    );
  }
}

const notFound = (field: string[] = ['id']) => userError('NOT_FOUND', field, 'No webhook subscription has this ID.');

export class WebhookService {
  private readonly resolve: Resolver;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: WebhookServiceOptions,
  ) {
    this.resolve = options.resolve ?? resolveAll;
  }

  /** Checks the input's `url` against the SSRF guard; pushes its error, or returns the URL to store. */
  private async checkUrl(errors: UserError[], raw: string | null | undefined): Promise<string | undefined> {
    const url = checkText(errors, 'url', raw, { max: MAX_URL_LENGTH, required: true });
    if (url === undefined) return undefined;
    // A resolver that never answers must not hold the mutation: a host that has not resolved
    // within RESOLVE_WITHIN_MS counts as not resolving.
    const resolve: Resolver = (host) =>
      Promise.race([
        this.resolve(host),
        new Promise<never>((_resolve, reject) =>
          setTimeout(() => reject(new Error('timed out')), RESOLVE_WITHIN_MS).unref(),
        ),
      ]);
    const verdict = await vetWebhookUrl(url, this.options, resolve);
    if (!verdict.ok) {
      errors.push(userError(verdict.code, ['url'], verdict.message));
      return undefined;
    }
    return verdict.url.href;
  }

  listSubscriptions(actor: Actor | null, page: PageArgs): Promise<Page<WebhookSubscription>> {
    authorize(actor);
    return paginate<WebhookSubscription>(
      {
        where: {},
        sortField: 'createdAt',
        direction: 'desc',
        cursor: { sortValue: 'moment', id: 'uuid' },
        findMany: (args) => this.prisma.webhookSubscription.findMany(args as Prisma.WebhookSubscriptionFindManyArgs),
        count: (args) => this.prisma.webhookSubscription.count(args as Prisma.WebhookSubscriptionCountArgs),
      },
      page,
    );
  }

  subscription(actor: Actor | null, id: string): Promise<WebhookSubscription | null> {
    authorize(actor);
    return this.prisma.webhookSubscription.findUnique({ where: { id } });
  }

  /**
   * Creates a subscription that receives the events committed from now on, and returns its secret
   * (the only time it is shown). It starts at the feed's end as seen while holding the dispatcher's
   * cursor, so every event past that start is dispatched after the subscription exists.
   */
  async createSubscription(actor: Actor | null, input: SubscriptionFields): Promise<WithSecret> {
    authorize(actor);
    const errors: UserError[] = [];
    const url = await this.checkUrl(errors, input.url);
    const description = checkText(errors, 'description', input.description, { max: MAX_DESCRIPTION });
    if (errors.length > 0 || !url) return { subscription: null, secret: null, userErrors: errors };
    const eventTypes = [...new Set(input.eventTypes ?? [])];
    const secret = newSecret();
    await ensureCursor(this.prisma);
    const subscription = await this.prisma.$transaction(async (tx) => {
      await lockCursor(tx, { skipLocked: false });
      const head = await feedHead(tx);
      const created = await tx.webhookSubscription.create({
        data: {
          url,
          eventTypes,
          description: description || null,
          secret,
          startPosition: head.position,
          createdByUserId: actor.kind === 'user' ? actor.userId : null,
          createdByApiKeyId: actor.kind === 'apiKey' ? actor.apiKeyId : null,
        },
      });
      await audit(tx, actor, {
        action: 'webhook_subscription.created',
        targetType: 'WebhookSubscription',
        targetId: created.id,
        details: { url, eventTypes, description: created.description },
      });
      return created;
    });
    return { subscription, secret, userErrors: [] };
  }

  /**
   * Changes a subscription; omitted fields keep their value. Setting status ACTIVE on a PAUSED
   * subscription resumes it: its FAILED deliveries are sent again from the first attempt, ahead of
   * later deliveries for the same product. Setting PAUSED stops sending until resumed; events
   * committed while a subscription is paused are not queued for it.
   */
  async updateSubscription(actor: Actor | null, id: string, input: SubscriptionFields): Promise<SubscriptionResult> {
    authorize(actor);
    const errors: UserError[] = [];
    const url = input.url === undefined || input.url === null ? undefined : await this.checkUrl(errors, input.url);
    if (input.url === null) errors.push(userError('BLANK', ['url'], 'url must not be empty.'));
    const description = checkText(errors, 'description', input.description, { max: MAX_DESCRIPTION });
    if (errors.length > 0) return { subscription: null, userErrors: errors };
    const eventTypes = input.eventTypes ? [...new Set(input.eventTypes)] : undefined;
    return this.prisma.$transaction(async (tx) => {
      const current = await lockSubscription(tx, id);
      if (!current) return { subscription: null, userErrors: [notFound()] };
      const data: Prisma.WebhookSubscriptionUpdateInput = { url, eventTypes, updatedAt: new Date() };
      if (input.description !== undefined) data.description = description || null;
      let requeued = 0;
      if (input.status === 'ACTIVE' && current.status === 'PAUSED') {
        Object.assign(data, { status: 'ACTIVE', pausedReason: null, pausedAt: null });
        requeued = await requeueFailed(tx, id);
      } else if (input.status === 'PAUSED' && current.status === 'ACTIVE') {
        Object.assign(data, { status: 'PAUSED', pausedReason: `Paused by ${actor.name}.`, pausedAt: new Date() });
      }
      const subscription = await tx.webhookSubscription.update({ where: { id }, data });
      await audit(tx, actor, {
        action: 'webhook_subscription.updated',
        targetType: 'WebhookSubscription',
        targetId: id,
        details: { url, eventTypes, description: input.description, status: input.status, requeued },
      });
      return { subscription, userErrors: [] };
    });
  }

  /** Deletes a subscription with its deliveries and their attempts; an attempt in flight is not recorded. */
  async deleteSubscription(actor: Actor | null, id: string): Promise<SubscriptionResult> {
    authorize(actor);
    return this.prisma.$transaction(async (tx) => {
      const found = await tx.webhookSubscription.findUnique({ where: { id } });
      if (!found) return { subscription: null, userErrors: [notFound()] };
      await tx.webhookSubscription.delete({ where: { id } });
      await audit(tx, actor, {
        action: 'webhook_subscription.deleted',
        targetType: 'WebhookSubscription',
        targetId: id,
        details: { url: found.url },
      });
      return { subscription: found, userErrors: [] };
    });
  }

  /** Replaces the signing secret; attempts from now on are signed with the new one only. */
  async rotateSecret(actor: Actor | null, id: string): Promise<WithSecret> {
    authorize(actor);
    const secret = newSecret();
    return this.prisma.$transaction(async (tx) => {
      const changed = await tx.webhookSubscription.updateMany({
        where: { id },
        data: { secret, updatedAt: new Date() },
      });
      if (changed.count === 0) return { subscription: null, secret: null, userErrors: [notFound()] };
      await audit(tx, actor, {
        action: 'webhook_subscription.secret_rotated',
        targetType: 'WebhookSubscription',
        targetId: id,
      });
      return {
        subscription: await tx.webhookSubscription.findUniqueOrThrow({ where: { id } }),
        secret,
        userErrors: [],
      };
    });
  }

  /** Deliveries, newest first, each with its attempts. */
  listDeliveries(
    actor: Actor | null,
    filter: { subscriptionId?: string | null; status?: WebhookDeliveryStatus | null },
    page: PageArgs,
  ): Promise<Page<DeliveryView>> {
    authorize(actor);
    const where: Prisma.WebhookDeliveryWhereInput = {};
    if (filter.subscriptionId) where.subscriptionId = filter.subscriptionId;
    if (filter.status) where.status = filter.status;
    return paginate<DeliveryView>(
      {
        where,
        sortField: 'seq',
        idField: 'seq',
        direction: 'desc',
        cursor: { sortValue: 'bigint', id: 'bigint' },
        findMany: (args) =>
          this.prisma.webhookDelivery.findMany({
            ...(args as Prisma.WebhookDeliveryFindManyArgs),
            include: DELIVERY_VIEW,
          }),
        count: (args) => this.prisma.webhookDelivery.count(args as Prisma.WebhookDeliveryCountArgs),
      },
      page,
    );
  }

  /**
   * Sends a delivery again, with the same webhook-id: a SUCCEEDED or FAILED one goes back to
   * PENDING with a fresh schedule, a PENDING one is tried now instead of at its next time. It is
   * sent once no earlier delivery for the same product is pending, and while its subscription is
   * active.
   */
  async redeliver(
    actor: Actor | null,
    deliveryId: string,
  ): Promise<{ delivery: DeliveryView | null; userErrors: UserError[] }> {
    authorize(actor);
    return this.prisma.$transaction(async (tx) => {
      const found = await tx.webhookDelivery.findUnique({ where: { id: deliveryId } });
      if (!found) {
        return {
          delivery: null,
          userErrors: [userError('NOT_FOUND', ['deliveryId'], 'No webhook delivery has this ID.')],
        };
      }
      await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data:
          found.status === 'PENDING'
            ? { nextAttemptAt: new Date() }
            : { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), completedAt: null, leasedUntil: null },
      });
      await audit(tx, actor, {
        action: 'webhook_delivery.redelivered',
        targetType: 'WebhookSubscription',
        targetId: found.subscriptionId,
        details: { webhookId: webhookId(found.id), previousStatus: found.status },
      });
      return {
        delivery: await tx.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, include: DELIVERY_VIEW }),
        userErrors: [],
      };
    });
  }

  /** The exact JSON a delivery POSTs (what its signature covers). */
  bodyOf(delivery: DeliveryView): string {
    return deliveryBody(delivery.event);
  }
}
