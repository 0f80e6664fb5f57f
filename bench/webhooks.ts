// Webhook deliveries per second (#13, acceptance 5): records N one-unit receipts spread over many
// products (N MOVEMENT_RECORDED events), then starts one instance's dispatcher and worker and times
// them until a local receiver on 127.0.0.1 has accepted every delivery: dispatch, signing, the POST
// and the attempt's record included. Adds N units of stock to the benchmark data.
//
//   tsx bench/webhooks.ts [--deliveries 2000] [--concurrency 8] [--products 100]
//
// With BENCH_DATABASE_URL, or the benchmark's embedded cluster (`npm run bench:data` first).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectDatabase } from '../src/db/client';
import { WebhookDelivery } from '../src/modules/webhooks';
import { createServices } from '../src/services';
import type { Actor } from '../src/shared/actor';
import { Decimal } from '../src/shared/decimal';
import { createLogger } from '../src/shared/log';
import { openBenchDatabase } from './lib/database';

export interface WebhookBenchOptions {
  deliveries: number;
  /** WEBHOOK_CONCURRENCY of the one instance measured. */
  concurrency: number;
  /** How many products the receipts are spread over: deliveries for one product go one at a time. */
  products: number;
}

export interface WebhookBenchFigures extends WebhookBenchOptions {
  seconds: number;
  deliveriesPerSecond: number;
  /** Requests the receiver got per delivery; 1 unless some were retried. */
  requestsPerDelivery: number;
}

export async function measureWebhookDeliveries(
  databaseUrl: string,
  options: WebhookBenchOptions,
): Promise<WebhookBenchFigures> {
  const database = connectDatabase({ url: databaseUrl, poolSize: 10, connectionTimeoutMs: 30_000 });
  const { prisma } = database;
  let requests = 0;
  const receiver = http.createServer((req, res) => {
    requests += 1;
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const policy = { allowHttp: true, allowPrivateNetworks: true };
  const services = createServices(database, {
    transactionWaitMs: 30_000,
    auth: {
      secret: 'webhook-bench-secret-that-signs-no-tokens',
      tokenTtlSeconds: 60,
      throttleWindowMs: 60_000,
      maxFailuresPerAccount: 20,
      maxFailuresPerAddress: 100,
    },
    webhooks: policy,
  });
  let subscriptionId: string | undefined;
  try {
    const admin = await prisma.user.findFirst({ where: { role: 'ADMIN', active: true } });
    const location = await prisma.location.findFirst({ where: { active: true }, orderBy: { code: 'asc' } });
    const products = await prisma.product.findMany({
      where: { active: true },
      orderBy: { sku: 'asc' },
      take: options.products,
    });
    if (!admin || !location || products.length === 0) {
      throw new Error('The benchmark database has no admin, location or product: run `npm run bench:data` first.');
    }
    const actor: Actor = { kind: 'user', userId: admin.id, role: 'ADMIN', name: 'webhook benchmark' };
    const created = await services.webhooks.createSubscription(actor, { url, eventTypes: ['MOVEMENT_RECORDED'] });
    if (!created.subscription) throw new Error(`cannot subscribe: ${JSON.stringify(created.userErrors)}`);
    subscriptionId = created.subscription.id;

    // The events first, ten writers at a time; only their delivery is timed.
    for (let done = 0; done < options.deliveries; done += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, options.deliveries - done) }, (_, i) =>
          services.stock.recordOne(actor, 'receiveStock', {
            kind: 'RECEIPT',
            productId: products[(done + i) % products.length]!.id,
            toLocationId: location.id,
            quantity: 1,
            unitCost: new Decimal('1'),
          }),
        ),
      );
    }

    const started = performance.now();
    const delivery = new WebhookDelivery(
      prisma,
      { ...policy, timeoutMs: 10_000, retrySchedule: [1000, 5000], concurrency: options.concurrency, pollMs: 100 },
      createLogger({ silent: true }),
    ).start();
    try {
      for (;;) {
        const succeeded = await prisma.webhookDelivery.count({ where: { subscriptionId, status: 'SUCCEEDED' } });
        if (succeeded >= options.deliveries) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await delivery.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      ...options,
      seconds: Math.round(seconds * 100) / 100,
      deliveriesPerSecond: Math.round(options.deliveries / seconds),
      requestsPerDelivery: Math.round((requests / options.deliveries) * 100) / 100,
    };
  } finally {
    if (subscriptionId) await prisma.webhookSubscription.delete({ where: { id: subscriptionId } });
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
    await services.persisted.close();
    await database.close();
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  const bench = await openBenchDatabase();
  try {
    const figures = await measureWebhookDeliveries(bench.url, {
      deliveries: value('deliveries', 2000),
      concurrency: value('concurrency', 8),
      products: value('products', 100),
    });
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await bench.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
