// One load run with autocannon against an HTTP endpoint, with exact latency percentiles
// (autocannon reports p97.5 but not p95, so every response time is recorded here too).
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
  /** The JSON body of the n-th request; lets scenarios rotate products or mint idempotency keys. */
  body(n: number): unknown;
}

export interface LoadFigures {
  connections: number;
  durationSeconds: number;
  requests: number;
  throughput: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  status5xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number(sorted[Math.max(0, index)]!.toFixed(2));
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  let n = 0;
  const latencies: number[] = [];
  let status5xx = 0;
  // Without a callback autocannon returns its tracker (an EventEmitter) made thenable.
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(options.body(n++)) }),
      },
    ],
  }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode >= 500) status5xx += 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requests: latencies.length,
    throughput: Number((latencies.length / options.durationSeconds).toFixed(1)),
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status5xx,
  };
}
