// The webhook queue survives a crash (#13): Stockroom runs as a real process (src/main.ts), is
// killed with SIGKILL in the middle of a delivery's retry schedule, and started again on the same
// database; the delivery still arrives, with the same webhook-id and a valid signature, and both
// attempts are in its log.
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { mainEnv, post, signIn, startMain, stopAllMains, type RunningMain } from '../support/main-process';
import { createTestDatabase } from '../support/server';
import { eventually, startReceiver, type Receiver } from '../support/webhook-receiver';

// Two starts of src/main.ts (tsx, migrations) take a while on a busy machine.
jest.setTimeout(240_000);

let receiver: Receiver;
let database: Client;
afterAll(async () => {
  await stopAllMains();
  await receiver?.close();
  await database?.end();
});

describe('a SIGKILL in the middle of a retry schedule', () => {
  it('loses nothing: after a restart the delivery resumes and arrives', async () => {
    // Given Stockroom with a webhook subscription to a receiver that refuses the first attempt
    receiver = await startReceiver(({ index }) => (index === 0 ? 500 : 200));
    const databaseUrl = await createTestDatabase();
    database = new Client({ connectionString: databaseUrl });
    await database.connect();
    const admin = { email: 'webhooks@example.com', password: 'webhooks-crash-password' };
    const env = mainEnv({
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'off',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      // The retry comes 5 s after the first attempt: the process is killed well before it.
      WEBHOOK_RETRY_SCHEDULE: '5s,1s',
      WEBHOOK_TIMEOUT_MS: '2000',
      LOG_LEVEL: 'error',
    });
    const first = await startMain(env);
    const token = await signIn(first, admin);
    const must = async <T>(running: RunningMain, query: string, variables: Record<string, unknown> = {}) => {
      const { body } = await post<T>(running, query, { token, variables });
      if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const { createWebhookSubscription } = await must<{ createWebhookSubscription: { secret: string } }>(
      first,
      'mutation($url: String!) { createWebhookSubscription(input: { url: $url, eventTypes: [PRODUCT_CREATED] }) { secret } }',
      { url: receiver.url },
    );
    const secret = createWebhookSubscription.secret;

    // When a product is created, its delivery's first attempt fails and is logged
    await must(
      first,
      'mutation { createProduct(input: { sku: "CRASH-1", name: "Crash", price: "1" }) { product { id } } }',
    );
    const logged = async () =>
      (await database.query<{ count: string }>('SELECT count(*) FROM webhook_attempt')).rows[0]!.count;
    await eventually('the first attempt logged', async () => (await logged()) === '1');

    // And Stockroom is killed with SIGKILL before the retry
    first.child.kill('SIGKILL');
    await first.exited;
    const { rows: between } = await database.query<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM webhook_delivery',
    );
    expect(between).toEqual([{ status: 'PENDING', attempts: 1 }]);
    expect(receiver.requests).toHaveLength(1);

    // And started again on the same database
    const second = await startMain(env);

    // Then the delivery resumes and arrives
    const { rows } = await eventually('the delivery to succeed', async () => {
      const found = await database.query<{ status: string; attempts: number; id: string }>(
        'SELECT status, attempts, id::text FROM webhook_delivery',
      );
      return found.rows[0]?.status === 'SUCCEEDED' && found;
    });
    expect(rows).toEqual([{ status: 'SUCCEEDED', attempts: 2, id: expect.any(String) }]);

    // With the same webhook-id on both attempts, each signed with the subscription's secret
    expect(receiver.requests.map((request) => request.answer)).toEqual([500, 200]);
    for (const request of receiver.requests) {
      expect(request.headers['webhook-id']).toBe(`msg_${rows[0]!.id}`);
      expect(new Webhook(secret).verify(request.body, request.headers)).toMatchObject({ type: 'PRODUCT_CREATED' });
    }

    // And both attempts are in its log
    const { rows: attempts } = await database.query<{ status_code: number; succeeded: boolean }>(
      'SELECT status_code, succeeded FROM webhook_attempt ORDER BY id',
    );
    expect(attempts).toEqual([
      { status_code: 500, succeeded: false },
      { status_code: 200, succeeded: true },
    ]);

    // And SIGTERM stops the restarted process cleanly, delivery loops included
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
