// Webhooks end to end (#13): real writes through the API become events, the dispatcher queues them
// in PostgreSQL, and the worker POSTs them to a real HTTP receiver on 127.0.0.1, signed the
// Standard Webhooks way, retried on a fast schedule, in order per product, never following a
// redirect and never holding up a write. Then who may manage webhooks, and where they may not go.
import { Webhook } from 'standardwebhooks';
import {
  CreateProductDocument,
  CreateWebhookApiKeyDocument,
  CreateWebhookSubscriptionDocument,
  DeleteWebhookSubscriptionDocument,
  RedeliverWebhookDocument,
  RotateWebhookSecretDocument,
  SetApiKeyManagesWebhooksDocument,
  UpdateProductDocument,
  UpdateWebhookSubscriptionDocument,
  WebhookDeliveriesDocument,
  WebhookSubscriptionDocument,
  WebhookSubscriptionsDocument,
  type EventType,
  type WebhookDeliveryFieldsFragment,
  type WebhookDeliveryStatus,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { createLogger } from '../../src/shared/log';
import { FEED_WAIT_MS, startTestServer, type Caller, type TestServer } from '../support/server';
import { eventually, startReceiver, type Receiver, type ReceivedRequest } from '../support/webhook-receiver';

/** Four waits: five attempts per delivery, the fourth wait long enough to see a PENDING retry. */
const RETRY_SCHEDULE = [150, 150, 150, 150];
const TIMEOUT_MS = 400;

let server: TestServer;
const receivers: Receiver[] = [];

async function receiver(script?: Receiver['script']) {
  const started = await startReceiver(script);
  receivers.push(started);
  return started;
}

beforeAll(async () => {
  server = await startTestServer({
    logger: createLogger({ level: process.env.WEBHOOK_TEST_LOGS ? 'info' : 'silent' }),
    webhooks: {
      deliver: true,
      allowHttp: true,
      allowPrivateNetworks: true,
      timeoutMs: TIMEOUT_MS,
      retrySchedule: RETRY_SCHEDULE,
      concurrency: 4,
      pollMs: 50,
    },
  });
});
afterEach(async () => {
  // Each test has its own subscriptions; none outlives it.
  const { webhookSubscriptions } = await server.query(WebhookSubscriptionsDocument, { first: 100 });
  for (const { id } of webhookSubscriptions.nodes) await server.query(DeleteWebhookSubscriptionDocument, { id });
  await Promise.all(receivers.splice(0).map((started) => started.close()));
});
afterAll(() => server.close());

async function subscribe(url: string, eventTypes: EventType[]) {
  const { createWebhookSubscription } = await server.query(CreateWebhookSubscriptionDocument, {
    input: { url, eventTypes, description: 'test receiver' },
  });
  expect(createWebhookSubscription.userErrors).toEqual([]);
  return { subscription: createWebhookSubscription.subscription!, secret: createWebhookSubscription.secret! };
}

async function deliveries(subscriptionId: string, status?: WebhookDeliveryStatus) {
  const { webhookDeliveries } = await server.query(WebhookDeliveriesDocument, { subscriptionId, status, first: 100 });
  return webhookDeliveries.nodes;
}

// Any wait on the dispatcher waits on the feed (FEED_WAIT_MS); a test may take two such waits.
jest.setTimeout(3 * FEED_WAIT_MS);

/** The subscription's deliveries once there are `count`, all in `status`, oldest first. */
async function settled(subscriptionId: string, count: number, status: WebhookDeliveryStatus = 'SUCCEEDED') {
  return eventually(
    `${count} ${status} deliveries`,
    async () => {
      const all = await deliveries(subscriptionId);
      return all.length === count && all.every((delivery) => delivery.status === status) && all.reverse();
    },
    FEED_WAIT_MS,
  );
}

function verified(secret: string, request: ReceivedRequest) {
  return new Webhook(secret).verify(request.body, request.headers) as { type: string; sequence: string };
}

const attemptsOf = (delivery: WebhookDeliveryFieldsFragment) =>
  delivery.attempts.map(({ statusCode, succeeded, error }) => ({ statusCode, succeeded, error }));

describe('delivering an event', () => {
  it('arrives after two 500s and a timeout, signed, with one webhook-id, every attempt logged', async () => {
    // Given a receiver that fails the first three attempts (500, 500, no answer), then accepts
    const target = await receiver(({ index }) => (index < 2 ? 500 : index === 2 ? 'hang' : 200));
    const { subscription, secret } = await subscribe(target.url, ['PRODUCT_CREATED']);

    // When a product is created through the API
    const product = await givenProduct(server);

    // Then the delivery succeeds on the fourth attempt
    const [delivery] = await settled(subscription.id, 1);
    expect(target.requests.map((request) => request.answer)).toEqual([500, 500, 'hang', 200]);

    // And every attempt carried the same webhook-id and a signature standardwebhooks verifies
    const ids = new Set(target.requests.map((request) => request.headers['webhook-id']));
    expect([...ids]).toEqual([delivery!.webhookId]);
    expect(delivery!.webhookId).toMatch(/^msg_[0-9a-f-]{36}$/);
    for (const request of target.requests) {
      expect(verified(secret, request)).toMatchObject({ type: 'PRODUCT_CREATED', sequence: delivery!.eventSequence });
      expect(request.headers['content-type']).toBe('application/json');
    }
    // A wrong secret does not verify
    const stranger = new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
    expect(() => stranger.verify(target.requests[3]!.body, target.requests[3]!.headers)).toThrow();

    // And the body is the event, exactly as the API shows it
    expect(target.requests[3]!.body).toBe(delivery!.body);
    const body = JSON.parse(delivery!.body) as { type: string; data: unknown; id: string; occurredAt: string };
    expect(body).toMatchObject({ type: 'PRODUCT_CREATED', id: expect.any(String), occurredAt: expect.any(String) });
    expect(JSON.stringify(body.data)).toContain(product.id);

    // And every attempt is logged, readable through webhookDeliveries
    expect(delivery).toMatchObject({ status: 'SUCCEEDED', attemptCount: 4, lastError: null, nextAttemptAt: null });
    expect(attemptsOf(delivery!)).toEqual([
      { statusCode: 500, succeeded: false, error: 'HTTP 500: refused with 500' },
      { statusCode: 500, succeeded: false, error: 'HTTP 500: refused with 500' },
      { statusCode: null, succeeded: false, error: `timed out after ${TIMEOUT_MS} ms` },
      { statusCode: 200, succeeded: true, error: null },
    ]);
  });

  it('sends only the types asked for, and only events committed after the subscription', async () => {
    // Given a product created before anyone subscribed
    const before = await givenProduct(server);
    const target = await receiver();
    const { subscription } = await subscribe(target.url, ['PRODUCT_UPDATED']);

    // When a product is created and another one updated
    await givenProduct(server);
    await server.query(UpdateProductDocument, { input: { id: before.id, name: 'Renamed' } });

    // Then only the update is delivered
    const [delivery] = await settled(subscription.id, 1);
    expect(delivery).toMatchObject({ eventType: 'PRODUCT_UPDATED', orderingKey: rowIdOf(before.id) });
    expect(target.requests).toHaveLength(1);
  });

  it("sends one product's deliveries in feed order, even while the first is retried", async () => {
    // Given a receiver that refuses the first two attempts it sees, and accepts everything after
    const target = await receiver(({ index }) => (index < 2 ? 503 : 200));
    const { subscription, secret } = await subscribe(target.url, ['MOVEMENT_RECORDED']);
    const location = await givenLocation(server);
    const [first, second] = [await givenProduct(server), await givenProduct(server)];

    // When five receipts of the first product and one of the second are recorded
    for (const quantity of [1, 2, 3]) {
      await givenMovement(server, 'receive', { productId: first.id, locationId: location.id, quantity });
    }
    await givenMovement(server, 'receive', { productId: second.id, locationId: location.id, quantity: 9 });
    for (const quantity of [4, 5]) {
      await givenMovement(server, 'receive', { productId: first.id, locationId: location.id, quantity });
    }

    // Then all six arrive
    const all = await settled(subscription.id, 6);
    const byWebhookId = new Map(all.map((delivery) => [delivery.webhookId, delivery]));
    const firstProductKey = rowIdOf(first.id);
    const ofFirst = all.filter((delivery) => delivery.orderingKey === firstProductKey);
    expect(ofFirst).toHaveLength(5);

    // And the first product's requests reached the receiver in feed order: no delivery was tried
    // before the one ahead of it had been accepted
    const seen = target.requests
      .map((request) => ({ request, delivery: byWebhookId.get(request.headers['webhook-id']!)! }))
      .filter(({ delivery }) => delivery.orderingKey === firstProductKey);
    const sequences = seen.map(({ request }) => BigInt(verified(secret, request).sequence));
    expect(sequences).toEqual([...sequences].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const accepted = seen.filter(({ request }) => request.answer === 200).map(({ delivery }) => delivery.eventSequence);
    expect(accepted).toEqual(ofFirst.map((delivery) => delivery.eventSequence));
    expect(new Set(accepted).size).toBe(5);
    // (the receiver's first two refusals fell on the first product's first delivery, or on the
    // second product's: either way each product's order held)
    expect(target.requests.filter((request) => request.answer === 503)).toHaveLength(2);
  });

  it('never follows a redirect: a 3xx is a failed attempt', async () => {
    // Given an endpoint that redirects to another receiver
    const elsewhere = await receiver();
    const target = await receiver(() => ({ status: 302, headers: { location: elsewhere.url } }));
    const { subscription } = await subscribe(target.url, ['PRODUCT_CREATED']);

    // When an event is sent to it
    await givenProduct(server);

    // Then every attempt fails as a redirect, and the other receiver is never called
    const [delivery] = await eventually(
      'two attempts',
      async () => {
        const found = await deliveries(subscription.id);
        return found[0] && found[0].attempts.length >= 2 && found;
      },
      FEED_WAIT_MS,
    );
    expect(delivery!.attempts[0]).toMatchObject({ statusCode: 302, succeeded: false });
    expect(delivery!.attempts[0]!.error).toMatch(
      /^HTTP 302: redirect to http:\/\/127\.0\.0\.1:\d+\/hooks not followed/,
    );
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe('failing for good, pausing and resuming', () => {
  it('fails a delivery after its schedule, pauses the subscription saying why, and resumes it in order', async () => {
    // Given a receiver that is down
    let up = false;
    const target = await receiver(() => (up ? 200 : 500));
    const { subscription } = await subscribe(target.url, ['PRODUCT_CREATED', 'PRODUCT_UPDATED']);

    // When an event is sent to it
    const product = await givenProduct(server);

    // Then the delivery fails every attempt of the schedule, and the subscription is paused
    const [failed] = await settled(subscription.id, 1, 'FAILED');
    expect(failed!.attemptCount).toBe(RETRY_SCHEDULE.length + 1);
    expect(target.requests).toHaveLength(RETRY_SCHEDULE.length + 1);
    const { webhookSubscription: paused } = await server.query(WebhookSubscriptionDocument, { id: subscription.id });
    expect(paused).toMatchObject({ status: 'PAUSED', pausedAt: expect.any(String) });
    expect(paused!.pausedReason).toContain(failed!.webhookId);
    expect(paused!.pausedReason).toContain('HTTP 500');
    expect(paused!.pausedReason).toContain(`failed all ${RETRY_SCHEDULE.length + 1} attempts`);

    // And events committed while it is paused are not queued for it, once the dispatcher has passed
    // them (the feed shows an event only once no older writing transaction is open anywhere in the
    // cluster, so on a busy one that takes a while: resuming before would queue it)
    await server.query(UpdateProductDocument, { input: { id: product.id, name: 'While paused' } });
    const [whilePaused] = await server.database.prisma.$queryRaw<Array<{ position: bigint; id: bigint }>>`
      SELECT position, id FROM event WHERE type = 'PRODUCT_UPDATED' AND ${rowIdOf(product.id)} = ANY (product_ids::text[])`;
    await eventually(
      'the dispatcher to pass the event',
      async () => {
        const [cursor] = await server.database.prisma.$queryRaw<Array<{ position: bigint; event_id: bigint }>>`
        SELECT position, event_id FROM event_cursor`;
        return (
          cursor !== undefined &&
          (cursor.position > whilePaused!.position ||
            (cursor.position === whilePaused!.position && cursor.event_id >= whilePaused!.id))
        );
      },
      FEED_WAIT_MS,
    );
    expect(await deliveries(subscription.id)).toHaveLength(1);

    // When the receiver is back and an admin resumes the subscription
    up = true;
    const { updateWebhookSubscription } = await server.query(UpdateWebhookSubscriptionDocument, {
      input: { id: subscription.id, status: 'ACTIVE' },
    });
    expect(updateWebhookSubscription.subscription).toMatchObject({
      status: 'ACTIVE',
      pausedReason: null,
      pausedAt: null,
    });
    await server.query(UpdateProductDocument, { input: { id: product.id, name: 'After resuming' } });

    // Then the failed delivery is sent again, before the product's later update
    const [retried, later] = await settled(subscription.id, 2);
    expect(retried).toMatchObject({ webhookId: failed!.webhookId, attemptCount: 1, eventType: 'PRODUCT_CREATED' });
    expect(retried!.attempts).toHaveLength(RETRY_SCHEDULE.length + 2);
    expect(later).toMatchObject({ eventType: 'PRODUCT_UPDATED' });
    const order = target.requests.filter((request) => request.answer === 200).map((r) => r.headers['webhook-id']);
    expect(order).toEqual([retried!.webhookId, later!.webhookId]);
  });

  it('redelivers with the same webhook-id, and signs with a rotated secret from then on', async () => {
    const target = await receiver();
    const { subscription, secret } = await subscribe(target.url, ['PRODUCT_CREATED']);
    await givenProduct(server);
    const [delivered] = await settled(subscription.id, 1);

    // When the secret is rotated and the delivery sent again
    const { rotateWebhookSecret } = await server.query(RotateWebhookSecretDocument, { id: subscription.id });
    const rotated = rotateWebhookSecret.secret!;
    expect(rotated).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(rotated).not.toBe(secret);
    const { redeliverWebhook } = await server.query(RedeliverWebhookDocument, { deliveryId: delivered!.id });
    expect(redeliverWebhook).toMatchObject({ userErrors: [], delivery: { status: 'PENDING', attemptCount: 0 } });

    // Then it arrives again with the same webhook-id, signed with the new secret only
    const [again] = await settled(subscription.id, 1);
    expect(again!.attempts).toHaveLength(2);
    expect(target.requests.map((request) => request.headers['webhook-id'])).toEqual([
      delivered!.webhookId,
      delivered!.webhookId,
    ]);
    expect(verified(rotated, target.requests[1]!)).toMatchObject({ type: 'PRODUCT_CREATED' });
    expect(() => verified(secret, target.requests[1]!)).toThrow();
  });

  it('answers unknown or malformed IDs with user errors', async () => {
    const missing = Buffer.from('WebhookSubscription:00000000-0000-4000-8000-000000000000').toString('base64url');
    const { rotateWebhookSecret } = await server.query(RotateWebhookSecretDocument, { id: missing });
    expect(rotateWebhookSecret.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'], message: 'No webhook subscription has this ID.' },
    ]);
    const { redeliverWebhook } = await server.query(RedeliverWebhookDocument, { deliveryId: missing });
    expect(redeliverWebhook.userErrors).toMatchObject([{ code: 'INVALID_ID', field: ['deliveryId'] }]);
    const { deleteWebhookSubscription } = await server.query(DeleteWebhookSubscriptionDocument, { id: 'nope' });
    expect(deleteWebhookSubscription.userErrors).toMatchObject([{ code: 'INVALID_ID', field: ['id'] }]);
    const { updateWebhookSubscription } = await server.query(UpdateWebhookSubscriptionDocument, {
      input: { id: missing, description: 'x'.repeat(501) },
    });
    expect(updateWebhookSubscription.userErrors).toMatchObject([{ code: 'TOO_LONG', field: ['description'] }]);
  });
});

describe('a receiver that never answers', () => {
  it('holds up no write, and at most WEBHOOK_CONCURRENCY attempts are in flight', async () => {
    // Given a subscription to every event at an endpoint that never answers, with attempts hanging
    const target = await receiver(() => 'hang');
    const { subscription } = await subscribe(target.url, []);
    const eventCount = async () =>
      Number(
        (await server.database.prisma.$queryRaw<Array<{ count: bigint }>>`SELECT count(*) AS count FROM event`)[0]!
          .count,
      );
    const eventsBefore = await eventCount();
    const location = await givenLocation(server);
    const product = await givenProduct(server);
    await eventually('two attempts hanging', () => target.inFlight() >= 2, FEED_WAIT_MS);

    // When 30 stock writes and 10 product creations are made at once while deliveries hang
    const writes = await Promise.allSettled([
      ...Array.from({ length: 30 }, () =>
        givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 1 }),
      ),
      ...Array.from({ length: 10 }, () => givenProduct(server)),
    ]);

    // Then every write succeeded
    expect(writes.filter((write) => write.status === 'fulfilled')).toHaveLength(40);

    // And every event they wrote was queued, while the receiver never had more attempts open at
    // once than the worker's concurrency (4 here)
    const written = (await eventCount()) - eventsBefore;
    expect(written).toBeGreaterThanOrEqual(42);
    await eventually(
      'every event queued',
      async () => (await deliveries(subscription.id)).length === written,
      FEED_WAIT_MS,
    );
    expect(target.maxInFlight()).toBeLessThanOrEqual(4);
    expect(await deliveries(subscription.id, 'SUCCEEDED')).toHaveLength(0);
  });
});

describe('who may manage webhooks', () => {
  it('refuses anonymous callers, VIEWERs, MANAGERs and keys without the grant; allows ADMINs and keys with it', async () => {
    const input = { url: 'http://127.0.0.1:9/hooks', eventTypes: [] as EventType[] };
    const codeOf = async (caller: Caller) => {
      const response = await caller.send(CreateWebhookSubscriptionDocument, { input });
      return response.body.errors?.[0]?.extensions?.code ?? 'allowed';
    };
    const viewer = (await givenSignedInUser(server, 'VIEWER')).caller;
    const manager = (await givenSignedInUser(server, 'MANAGER')).caller;
    const key = async (role: 'VIEWER' | 'MANAGER', manageWebhooks: boolean) => {
      const { createApiKey } = await server.query(CreateWebhookApiKeyDocument, {
        input: { name: `${role} ${manageWebhooks}`, role, manageWebhooks },
      });
      expect(createApiKey.apiKey?.manageWebhooks).toBe(manageWebhooks);
      return { id: createApiKey.apiKey!.id, caller: server.as({ 'x-api-key': createApiKey.secret! }) };
    };
    const plainManagerKey = await key('MANAGER', false);
    const webhookKey = await key('VIEWER', true);

    expect(await codeOf(server.as({}))).toBe('UNAUTHENTICATED');
    expect(await codeOf(viewer)).toBe('FORBIDDEN');
    expect(await codeOf(manager)).toBe('FORBIDDEN');
    expect(await codeOf(plainManagerKey.caller)).toBe('FORBIDDEN');
    expect(await codeOf(webhookKey.caller)).toBe('allowed');
    expect(await codeOf(server)).toBe('allowed');

    // The grant covers webhooks only: the VIEWER key still cannot create a product
    const product = await webhookKey.caller.send(CreateProductDocument, {
      input: { sku: 'KEY-1', name: 'No', price: '1' },
    });
    expect(product.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Reading deliveries is refused the same way
    const read = await manager.send(WebhookDeliveriesDocument, {});
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // And taking the grant away takes effect from the key's next request
    await server.query(SetApiKeyManagesWebhooksDocument, { id: webhookKey.id, manageWebhooks: false });
    expect(await codeOf(webhookKey.caller)).toBe('FORBIDDEN');

    // The subscriptions made above record who made them
    const { webhookSubscriptions } = await server.query(WebhookSubscriptionsDocument, { first: 10 });
    expect(webhookSubscriptions.nodes.map((node) => node.createdBy)).toEqual(
      expect.arrayContaining([
        { __typename: 'ApiKey', name: 'VIEWER true' },
        { __typename: 'User', email: expect.any(String) },
      ]),
    );
  });
});

describe('where webhooks may go (no WEBHOOK_ALLOW_HTTP, no WEBHOOK_ALLOW_PRIVATE_NETWORKS)', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer();
  });
  afterAll(() => strict.close());

  it.each([
    ['loopback', 'https://127.0.0.1/hooks'],
    ['private', 'https://10.0.0.1/hooks'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data/'],
    ['IPv6 loopback', 'https://[::1]/hooks'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks'],
    ['a name resolving to loopback', 'https://localhost/hooks'],
    ['plain http', 'http://example.com/hooks'],
  ])('refuses %s (%s) with URL_NOT_ALLOWED', async (_what, url) => {
    const { createWebhookSubscription } = await strict.query(CreateWebhookSubscriptionDocument, { input: { url } });
    expect(createWebhookSubscription).toMatchObject({
      subscription: null,
      secret: null,
      userErrors: [{ code: 'URL_NOT_ALLOWED', field: ['url'], message: expect.any(String) }],
    });
  });

  it('refuses malformed URLs with INVALID_FORMAT', async () => {
    for (const url of ['not a url', 'ftp://example.com/', 'https://user:secret@example.com/']) {
      const { createWebhookSubscription } = await strict.query(CreateWebhookSubscriptionDocument, { input: { url } });
      expect(createWebhookSubscription.userErrors).toMatchObject([{ code: 'INVALID_FORMAT', field: ['url'] }]);
    }
    const { createWebhookSubscription } = await strict.query(CreateWebhookSubscriptionDocument, {
      input: { url: ' ' },
    });
    expect(createWebhookSubscription.userErrors).toMatchObject([{ code: 'BLANK', field: ['url'] }]);
  });
});

describe('checking the address again at send time (DNS rebinding)', () => {
  let rebinding: TestServer;
  // The host resolves to a public address while the subscription is saved, then to loopback.
  let answer = '93.184.216.34';
  beforeAll(async () => {
    rebinding = await startTestServer({
      webhooks: {
        deliver: true,
        allowHttp: true,
        allowPrivateNetworks: false,
        timeoutMs: TIMEOUT_MS,
        retrySchedule: [100],
        concurrency: 2,
        pollMs: 50,
        resolve: async () => [{ address: answer, family: 4 }],
      },
    });
  });
  afterAll(() => rebinding.close());

  it('refuses an attempt whose host now resolves to a private address, and connects nowhere', async () => {
    const target = await receiver();
    const port = new URL(target.url).port;
    const { createWebhookSubscription } = await rebinding.query(CreateWebhookSubscriptionDocument, {
      input: { url: `http://rebinding.example:${port}/hooks`, eventTypes: ['PRODUCT_CREATED'] },
    });
    expect(createWebhookSubscription.userErrors).toEqual([]);

    // When the name turns to 127.0.0.1 (where the receiver listens) and an event is sent
    answer = '127.0.0.1';
    await givenProduct(rebinding);

    // Then both attempts are refused before connecting, the delivery fails and the receiver saw nothing
    const subscriptionId = createWebhookSubscription.subscription!.id;
    const found = await eventually(
      'a failed delivery',
      async () => {
        const { webhookDeliveries } = await rebinding.query(WebhookDeliveriesDocument, {
          subscriptionId,
          status: 'FAILED',
        });
        return webhookDeliveries.nodes[0];
      },
      FEED_WAIT_MS,
    );
    expect(found.attempts).toHaveLength(2);
    for (const attempt of found.attempts) {
      expect(attempt).toMatchObject({ statusCode: null, succeeded: false });
      expect(attempt.error).toMatch(/^refused: url resolves to 127\.0\.0\.1, which is loopback/);
    }
    expect(target.requests).toHaveLength(0);
  });
});
