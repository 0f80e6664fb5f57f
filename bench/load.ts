// One load run with autocannon against an HTTP endpoint, with exact latency percentiles
// (autocannon reports p97.5 but not p95, so every response time is recorded here too). runFlows
// drives a sequence of requests per connection instead, each step built from the answers before it.
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

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadFigures {
  connections: number;
  durationSeconds: number;
  requests: number;
  throughput: number;
  latencyMs: Percentiles;
  errors: number;
  non2xx: number;
  status5xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number(sorted[Math.max(0, index)]!.toFixed(2));
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  };
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
  return {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requests: latencies.length,
    throughput: Number((latencies.length / options.durationSeconds).toFixed(1)),
    latencyMs: percentiles(latencies),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status5xx,
  };
}

/** One request of a flow. */
export interface FlowStep<F> {
  name: string;
  /**
   * The JSON body of this step for `flow`, or null to abandon the flow (an earlier step was refused)
   * and start the next one. The first step is never abandoned.
   */
  body(flow: F): unknown;
  /** Reads the step's answer (HTTP status and raw body) into `flow`. */
  onResponse?(status: number, body: string, flow: F): void;
}

export interface FlowOptions<F> {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
  /** The state of a new flow, built when its first step is sent. */
  start(): F;
  steps: Array<FlowStep<F>>;
}

export interface FlowFigures extends LoadFigures {
  /** Flows whose every step was answered. */
  flows: number;
  /** Flows given up after a step because a later step had nothing to do (its body was null). */
  abandoned: number;
  /** From sending the first step to the answer of the last, for flows whose every step was answered. */
  flowLatencyMs: Percentiles;
  /** Each step's latency, by name. */
  steps: Record<string, Percentiles & { requests: number }>;
}

/** Per-connection state; autocannon resets it (to a clone of `{}`) whenever a connection starts the sequence again. */
interface FlowContext<F> {
  flow?: F;
  startedAt?: number;
  sentAt?: number;
}

/**
 * Each connection runs the steps in order, over and over, one request at a time: a step is built
 * (autocannon's setupRequest) just before it is written, so it can use the answers to the steps
 * before it. Request figures count every request; flow figures count flows answered to the end.
 */
export async function runFlows<F>(options: FlowOptions<F>): Promise<FlowFigures> {
  const latencies: number[] = [];
  const flowLatencies: number[] = [];
  const stepLatencies = new Map(options.steps.map((step) => [step.name, [] as number[]]));
  let status5xx = 0;
  let abandoned = 0;
  const last = options.steps.length - 1;
  const requests = options.steps.map((step, index) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...options.headers },
    setupRequest: (request: autocannon.Request, raw: unknown) => {
      const context = raw as FlowContext<F>;
      if (index === 0) {
        context.flow = options.start();
        context.startedAt = performance.now();
      }
      const body = context.flow === undefined ? null : step.body(context.flow);
      if (body === null) {
        abandoned += 1;
        return null as unknown as autocannon.Request;
      }
      context.sentAt = performance.now();
      return { ...request, body: JSON.stringify(body) };
    },
    onResponse: (status: number, body: string, raw: unknown) => {
      const context = raw as FlowContext<F>;
      const now = performance.now();
      if (context.sentAt !== undefined) stepLatencies.get(step.name)!.push(now - context.sentAt);
      if (context.flow !== undefined) step.onResponse?.(status, body, context.flow);
      if (index === last && context.startedAt !== undefined) flowLatencies.push(now - context.startedAt);
    },
  }));
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests,
  }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode >= 500) status5xx += 1;
  });
  const result = await instance;
  return {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requests: latencies.length,
    throughput: Number((latencies.length / options.durationSeconds).toFixed(1)),
    latencyMs: percentiles(latencies),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    status5xx,
    flows: flowLatencies.length,
    abandoned,
    flowLatencyMs: percentiles(flowLatencies),
    steps: Object.fromEntries(
      [...stepLatencies].map(([name, values]) => [name, { requests: values.length, ...percentiles(values) }]),
    ),
  };
}
