// `npm run bench`: starts the production build against the benchmark dataset, drives it with
// autocannon from this separate process, measures the raw baseline beside it, and writes
// bench/results/<date>-<scenario>.json plus a markdown summary that says which targets are met
// (`--results <dir>` writes them elsewhere, e.g. for a check on a small dataset).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { connectDatabase } from '../src/db/client';
import type { PrismaClient } from '../src/generated/prisma/client';
import { createServer } from '../src/server';
import { createServices } from '../src/services';
import { createLogger } from '../src/shared/log';
import { StockQueries } from '../src/modules/stock/queries';
import { copyDatabase, dropDatabase, openBenchDatabase } from './lib/database';
import { summariseProfile } from './lib/profile';
import { cpuMs, postgresCpuMs, postmasterPid, residentKb, startProcess, stop } from './lib/process';
import { BENCH_ADMIN } from './lib/load';
import { runFlows, runLoad, type FlowFigures, type LoadFigures, type Percentiles } from './load';
import { reportRequests } from './reports';
import { measureFanOut } from './subscribers';
import {
  checkReservations,
  insufficientShare,
  releaseLeftovers,
  settle,
  referenceOf,
  RESERVATION_MUTATIONS,
  reservationFlow,
  statementsPerRequest,
  stockPerLevel,
  topUpHotLevels,
  unexpectedOutcomes,
  type Outcomes,
  type ReservationChecks,
} from './reservation';

const ROOT = path.join(__dirname, '..');
/** The server runs as `npm start` runs it (see package.json), so flags that bound memory apply. */
const SERVER_NODE_FLAGS = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const RESULTS = path.join(ROOT, 'bench', 'results');

interface Options {
  durationSeconds: number;
  readConnections: number[];
  writeConnections: number[];
  reportConnections: number[];
  /** Which scenarios to run; all by default. */
  scenarios: string[];
  /** Where the JSON and the summary go; bench/results by default (a small check run may write elsewhere). */
  resultsDir: string;
  /** Subscribers the fan-out scenario opens on the instance (1,000 by default). */
  subscribers: number;
  /** Profile the server's CPU (`node --cpu-prof`) and report where it went (`--profile`). */
  profile: boolean;
}

const SCENARIOS = [
  'catalogue',
  'product-detail',
  'stock-as-of',
  'write-mix',
  'events',
  'subscribers',
  'reports',
  'reservation',
];

/**
 * Scenarios that write. They run on a copy of the dataset made after the reads, so the dataset the
 * reads measure stays exactly as `npm run bench:data` loaded it, run after run.
 */
const WRITING_SCENARIOS = new Set(['write-mix', 'events', 'subscribers', 'reservation']);

/** The #14 targets the summary states beside each scenario's own. */
const TARGETS = {
  catalogueRatio: 0.7,
  detailRatio: 0.85,
  writeMixRatio: 0.5,
  /** p99 at c=50 at most this multiple of the raw baseline's p99, for every read scenario with a baseline. */
  p99Multiple: 2,
  peakRssMb: 250,
  idleRssMb: 150,
  /** SQL round trips per catalogue or detail request, authentication included. */
  readStatements: 2,
  /** stockAsOf a year back, for a product and for a whole location, at 10 connections, on 1M and on 10M movements. */
  stockAsOfP95Ms: 100,
} as const;

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const list = (text: string | undefined, fallback: number[]) => (text ? text.split(',').map(Number) : fallback);
  return {
    durationSeconds: Number(value('duration') ?? 10),
    readConnections: list(value('connections'), [1, 10, 50]),
    writeConnections: list(value('write-connections'), [10, 50]),
    reportConnections: list(value('report-connections'), [1, 10]),
    scenarios: value('scenarios')?.split(',') ?? SCENARIOS,
    resultsDir: path.resolve(value('results') ?? RESULTS),
    subscribers: Number(value('subscribers') ?? 1000),
    profile: argv.includes('--profile'),
  };
}

/**
 * Peak resident set size of the server under test, sampled from /proc every 200 ms, across every
 * process that plays that part (the one on the measured dataset, then the one on its copy).
 */
function trackRss() {
  let peakKb = 0;
  /** The peak since the last markWindow(): what one load run cost. */
  let windowKb = 0;
  let sampleNow: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  return {
    follow(pid: number) {
      clearInterval(timer);
      // Once the process has exited the peak stands.
      const sample = () => {
        const kb = residentKb(pid) ?? 0;
        peakKb = Math.max(peakKb, kb);
        windowKb = Math.max(windowKb, kb);
      };
      sampleNow = sample;
      sample();
      timer = setInterval(sample, 200);
    },
    peakMb: () => Math.round(peakKb / 1024),
    markWindow() {
      windowKb = 0;
      sampleNow?.();
    },
    windowPeakMb() {
      sampleNow?.();
      return Math.round(windowKb / 1024);
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * What must not change in the measured dataset: row counts of the tables writes add to, the id
 * sequence, and the levels' totals.
 */
async function fingerprint(prisma: PrismaClient) {
  const [row] = await prisma.$queryRaw<Array<Record<string, bigint | string | null>>>`/* datasetFingerprint */
    SELECT (SELECT count(*) FROM movement) AS movements, (SELECT count(*) FROM movement_line) AS lines,
           (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM reservation) AS reservations,
           (SELECT count(*) FROM webhook_subscription) AS "webhookSubscriptions",
           (SELECT count(*) FROM audit_event) AS "auditEvents",
           (SELECT last_value FROM movement_id_seq) AS "movementSequence",
           (SELECT SUM(on_hand) FROM stock_level) AS "onHand",
           (SELECT MAX(updated_at)::text FROM stock_level) AS "levelsUpdatedAt"`;
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, value === null ? null : String(value)]));
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

const CATALOGUE_QUERY = `{ products(first: 50) { edges { node { sku name price onHand stockLevels { location { code } onHand available } } } } }`;
const DETAIL_QUERY = `query($id: ID!) { product(id: $id) { sku name price onHand available stockLevels { location { code } onHand }
  movements(first: 20) { edges { node { kind quantity occurredAt fromLocation { code } toLocation { code } } } } } }`;
const STOCK_AS_OF_QUERY = `query($id: ID!, $at: DateTime!) { product(id: $id) { stockAsOf(at: $at) { onHand levels { location { code } onHand } } } }`;
const LOCATION_STOCK_AS_OF_QUERY = `query($id: ID!, $at: DateTime!) { location(id: $id) { stockAsOf(at: $at) { onHand levels { product { sku } onHand } } } }`;
const WRITE_MUTATIONS = {
  receive: `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { movement { id } userErrors { code } } }`,
  ship: `mutation($input: ShipStockInput!) { shipStock(input: $input) { movement { id } userErrors { code } } }`,
  transfer: `mutation($input: TransferStockInput!) { transferStock(input: $input) { movement { id } userErrors { code } } }`,
  adjust: `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { movement { id } userErrors { code } } }`,
};

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

/** The write mix's n-th request: receive, ship, transfer or adjust on 10 hot products at 4 locations, each keyed. */
function writeMixBody(hotIds: string[], locations: string[], runId: string) {
  return (n: number) => {
    const productId = globalId('Product', hotIds[n % 10]!);
    const [a, b] = [globalId('Location', locations[n % 4]!), globalId('Location', locations[(n + 1) % 4]!)];
    const idempotencyKey = `bench-${runId}-${n}`;
    switch (n % 4) {
      case 0:
        return {
          query: WRITE_MUTATIONS.receive,
          variables: { input: { productId, locationId: a, quantity: 5, unitCost: '3.20', idempotencyKey } },
        };
      case 1:
        return {
          query: WRITE_MUTATIONS.ship,
          variables: { input: { productId, locationId: a, quantity: 1 + (n % 3), idempotencyKey } },
        };
      case 2:
        return {
          query: WRITE_MUTATIONS.transfer,
          variables: { input: { productId, fromLocationId: a, toLocationId: b, quantity: 1, idempotencyKey } },
        };
      default:
        return {
          query: WRITE_MUTATIONS.adjust,
          variables: { input: { productId, locationId: a, delta: n % 8 === 3 ? -1 : 1, idempotencyKey } },
        };
    }
  };
}

/** The same n-th write for the raw baseline's /write: raw ids, the adjustment's delta as its quantity. */
function writeMixBaselineBody(hotIds: string[], locations: string[], runId: string) {
  return (n: number) => {
    const [locationId, toLocationId] = [locations[n % 4]!, locations[(n + 1) % 4]!];
    const common = { productId: hotIds[n % 10]!, locationId, idempotencyKey: `bench-raw-${runId}-${n}` };
    switch (n % 4) {
      case 0:
        return { ...common, kind: 'receive', quantity: 5 };
      case 1:
        return { ...common, kind: 'ship', quantity: 1 + (n % 3) };
      case 2:
        return { ...common, kind: 'transfer', toLocationId, quantity: 1 };
      default:
        return { ...common, kind: 'adjust', quantity: n % 8 === 3 ? -1 : 1 };
    }
  };
}

/** Negative running balances on the hot products, and levels that differ from their ledger lines. */
async function ledgerChecks(prisma: PrismaClient, hotIds: string[]) {
  const verification = await new StockQueries(prisma).verify();
  const [balances] = await prisma.$queryRaw<Array<{ negative: bigint }>>`
    SELECT count(*) AS negative FROM (
      SELECT SUM(delta) OVER (PARTITION BY product_id, location_id ORDER BY occurred_at, movement_id) AS running
      FROM movement_line WHERE product_id = ANY(${hotIds}::uuid[])
    ) AS balances WHERE running < 0`;
  return { oversells: Number(balances?.negative ?? 0), drift: verification.differences.length };
}

/** What a reservation run adds to its request figures. */
interface ReservationRun {
  /** Flows answered to the end and accepted: shipped against their reservation or released. */
  completed: number;
  flowsPerSecond: number;
  shipped: number;
  released: number;
  /** Flows given up after a refused step (mostly INSUFFICIENT_STOCK on reserve). */
  abandoned: number;
  flowLatencyMs: Percentiles;
  steps: FlowFigures['steps'];
  outcomes: Outcomes;
  /** Share of reserve answers that were INSUFFICIENT_STOCK, in percent. */
  insufficientStockPercent: number;
  /** Answers other than success, INSUFFICIENT_STOCK on reserve aside. */
  unexpectedUserErrors: number;
  checks: ReservationChecks;
  /** Reservations the run's end cut short, released after the checks. */
  leftoversReleased: number;
}

/** A load run with the CPU it cost, per request answered: the answering process's and PostgreSQL's (ms). */
type MeasuredLoad = LoadFigures & {
  cpuMsPerRequest?: { process: number | null; database: number | null };
  /** The server's peak RSS during the run (MB), sampled as trackRss samples; absent for the baselines. */
  peakRssMb?: number;
};

interface ScenarioResult {
  scenario: string;
  title: string;
  target: string;
  runs: Array<
    MeasuredLoad & {
      statementsPerRequest: number;
      baseline?: MeasuredLoad;
      ratio?: number;
      label?: string;
      reservation?: ReservationRun;
    }
  >;
  met: boolean;
  notes: string[];
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const bench = await openBenchDatabase();
  let database = connectDatabase({ url: bench.url, poolSize: 4, connectionTimeoutMs: 30_000 });
  let databaseOpen = true;
  const closeDatabase = async () => {
    if (databaseOpen) await database.close();
    databaseOpen = false;
  };
  let prisma = database.prisma;
  const dataset = {
    products: await prisma.product.count(),
    locations: await prisma.location.count(),
    movements: Number((await prisma.movement.aggregate({ _max: { id: true } }))._max.id ?? 0),
  };
  if (dataset.movements === 0) throw new Error('The benchmark database is empty: run `npm run bench:data` first.');
  log(`dataset: ${dataset.products} products, ${dataset.locations} locations, ${dataset.movements} movements`);
  const before = await fingerprint(prisma);

  const secret = randomBytes(48).toString('base64url');
  const serverEnv = {
    DATABASE_URL: bench.url,
    NODE_ENV: 'production',
    AUTH_SECRET: secret,
    DEMO_DATA: 'off',
    HOST: '127.0.0.1',
    PORT: '0',
    DB_POOL_SIZE: '10',
    // The events scenario delivers webhooks to a receiver on 127.0.0.1.
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    // The fan-out scenario opens all its subscriptions as the one bench admin.
    SUBSCRIPTIONS_PER_CALLER: String(Math.max(options.subscribers, 100)),
  };
  // With --profile, each server process writes a V8 CPU profile here when it exits.
  const profileDir = options.profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-bench-profile-')) : null;
  const profileFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  /** Requests each server process answered under load, by pid, for the profile's per-request figures. */
  const answered = new Map<number, number>();
  const startServer = () =>
    startProcess(
      'node',
      [...SERVER_NODE_FLAGS, ...profileFlags, 'dist/src/main.js'],
      serverEnv,
      /GraphQL endpoint: (http:\/\/\S+)/,
    );
  const startBaseline = () =>
    startProcess(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['bench/baseline.ts'],
      { DATABASE_URL: serverEnv.DATABASE_URL, DB_POOL_SIZE: '10' },
      /baseline listening (\d+)/,
    );
  let service = await startServer();
  // Right after start, before any request: what an idle instance holds.
  const idleRssMb = Math.round((residentKb(service.child.pid!) ?? 0) / 1024);
  // PostgreSQL's CPU is read from /proc when its server runs on this machine (the embedded one does).
  const postgresPid = await prisma.$queryRaw<Array<{ dataDirectory: string }>>`/* dataDirectory */
    SELECT current_setting('data_directory') AS "dataDirectory"`.then(
    ([row]) => postmasterPid(row!.dataDirectory),
    () => null, // Not allowed to read it: a PostgreSQL elsewhere, whose CPU this run cannot see.
  );
  const rss = trackRss();
  rss.follow(service.child.pid!);
  let baselineProcess = await startBaseline();
  let endpoint = service.match;
  let baselineUrl = `http://127.0.0.1:${baselineProcess.match}`;
  /** The copy the writing scenarios run on, once made; dropped at the end. */
  let scratchUrl: string | undefined;
  /** The raw baseline's own copy for the write mix, so neither side writes into the other's levels. */
  let rawScratchUrl: string | undefined;

  /**
   * Moves the server, the baseline and this process's pool onto a fresh copy of the dataset. The
   * copy needs every session on the dataset closed, so the processes are stopped and started again
   * (the bench admin's token stays valid: same secret, same user row).
   */
  const moveToCopy = async () => {
    await Promise.all([stop(service.child), stop(baselineProcess.child)]);
    await closeDatabase();
    log('copying the dataset for the writing scenarios');
    const copyStarted = Date.now();
    const name = new URL(bench.url).pathname.slice(1);
    scratchUrl = await copyDatabase(bench.url, `${name}_scratch`);
    rawScratchUrl = await copyDatabase(bench.url, `${name}_scratch_raw`);
    log(`copied twice in ${((Date.now() - copyStarted) / 1000).toFixed(1)} s`);
    database = connectDatabase({ url: scratchUrl, poolSize: 4, connectionTimeoutMs: 30_000 });
    databaseOpen = true;
    prisma = database.prisma;
    serverEnv.DATABASE_URL = rawScratchUrl;
    baselineProcess = await startBaseline();
    serverEnv.DATABASE_URL = scratchUrl;
    service = await startServer();
    rss.follow(service.child.pid!);
    endpoint = service.match;
    baselineUrl = `http://127.0.0.1:${baselineProcess.match}`;
  };

  try {
    const signIn = await post(endpoint, {
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: BENCH_ADMIN },
    });
    const token = (signIn.json.data as { signIn: { token: string | null } }).signIn.token;
    if (!token) throw new Error(`cannot sign in as ${BENCH_ADMIN.email}: ${JSON.stringify(signIn.json)}`);
    const auth = { authorization: `Bearer ${token}` };

    const hot = await prisma.$queryRaw<Array<{ productId: string }>>`
      SELECT product_id AS "productId" FROM movement GROUP BY product_id ORDER BY count(*) DESC LIMIT 50`;
    const hotIds = hot.map((row) => row.productId);
    const locations = (await prisma.location.findMany({ orderBy: { code: 'asc' }, take: 4 })).map(
      (location) => location.id,
    );
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();

    await checkSameAnswers(endpoint, baselineUrl, auth, hotIds[0]!, locations[0]!, yearAgo);
    const statements = await countReadStatements(bench.url, hotIds[0]!, locations[0]!, yearAgo);

    const results: ScenarioResult[] = [];
    const load = async (
      url: string,
      connections: number,
      body: (n: number) => unknown,
      headers: Record<string, string> = auth,
    ): Promise<MeasuredLoad> => {
      // Whose CPU the run costs: the process answering at `url`, and PostgreSQL (when it runs here).
      const pid = url.startsWith(`${baselineUrl}/`)
        ? baselineProcess.child.pid!
        : url === endpoint
          ? service.child.pid!
          : null;
      const before = { process: pid === null ? null : cpuMs(pid), database: postgresCpuMs(postgresPid) };
      const server = pid === service.child.pid;
      if (server) rss.markWindow();
      const figures = await runLoad({ url, connections, durationSeconds: options.durationSeconds, headers, body });
      const peakRssMb = server ? rss.windowPeakMb() : undefined;
      if (server) answered.set(pid, (answered.get(pid) ?? 0) + figures.requests);
      const after = { process: pid === null ? null : cpuMs(pid), database: postgresCpuMs(postgresPid) };
      const perRequest = (from: number | null, to: number | null) =>
        from === null || to === null || figures.requests === 0
          ? null
          : Number(((to - from) / figures.requests).toFixed(3));
      return {
        ...figures,
        cpuMsPerRequest: {
          process: perRequest(before.process, after.process),
          database: perRequest(before.database, after.database),
        },
        ...(peakRssMb === undefined ? {} : { peakRssMb }),
      };
    };

    const want = (scenario: string) => options.scenarios.includes(scenario);
    // 1. Catalogue page, against the raw baseline at the same concurrency.
    if (want('catalogue')) {
      const catalogue: ScenarioResult = {
        scenario: 'catalogue',
        title: 'Catalogue page with stock levels: products(first: 50) { … onHand stockLevels { … } }',
        target: `GraphQL throughput at least ${TARGETS.catalogueRatio}× the raw baseline at the same concurrency`,
        runs: [],
        met: true,
        notes: [],
      };
      for (const connections of options.readConnections) {
        log(`catalogue c=${connections}`);
        const graphql = await load(endpoint, connections, () => ({ query: CATALOGUE_QUERY }));
        const baseline = await load(`${baselineUrl}/catalogue`, connections, () => ({}), {});
        const ratio = Number((graphql.throughput / Math.max(baseline.throughput, 1)).toFixed(2));
        catalogue.runs.push({ ...graphql, statementsPerRequest: statements.catalogue, baseline, ratio });
        catalogue.met &&= ratio >= TARGETS.catalogueRatio && graphql.status5xx === 0;
      }
      results.push(catalogue);
    }

    // 2. Product detail with its latest 20 movements, rotating over the hottest products, against
    // the baseline's one statement for the same answer.
    if (want('product-detail')) {
      const detail: ScenarioResult = {
        scenario: 'product-detail',
        title: 'Product detail with its latest 20 movements (hot products)',
        target: `GraphQL throughput at least ${TARGETS.detailRatio}× the raw baseline at every concurrency, no errors`,
        runs: [],
        met: true,
        notes: [],
      };
      for (const connections of options.readConnections) {
        log(`product detail c=${connections}`);
        const pick = (n: number) => hotIds[n % hotIds.length]!;
        const run = await load(endpoint, connections, (n) => ({
          query: DETAIL_QUERY,
          variables: { id: globalId('Product', pick(n)) },
        }));
        const baseline = await load(`${baselineUrl}/product-detail`, connections, (n) => ({ productId: pick(n) }), {});
        const ratio = Number((run.throughput / Math.max(baseline.throughput, 1)).toFixed(2));
        detail.runs.push({ ...run, statementsPerRequest: statements.detail, baseline, ratio });
        detail.met &&= ratio >= TARGETS.detailRatio && run.status5xx === 0 && run.errors === 0;
      }
      results.push(detail);
    }

    // 3. stockAsOf a year back, for a product and for a whole location, each against the
    // baseline's hand-written SQL (which sums from the same monthly checkpoints).
    if (want('stock-as-of')) {
      const asOf: ScenarioResult = {
        scenario: 'stock-as-of',
        title: 'stockAsOf one year back: Product.stockAsOf (hot products) and Location.stockAsOf (deep history)',
        target: `p95 under ${TARGETS.stockAsOfP95Ms} ms at 10 connections, for a product and for a whole location, on 1M and on 10M movements`,
        runs: [],
        met: true,
        notes: [],
      };
      const pick = (n: number) => hotIds[n % hotIds.length]!;
      const place = (n: number) => locations[n % locations.length]!;
      const kinds = [
        {
          label: 'product',
          statements: statements.stockAsOf,
          graphql: (n: number) => ({
            query: STOCK_AS_OF_QUERY,
            variables: { id: globalId('Product', pick(n)), at: yearAgo },
          }),
          baselinePath: '/stock-as-of',
          baseline: (n: number) => ({ productId: pick(n), at: yearAgo }),
        },
        {
          label: 'location',
          statements: statements.locationStockAsOf,
          graphql: (n: number) => ({
            query: LOCATION_STOCK_AS_OF_QUERY,
            variables: { id: globalId('Location', place(n)), at: yearAgo },
          }),
          baselinePath: '/location-stock-as-of',
          baseline: (n: number) => ({ locationId: place(n), at: yearAgo }),
        },
      ];
      for (const kind of kinds) {
        for (const connections of options.readConnections) {
          log(`stockAsOf (${kind.label}) c=${connections}`);
          const graphql = await load(endpoint, connections, kind.graphql);
          const baseline = await load(`${baselineUrl}${kind.baselinePath}`, connections, kind.baseline, {});
          const ratio = Number((graphql.throughput / Math.max(baseline.throughput, 1)).toFixed(2));
          asOf.runs.push({ ...graphql, label: kind.label, statementsPerRequest: kind.statements, baseline, ratio });
        }
        const atTen = asOf.runs.filter((run) => run.label === kind.label && run.connections === 10);
        asOf.met &&= atTen.every((run) => run.latencyMs.p95 < TARGETS.stockAsOfP95Ms);
        if (atTen.length === 0) asOf.notes.push(`${kind.label}: no run at c=10, so the target was not measured`);
      }
      asOf.met &&= asOf.runs.every((run) => run.status5xx === 0) && asOf.runs.some((run) => run.connections === 10);
      results.push(asOf);
    }

    // 4. Every report, one run each (before the write mix adds to the ledger).
    if (want('reports')) {
      const reports: ScenarioResult = {
        scenario: 'reports',
        title: 'Reports (valuation, low stock, movement summary, sales, similar products)',
        target:
          'p95 for every report under 500 ms at 10 connections on 1M movements (under 1 s on 10M), as #14 sets it',
        runs: [],
        met: true,
        notes: [],
      };
      const requests = reportRequests({
        hotProducts: hotIds.map((id) => globalId('Product', id)),
        locations: locations.map((id) => globalId('Location', id)),
        now: Date.now(),
      });
      for (const request of requests) {
        // The previous report's slowest requests may still hold the pool after its load stopped
        // (a year of sales at 10M takes seconds each): DATABASE_BUSY then means "wait", not "broken".
        let check = await post(endpoint, { query: request.query, variables: request.variables(0) }, auth);
        for (
          let attempt = 0;
          attempt < 30 && JSON.stringify(check.json.errors ?? '').includes('DATABASE_BUSY');
          attempt++
        ) {
          await new Promise((resolve) => setTimeout(resolve, 2000));
          check = await post(endpoint, { query: request.query, variables: request.variables(0) }, auth);
        }
        if (check.json.errors) throw new Error(`${request.label} failed: ${JSON.stringify(check.json.errors)}`);
        for (const connections of options.reportConnections) {
          log(`report c=${connections}: ${request.label}`);
          const run = await load(endpoint, connections, (n) => ({
            query: request.query,
            variables: request.variables(n),
          }));
          reports.runs.push({ ...run, statementsPerRequest: 0, label: request.label });
          reports.met &&= run.status5xx === 0 && run.errors + run.non2xx === 0;
          // A run in which no request finished has no latencies (p95 0): it is the worst, not a pass.
          if (connections === 10)
            reports.met &&= run.throughput > 0 && run.latencyMs.p95 < reportP95Ms(dataset.movements);
        }
      }
      results.push(reports);
    }

    // Everything below writes: on a copy, so the reads above and every later run measure the dataset
    // as it was loaded.
    let writeStatements = 0;
    if (options.scenarios.some((scenario) => WRITING_SCENARIOS.has(scenario))) {
      await moveToCopy();
      writeStatements = await countWriteStatements(scratchUrl!, hotIds[0]!, locations[0]!);
    }

    // 5. Write mix with contention on the hottest products, against the raw baseline's one-statement
    // transaction on its own copy.
    if (want('write-mix')) {
      const writes: ScenarioResult = {
        scenario: 'write-mix',
        title:
          'Write mix on 10 hot products at 4 locations: receive, ship, transfer, adjust, each with an idempotency key',
        target: `GraphQL throughput at least ${TARGETS.writeMixRatio}× the raw single-transaction baseline; zero oversell, zero drift, no 5xx`,
        runs: [],
        met: true,
        notes: [],
      };
      // A fresh run id per run: the request counter restarts with each run, and a repeated
      // idempotency key would be answered as a replay instead of written.
      const writeBody = () => writeMixBody(hotIds, locations, randomBytes(4).toString('hex'));
      // Each kind once, so a baseline that fails is reported instead of timed.
      const probe = writeMixBaselineBody(hotIds, locations, `probe-${randomBytes(4).toString('hex')}`);
      for (let n = 0; n < 4; n++) {
        const answer = await post(`${baselineUrl}/write`, probe(n));
        if (answer.status !== 200) throw new Error(`the raw write baseline failed: ${JSON.stringify(answer.json)}`);
      }
      for (const connections of options.writeConnections) {
        log(`write mix c=${connections}`);
        const run = await load(endpoint, connections, writeBody());
        const runId = randomBytes(4).toString('hex');
        const baseline = await load(
          `${baselineUrl}/write`,
          connections,
          writeMixBaselineBody(hotIds, locations, runId),
          {},
        );
        const ratio = Number((run.throughput / Math.max(baseline.throughput, 1)).toFixed(2));
        writes.runs.push({ ...run, statementsPerRequest: writeStatements, baseline, ratio });
        writes.met &&= ratio >= TARGETS.writeMixRatio && run.status5xx === 0 && baseline.status5xx === 0;
      }
      log('verifying the ledger after the write mix, on both copies');
      const checks = await ledgerChecks(prisma, hotIds.slice(0, 10));
      const raw = connectDatabase({ url: rawScratchUrl!, poolSize: 1, connectionTimeoutMs: 30_000 });
      const rawChecks = await ledgerChecks(raw.prisma, hotIds.slice(0, 10)).finally(() => raw.close());
      writes.notes.push(
        `ratios ${writes.runs.map((run) => `${run.ratio}× at c=${run.connections}`).join(', ')}`,
        `oversells (negative running balances on the hot products): ${checks.oversells} (raw baseline: ${rawChecks.oversells})`,
        `ledger drift (levels differing from the ledger): ${checks.drift} (raw baseline: ${rawChecks.drift})`,
      );
      writes.met &&= checks.oversells === 0 && checks.drift === 0 && rawChecks.oversells === 0 && rawChecks.drift === 0;
      results.push(writes);
    }

    // 5b. The write mix with events on (this server) against the same build with EVENTS=off on the
    // same database, and with events on and every one of them delivered by webhook: sides in
    // alternating order after a warm-up, so drift in the machine falls on all alike.
    if (want('events')) {
      const events: ScenarioResult = {
        scenario: 'events',
        title:
          'Write mix with events on (outbox, product locks, reorder-point checks) against EVENTS=off, and with every event also delivered by webhook',
        target: 'events on at least 0.8x the throughput of events off',
        runs: [],
        met: true,
        notes: [],
      };
      const off = await startProcess(
        'node',
        [...SERVER_NODE_FLAGS, 'dist/src/main.js'],
        { ...serverEnv, EVENTS: 'off' },
        /GraphQL endpoint: (http:\/\/\S+)/,
      );
      // The webhook side: a subscription for every type, to a receiver here that accepts each
      // POST, ACTIVE only during that side's runs (a PAUSED subscription has nothing queued).
      let received = 0;
      const receiver = http.createServer((request, response) => {
        received += 1;
        request.resume();
        request.on('end', () => response.writeHead(204).end());
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      // Between runs the server may still be working off the last run's queued writes, and its
      // pool answers DATABASE_BUSY meanwhile: a managing call retries for a while.
      const graphql = async <T>(query: string, input: unknown): Promise<T> => {
        for (let attempt = 1; ; attempt += 1) {
          const answer = await post(endpoint, { query, variables: { input } }, auth);
          const busy = (answer.json.errors as Array<{ extensions?: { code?: string } }> | undefined)?.some(
            (error) => error.extensions?.code === 'DATABASE_BUSY',
          );
          if (busy && attempt < 20) {
            await new Promise((resolve) => setTimeout(resolve, 500));
            continue;
          }
          if (answer.json.errors) throw new Error(JSON.stringify(answer.json.errors));
          return answer.json.data as T;
        }
      };
      const { createWebhookSubscription } = await graphql<{
        createWebhookSubscription: { subscription: { id: string } | null };
      }>(
        `
          mutation ($input: CreateWebhookSubscriptionInput!) {
            createWebhookSubscription(input: $input) {
              subscription {
                id
              }
              userErrors {
                code
                message
              }
            }
          }
        `,
        { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, description: 'bench' },
      );
      const subscriptionId = createWebhookSubscription.subscription!.id;
      const setStatus = (status: 'ACTIVE' | 'PAUSED') =>
        graphql(
          `
            mutation ($input: UpdateWebhookSubscriptionInput!) {
              updateWebhookSubscription(input: $input) {
                userErrors {
                  code
                }
              }
            }
          `,
          { id: subscriptionId, status },
        );
      await setStatus('PAUSED');
      const lastEventId = async () =>
        (await prisma.$queryRaw<[{ id: bigint }]>`SELECT COALESCE(MAX(id), 0) AS id FROM event`)[0].id;
      const deliveries = { count: 0, seconds: 0, duringRuns: 0, lateSeconds: [] as number[] };
      /** A webhook-side run: its events are all delivered before the next run starts. */
      const subscriptionRow = Buffer.from(subscriptionId, 'base64url').toString('utf8').split(':')[1]!;
      /**
       * A webhook-side run: once it ends, waits until the dispatcher has read the feed to its end
       * and every delivery it queued for the subscription has arrived, before the next run starts.
       * (Writes still in flight from the run before may commit while the subscription is paused;
       * those are not the subscription's, so the deliveries queued are what is counted.)
       */
      const withWebhooks = async (run: () => Promise<LoadFigures>) => {
        const before = await lastEventId();
        const start = Date.now();
        const counted = received;
        await setStatus('ACTIVE');
        const figures = await run();
        const ended = Date.now();
        deliveries.duringRuns += received - counted;
        const caughtUp = async () => {
          const [last] = await prisma.$queryRaw<Array<{ position: bigint; id: bigint }>>`
            SELECT position, id FROM event ORDER BY position DESC, id DESC LIMIT 1`;
          const [cursor] = await prisma.$queryRaw<Array<{ position: bigint; id: bigint }>>`
            SELECT position, event_id AS id FROM event_cursor WHERE name = 'webhooks'`;
          const read =
            !last ||
            (cursor &&
              (cursor.position > last.position || (cursor.position === last.position && cursor.id >= last.id)));
          const open = await prisma.webhookDelivery.count({
            where: { subscriptionId: subscriptionRow, status: { not: 'SUCCEEDED' } },
          });
          return Boolean(read) && open === 0;
        };
        let done = false;
        for (let waited = 0; !(done = await caughtUp()) && waited < 120_000; waited += 100)
          await new Promise((resolve) => setTimeout(resolve, 100));
        await setStatus('PAUSED');
        const queued = await prisma.webhookDelivery.count({
          where: { subscriptionId: subscriptionRow, eventId: { gt: before } },
        });
        deliveries.count += queued;
        deliveries.seconds += (Date.now() - start) / 1000;
        deliveries.lateSeconds.push(Number(((Date.now() - ended) / 1000).toFixed(1)));
        if (!done || received - counted < queued) events.met = false;
        return figures;
      };
      try {
        // A fresh run id per run, so no request is a replay of an earlier run's key.
        const writeBody = () => writeMixBody(hotIds, locations, randomBytes(4).toString('hex'));
        type Side = 'off' | 'on' | 'webhooks';
        for (const connections of options.writeConnections) {
          const rounds: Record<Side, LoadFigures[]> = { off: [], on: [], webhooks: [] };
          const runOn = (side: Side) => {
            const url = side === 'off' ? off.match : endpoint;
            const run = () => load(url, connections, writeBody());
            return side === 'webhooks' ? withWebhooks(run) : run();
          };
          for (const url of [off.match, endpoint])
            await runLoad({ url, connections, durationSeconds: 3, headers: auth, body: writeBody() });
          // Three rounds: run-to-run noise on this machine is about ±15%.
          for (let round = 0; round < 3; round++) {
            const order: Side[] = round % 2 === 0 ? ['off', 'on', 'webhooks'] : ['webhooks', 'on', 'off'];
            for (const side of order) {
              log(`events ${side} c=${connections} round ${round + 1}`);
              rounds[side].push(await runOn(side));
            }
          }
          const mean = (runs: LoadFigures[]) => runs.reduce((sum, run) => sum + run.throughput, 0) / runs.length;
          const ratio = (side: Side) => Number((mean(rounds[side]) / Math.max(mean(rounds.off), 1)).toFixed(2));
          events.runs.push({
            ...rounds.on.at(-1)!,
            throughput: Math.round(mean(rounds.on)),
            statementsPerRequest: writeStatements,
            baseline: { ...rounds.off.at(-1)!, throughput: Math.round(mean(rounds.off)) },
            ratio: ratio('on'),
          });
          const list = (side: Side) => rounds[side].map((run) => run.throughput).join('/');
          events.notes.push(
            `c=${connections}: off ${list('off')} req/s; on ${list('on')} req/s (ratio of means ${ratio('on')}); ` +
              `on with webhooks ${list('webhooks')} req/s (ratio ${ratio('webhooks')})`,
          );
          events.met &&= ratio('on') >= 0.8 && [...rounds.on, ...rounds.webhooks].every((run) => run.status5xx === 0);
        }
        events.notes.push(
          `webhooks: ${deliveries.count} deliveries to a local receiver, all of them delivered: ` +
            `${Math.round(deliveries.count / deliveries.seconds)} deliveries/s from each webhook run's start to its last delivery ` +
            `(${deliveries.duringRuns} arrived during the runs; the rest took ${deliveries.lateSeconds.join('/')} s after each run)`,
        );
      } finally {
        await graphql(
          `
            mutation ($input: DeleteWebhookSubscriptionInput!) {
              deleteWebhookSubscription(input: $input) {
                userErrors {
                  code
                }
              }
            }
          `,
          { id: subscriptionId },
        );
        receiver.close();
        await stop(off.child);
      }
      results.push(events);
    }

    // 5c. Subscription fan-out: N subscribers on this instance, each on its own socket, one change at a time.
    if (want('subscribers')) {
      const rounds = 10;
      log(`subscribers: ${options.subscribers} on one instance, ${rounds} rounds`);
      const fanOut = await measureFanOut({
        endpoint,
        credentials: auth,
        subscribers: options.subscribers,
        rounds,
        productId: globalId('Product', hotIds[0]!),
        locationId: globalId('Location', locations[0]!),
        post: (body) => post(endpoint, body, auth),
      });
      const { p50, p95, max } = fanOut.deliveryMs;
      results.push({
        scenario: 'subscribers',
        title: `${options.subscribers} subscribers on one instance follow one product's stock levels (stockLevelChanged, one socket each); one receipt at a time, ${rounds} rounds`,
        target: 'every subscriber receives every change; measured: time from sending the write to each delivery',
        runs: [],
        met: true,
        notes: [
          `delivery p50 ${p50} ms, p95 ${p95} ms, max ${max} ms over ${fanOut.subscribers} subscribers × ${fanOut.rounds} rounds`,
          `all ${fanOut.subscribers} had each change after ${fanOut.allReceivedMs.join(' / ')} ms`,
          `${fanOut.readyMs} ms to open every socket and subscription`,
        ],
      });
    }

    // 6. Checkout flows on the hottest products: reserve, commit, then ship against the reservation or release it.
    if (want('reservation')) {
      const reservations: ScenarioResult = {
        scenario: 'reservation',
        title:
          'Reservation flows on 10 hot products at 4 locations: reserve 1–2 units, commit, then ship with reservationId (1 flow in 5 releases instead), each with an idempotency key',
        target:
          'zero oversell, no negative or over-held level, held figures equal to the open reservations, zero drift, no unexpected user errors, no 5xx',
        runs: [],
        met: true,
        notes: [],
      };
      const hot = { productIds: hotIds.slice(0, 10), locationIds: locations };
      const runId = randomBytes(4).toString('hex');
      const postAuthed = (body: unknown) => post(endpoint, body, auth);
      const target = stockPerLevel(options.durationSeconds);
      await topUpHotLevels(prisma, hot, target, postAuthed, `${runId}-count`);
      const sql = await countReservationStatements(scratchUrl!, hotIds[0]!, locations[0]!);
      const perRequest = statementsPerRequest(sql);
      reservations.notes.push(
        `SQL statements a request: reserve ${sql.reserve}, commit ${sql.commit}, ship with reservationId ${sql.ship}, release ${sql.release} (${sql.reserve + sql.commit + sql.ship} a shipped flow)`,
        `hot levels topped up to ${target} available units before each run`,
      );
      const broken = (checks: ReservationChecks) => Object.values(checks).reduce((sum, count) => sum + count, 0);
      for (const connections of options.writeConnections) {
        const id = `${runId}-${connections}`;
        const received = await topUpHotLevels(prisma, hot, target, postAuthed, id);
        log(`reservation c=${connections} (${received} units received on the hot levels first)`);
        const outcomes: Outcomes = {};
        const run = await runFlows({
          url: endpoint,
          connections,
          durationSeconds: options.durationSeconds,
          headers: auth,
          ...reservationFlow(hot, id, outcomes),
        });
        await settle(prisma, id);
        const checks = await checkReservations(prisma, hot, referenceOf(id));
        const leftoversReleased = await releaseLeftovers(prisma, id, postAuthed);
        const shipped = outcomes.ship?.ok ?? 0;
        const released = outcomes.release?.ok ?? 0;
        const { flows: _flows, abandoned, flowLatencyMs, steps, ...figures } = run;
        const detail: ReservationRun = {
          completed: shipped + released,
          flowsPerSecond: Number(((shipped + released) / options.durationSeconds).toFixed(1)),
          shipped,
          released,
          abandoned,
          flowLatencyMs,
          steps,
          outcomes,
          insufficientStockPercent: insufficientShare(outcomes),
          unexpectedUserErrors: unexpectedOutcomes(outcomes),
          checks,
          leftoversReleased,
        };
        reservations.runs.push({ ...figures, statementsPerRequest: perRequest, reservation: detail });
        reservations.notes.push(
          `c=${connections}: ${shipped} shipped, ${released} released, ${abandoned} abandoned after a refusal, ${leftoversReleased} cut short by the run's end (released afterwards); ` +
            `p50/p95 ms: ${Object.entries(steps)
              .map(([name, step]) => `${name} ${step.p50}/${step.p95}`)
              .join(', ')}; answers: ${JSON.stringify(outcomes)}`,
          `c=${connections} checks (each must be 0): ${JSON.stringify(checks)}`,
        );
        reservations.met &&= run.status5xx === 0 && detail.unexpectedUserErrors === 0 && broken(checks) === 0;
      }
      log('verifying the ledger and the held figures after the reservation flows');
      const verification = await new StockQueries(prisma).verify();
      // Every run of this scenario: their references all start with this run's id.
      const final = await checkReservations(prisma, hot, `${referenceOf(runId)}-%`);
      reservations.notes.push(
        `after releasing what the runs left: checks ${JSON.stringify(final)}; ledger drift (levels differing from the ledger): ${verification.differences.length}`,
      );
      reservations.met &&= verification.ok && broken(final) === 0;
      results.push(reservations);
    }

    rss.stop();
    const peakRss = rss.peakMb();
    await Promise.all([stop(service.child), stop(baselineProcess.child)]);
    await closeDatabase();
    for (const url of [scratchUrl, rawScratchUrl]) if (url) await dropDatabase(url);
    // The measured dataset, read again after everything: the writes must have gone to the copy only.
    database = connectDatabase({ url: bench.url, poolSize: 1, connectionTimeoutMs: 30_000 });
    databaseOpen = true;
    const after = await fingerprint(database.prisma);
    const unchanged = isDeepStrictEqual(before, after);
    const profiles = profileDir ? writeProfiles(profileDir, answered, options) : undefined;
    writeResults(results, {
      profiles,
      dataset,
      options,
      peakRss,
      idleRss: idleRssMb,
      statements,
      datasetCheck: { unchanged, before, after },
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
    });
    log(`done in ${Math.round((Date.now() - started) / 1000)} s; peak server RSS ${peakRss} MB`);
    if (!unchanged) throw new Error(`the measured dataset changed: ${JSON.stringify({ before, after })}`);
  } finally {
    rss.stop();
    await Promise.all([stop(service.child), stop(baselineProcess.child)]);
    await closeDatabase();
    for (const url of [scratchUrl, rawScratchUrl]) if (url) await dropDatabase(url);
    await bench.stop();
  }
}

/** The baseline is only a fair limit if it answers exactly what GraphQL answers. */
async function checkSameAnswers(
  endpoint: string,
  baselineUrl: string,
  auth: Record<string, string>,
  productId: string,
  locationId: string,
  at: string,
) {
  const pairs = [
    [await post(endpoint, { query: CATALOGUE_QUERY }, auth), await post(`${baselineUrl}/catalogue`, {})],
    [
      await post(endpoint, { query: DETAIL_QUERY, variables: { id: globalId('Product', productId) } }, auth),
      await post(`${baselineUrl}/product-detail`, { productId }),
    ],
    [
      await post(endpoint, { query: STOCK_AS_OF_QUERY, variables: { id: globalId('Product', productId), at } }, auth),
      await post(`${baselineUrl}/stock-as-of`, { productId, at }),
    ],
    [
      await post(
        endpoint,
        { query: LOCATION_STOCK_AS_OF_QUERY, variables: { id: globalId('Location', locationId), at } },
        auth,
      ),
      await post(`${baselineUrl}/location-stock-as-of`, { locationId, at }),
    ],
  ];
  for (const [graphql, baseline] of pairs) {
    if (!isDeepStrictEqual(graphql!.json, baseline!.json)) {
      throw new Error(
        `baseline and GraphQL disagree:\n${JSON.stringify(graphql!.json).slice(0, 500)}\n${JSON.stringify(baseline!.json).slice(0, 500)}`,
      );
    }
  }
}

type Count = (body: unknown) => Promise<{ statements: number; json: { data?: unknown; errors?: unknown[] } }>;

/** SQL statements per read request (authentication included), counted on an in-process server over the same database. */
async function countReadStatements(url: string, productId: string, locationId: string, at: string) {
  return withCountingServer(url, async (count) => ({
    catalogue: (await count({ query: CATALOGUE_QUERY })).statements,
    detail: (await count({ query: DETAIL_QUERY, variables: { id: globalId('Product', productId) } })).statements,
    stockAsOf: (await count({ query: STOCK_AS_OF_QUERY, variables: { id: globalId('Product', productId), at } }))
      .statements,
    locationStockAsOf: (
      await count({ query: LOCATION_STOCK_AS_OF_QUERY, variables: { id: globalId('Location', locationId), at } })
    ).statements,
  }));
}

type ReadStatements = Awaited<ReturnType<typeof countReadStatements>>;

/** SQL statements of one receipt; it writes, so only on the copy. */
async function countWriteStatements(url: string, productId: string, locationId: string) {
  return withCountingServer(
    url,
    async (count) =>
      (
        await count({
          query: WRITE_MUTATIONS.receive,
          variables: {
            input: {
              productId: globalId('Product', productId),
              locationId: globalId('Location', locationId),
              quantity: 1,
              unitCost: '1',
              idempotencyKey: `count-${Date.now()}`,
            },
          },
        })
      ).statements,
  );
}

/** SQL statements of each reservation step, on one hot level (which must have 2 units available). */
async function countReservationStatements(url: string, productId: string, locationId: string) {
  return withCountingServer(url, async (count) => {
    const key = `count-reservation-${Date.now()}`;
    const accepted = async (body: unknown, field: string) => {
      const answer = await count(body);
      const payload = (answer.json.data as Record<string, { userErrors: unknown[]; reservation?: { id: string } }>)[
        field
      ];
      if (!payload || payload.userErrors.length > 0)
        throw new Error(`statement count ${field} was refused: ${JSON.stringify(answer.json)}`);
      return { statements: answer.statements, reservationId: payload.reservation?.id };
    };
    const line = { productId: globalId('Product', productId), locationId: globalId('Location', locationId) };
    const reserve = (suffix: string) =>
      accepted(
        {
          query: RESERVATION_MUTATIONS.reserve,
          variables: {
            input: {
              lines: [{ ...line, quantity: 1 }],
              ttlSeconds: 600,
              reference: 'bench-statement-count',
              idempotencyKey: `${key}-${suffix}`,
            },
          },
        },
        'reserveStock',
      );
    const shipped = await reserve('shipped');
    const commit = await accepted(
      {
        query: RESERVATION_MUTATIONS.commit,
        variables: { input: { reservationId: shipped.reservationId, idempotencyKey: `${key}-commit` } },
      },
      'commitReservation',
    );
    const ship = await accepted(
      {
        query: RESERVATION_MUTATIONS.ship,
        variables: {
          input: { ...line, quantity: 1, reservationId: shipped.reservationId, idempotencyKey: `${key}-ship` },
        },
      },
      'shipStock',
    );
    const released = await reserve('released');
    const release = await accepted(
      {
        query: RESERVATION_MUTATIONS.release,
        variables: { input: { reservationId: released.reservationId, idempotencyKey: `${key}-release` } },
      },
      'releaseReservation',
    );
    return {
      reserve: shipped.statements,
      commit: commit.statements,
      ship: ship.statements,
      release: release.statements,
    };
  });
}

/** Runs `work` against an in-process server over `url` that counts the SQL statements of each request. */
async function withCountingServer<T>(url: string, work: (count: Count) => Promise<T>): Promise<T> {
  const database = connectDatabase({ url, poolSize: 4, connectionTimeoutMs: 30_000 });
  const services = createServices(database, {
    transactionWaitMs: 30_000,
    auth: {
      secret: randomBytes(32).toString('hex'),
      tokenTtlSeconds: 600,
      throttleWindowMs: 60_000,
      maxFailuresPerAccount: 20,
      maxFailuresPerAddress: 100,
    },
    // As `npm start` runs it: with LISTEN, so callers are cached (AUTH_CACHE_SECONDS).
    live: { listenUrl: url },
  });
  const server = await createServer({
    config: { bodyLimitBytes: 1024 * 1024, shutdownTimeoutMs: 1000, trustProxy: false },
    database,
    services,
    logger: createLogger({ silent: true }),
  });
  const port = await server.listen(0, '127.0.0.1');
  const url2 = `http://127.0.0.1:${port}/graphql`;
  try {
    const { token } = await services.auth.signIn(BENCH_ADMIN.email, BENCH_ADMIN.password, 'bench');
    const auth = { authorization: `Bearer ${token}` };
    // One request first, so the counts are those of a caller the server already knows.
    await post(url2, { query: '{ me { __typename } }' }, auth);
    const count: Count = async (body) => {
      const before = database.statementCount();
      const response = await post(url2, body, auth);
      if (response.json.errors)
        throw new Error(`statement count request failed: ${JSON.stringify(response.json.errors)}`);
      return { statements: database.statementCount() - before, json: response.json };
    };
    return await work(count);
  } finally {
    await server.stop();
    await database.close();
  }
}

interface RunContext {
  dataset: Record<string, number>;
  options: Options;
  /** Peak RSS of the server under test across the whole benchmark, in MB. */
  peakRss: number;
  /** RSS of the server right after it started, before any request, in MB. */
  idleRss: number;
  statements: ReadStatements;
  /** The measured dataset before and after the run; writes go to a copy, so they must be equal. */
  datasetCheck: { unchanged: boolean; before: Record<string, unknown>; after: Record<string, unknown> };
  elapsedSeconds: number;
  /** The file with the server's CPU profiles, when the run took them (`--profile`). */
  profiles?: string;
}

/** A target of issue #14 that spans scenarios; met is null when this run did not measure it. */
interface TargetRow {
  target: string;
  measured: string;
  met: boolean | null;
}

/** Which run drove the server's RSS highest: the column "Server peak RSS MB" of each table, at its largest. */
function highestRss(results: ScenarioResult[]): string {
  let highest: { mb: number; where: string } | undefined;
  for (const result of results) {
    for (const run of result.runs) {
      if (run.peakRssMb !== undefined && (!highest || run.peakRssMb > highest.mb)) {
        highest = {
          mb: run.peakRssMb,
          where: `${result.scenario}${run.label ? ` (${run.label})` : ''} at c=${run.connections}`,
        };
      }
    }
  }
  return highest ? `; highest during ${highest.where}, ${highest.mb} MB` : '';
}

function crossTargets(results: ScenarioResult[], context: RunContext): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const scenario of ['catalogue', 'product-detail', 'stock-as-of']) {
    const result = results.find((candidate) => candidate.scenario === scenario);
    if (!result) continue;
    const target = `${scenario}: p99 at c=50 at most ${TARGETS.p99Multiple}× the raw baseline's p99`;
    const run = result.runs.find((candidate) => candidate.connections === 50);
    if (!run?.baseline) {
      rows.push({ target, measured: 'no run at c=50', met: null });
      continue;
    }
    const multiple = run.latencyMs.p99 / Math.max(run.baseline.latencyMs.p99, 0.01);
    rows.push({
      target,
      measured: `${run.latencyMs.p99} ms against ${run.baseline.latencyMs.p99} ms (${multiple.toFixed(2)}×)`,
      met: multiple <= TARGETS.p99Multiple,
    });
  }
  rows.push(
    {
      target: `Server RSS under ${TARGETS.peakRssMb} MB throughout the benchmark`,
      measured: `peak ${context.peakRss} MB${context.peakRss >= TARGETS.peakRssMb ? ` (${context.peakRss - TARGETS.peakRssMb} MB over)` : ''}${highestRss(results)}`,
      met: context.peakRss < TARGETS.peakRssMb,
    },
    {
      target: `Server RSS under ${TARGETS.idleRssMb} MB idle after start`,
      measured: `${context.idleRss} MB`,
      met: context.idleRss < TARGETS.idleRssMb,
    },
    {
      target: `SQL round trips at most ${TARGETS.readStatements} per request on the catalogue and detail pages, authentication included`,
      measured: `catalogue ${context.statements.catalogue}, detail ${context.statements.detail}`,
      met: Math.max(context.statements.catalogue, context.statements.detail) <= TARGETS.readStatements,
    },
    {
      target: 'The measured dataset is left as loaded (the writing scenarios ran on a copy)',
      measured: context.datasetCheck.unchanged
        ? `unchanged: ${Object.entries(context.datasetCheck.after)
            .map(([name, value]) => `${name} ${value}`)
            .join(', ')}`
        : `changed: before ${JSON.stringify(context.datasetCheck.before)}, after ${JSON.stringify(context.datasetCheck.after)}`,
      met: context.datasetCheck.unchanged,
    },
  );
  return rows;
}

/**
 * Sums each server process's CPU profile into `<date>-profile-<scenarios>.md` beside the summary;
 * returns its file name. The server on the measured dataset and the one on its copy each leave one.
 */
function writeProfiles(dir: string, answered: Map<number, number>, options: Options): string {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort();
  const date = new Date().toISOString().slice(0, 10);
  const name = `${date}-profile-${options.scenarios.join('+')}.md`;
  const lines = [`# Where the server's CPU went, ${date}: ${options.scenarios.join(', ')}`, ''];
  lines.push(
    'Self time from `node --cpu-prof`, one profile per server process (the one on the measured dataset,',
    'then the one on its copy when writes ran). Time inside a system call (a socket write, say) counts',
    'as busy while the process waits for a core, so on two shared cores those calls read high.',
    '',
  );
  for (const file of files) {
    const pid = Number(/\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(file)?.[1]);
    lines.push(`## Server process ${pid}`, '', ...summariseProfile(path.join(dir, file), answered.get(pid) ?? 0));
  }
  fs.mkdirSync(options.resultsDir, { recursive: true });
  fs.writeFileSync(path.join(options.resultsDir, name), `${lines.join('\n')}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  return name;
}

const metCell = (met: boolean | null) => (met === null ? 'not measured' : met ? 'yes' : '**no**');

function writeResults(results: ScenarioResult[], context: RunContext) {
  const dir = context.options.resultsDir;
  fs.mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const movements = context.dataset.movements!;
  // Small check datasets read as thousands, not as "0M".
  const size = movements < 100_000 ? `${Math.round(movements / 1e3)}k` : `${Math.round(movements / 1e5) / 10}M`;
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  for (const result of results) {
    const file = path.join(dir, `${date}-${size}-${result.scenario}.json`);
    // A partial run (--scenarios) leaves the other scenarios' files of the day as they were.
    fs.writeFileSync(file, `${JSON.stringify({ date, machine, dataset: context.dataset, ...result }, null, 2)}\n`);
  }
  const lines = [
    `# Benchmark ${date}: ${context.dataset.movements} movements`,
    '',
    `- Machine: ${machine}`,
    `- Dataset: ${context.dataset.products} products, ${context.dataset.locations} locations, ${context.dataset.movements} movements`,
    `- Each run: ${context.options.durationSeconds} s of autocannon from a separate process; server: production build, pool of 10`,
    `- Server Node flags (BENCH_SERVER_NODE_FLAGS): ${SERVER_NODE_FLAGS.length > 0 ? SERVER_NODE_FLAGS.join(' ') : 'none, as npm start runs it'}`,
    `- Whole benchmark: ${context.elapsedSeconds} s`,
    ...(context.profiles ? [`- Where the server's CPU went: [its CPU profile](${context.profiles})`] : []),
    '',
    '## Targets',
    '',
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
    ...results.map(
      (result) => `| ${result.scenario}: ${result.target} | ${headline(result)} | ${result.met ? 'yes' : '**no**'} |`,
    ),
    ...crossTargets(results, context).map((row) => `| ${row.target} | ${row.measured} | ${metCell(row.met)} |`),
    '',
  ];
  /** A scenario's notes, then a line for each target it missed. */
  const notesOf = (result: ScenarioResult) => [
    '',
    ...[...result.notes, ...shortfalls(result, context.dataset.movements!)].map((note) => `- ${note}`),
    '',
  ];
  for (const result of results) {
    lines.push(`## ${result.title}`, '');
    if (result.scenario === 'reports') {
      lines.push(
        '| Report | Connections | Req/s | p50 ms | p95 ms | p99 ms | Errors | 5xx | Server CPU ms/req | PostgreSQL CPU ms/req | Server peak RSS MB |',
      );
      lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const run of result.runs) {
        lines.push(
          `| ${run.label} | ${run.connections} | ${run.throughput} | ${run.latencyMs.p50} | ${run.latencyMs.p95} | ${run.latencyMs.p99} | ${run.errors + run.non2xx} | ${run.status5xx} | ${cpuCell(run, 'process')} | ${cpuCell(run, 'database')} | ${run.peakRssMb ?? '–'} |`,
        );
      }
      lines.push(...notesOf(result));
      continue;
    }
    if (result.scenario === 'reservation') {
      lines.push(
        '| Connections | Flows/s | Req/s | Flow p50 ms | Flow p95 ms | Req p50 ms | Req p95 ms | Req p99 ms | INSUFFICIENT_STOCK | Other user errors | Errors | 5xx | SQL/request |',
      );
      lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const run of result.runs) {
        const flows = run.reservation!;
        lines.push(
          `| ${run.connections} | ${flows.flowsPerSecond} | ${run.throughput} | ${flows.flowLatencyMs.p50} | ${flows.flowLatencyMs.p95} | ${run.latencyMs.p50} | ${run.latencyMs.p95} | ${run.latencyMs.p99} | ${flows.insufficientStockPercent}% | ${flows.unexpectedUserErrors} | ${run.errors + run.non2xx} | ${run.status5xx} | ${run.statementsPerRequest} |`,
        );
      }
      lines.push('', ...result.notes.map((note) => `- ${note}`), '');
      continue;
    }
    lines.push(
      "| Connections | Req/s | p50 ms | p95 ms | p99 ms | Errors | 5xx | SQL/request | Baseline req/s | Ratio | Server CPU ms/req | PostgreSQL CPU ms/req | Baseline CPU ms/req | Baseline's PostgreSQL CPU ms/req | Server peak RSS MB |",
    );
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const run of result.runs) {
      lines.push(
        `| ${run.connections} | ${run.throughput} | ${run.latencyMs.p50} | ${run.latencyMs.p95} | ${run.latencyMs.p99} | ${run.errors + run.non2xx} | ${run.status5xx} | ${run.statementsPerRequest} | ${run.baseline?.throughput ?? '–'} | ${run.ratio ?? '–'} | ${cpuCell(run, 'process')} | ${cpuCell(run, 'database')} | ${cpuCell(run.baseline, 'process')} | ${cpuCell(run.baseline, 'database')} | ${run.peakRssMb ?? '–'} |`,
      );
    }
    lines.push(...notesOf(result));
  }
  const partial = context.options.scenarios.length < SCENARIOS.length;
  const summary = partial
    ? `${date}-${size}-summary-${context.options.scenarios.join('+')}.md`
    : `${date}-${size}-summary.md`;
  fs.writeFileSync(path.join(dir, summary), `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

const cpuCell = (run: MeasuredLoad | undefined, side: 'process' | 'database') => run?.cpuMsPerRequest?.[side] ?? '–';

/** The p95 every report must stay under at c=10: 500 ms on 1M movements, 1 s on 10M. */
const reportP95Ms = (movements: number) => (movements > 5_000_000 ? 1000 : 500);

/** The ratio each scenario must reach against its raw baseline, where it has one. */
const RATIO_TARGETS: Record<string, number> = {
  catalogue: TARGETS.catalogueRatio,
  'product-detail': TARGETS.detailRatio,
  'write-mix': TARGETS.writeMixRatio,
};

/**
 * Each run that misses its target: by how much, and where the CPU went. On this machine the
 * server, the baseline and PostgreSQL share two cores, so a request's CPU bounds the rate.
 */
function shortfalls(result: ScenarioResult, movements: number): string[] {
  const cpu = (run: MeasuredLoad | undefined) => {
    const figures = run?.cpuMsPerRequest;
    if (figures?.process == null) return null;
    return `${figures.process} ms${figures.database == null ? '' : ` and PostgreSQL ${figures.database} ms`}`;
  };
  const where = (run: MeasuredLoad & { baseline?: MeasuredLoad }) => {
    const [ours, theirs] = [cpu(run), cpu(run.baseline)];
    if (!ours) return '';
    return ` CPU per request: the server ${ours}${theirs ? `; the baseline ${theirs}` : ''}.`;
  };
  const ratioTarget = RATIO_TARGETS[result.scenario];
  if (ratioTarget !== undefined) {
    return result.runs
      .filter((run) => run.ratio !== undefined && run.ratio < ratioTarget)
      .map(
        (run) =>
          `c=${run.connections}: ${run.ratio}×, ${Math.round((1 - run.ratio! / ratioTarget) * 100)}% short of ${ratioTarget}×.${where(run)}`,
      );
  }
  const p95Target =
    result.scenario === 'stock-as-of'
      ? TARGETS.stockAsOfP95Ms
      : result.scenario === 'reports'
        ? reportP95Ms(movements)
        : undefined;
  if (p95Target === undefined) return [];
  return result.runs
    .filter((run) => run.connections === 10 && (run.throughput === 0 || run.latencyMs.p95 >= p95Target))
    .map((run) =>
      run.throughput === 0
        ? `${run.label}: no request finished within the run at c=10.`
        : `${run.label}: p95 ${run.latencyMs.p95} ms at c=10, ${(run.latencyMs.p95 / p95Target).toFixed(1)}× the ${p95Target} ms target.${where(run)}`,
    );
}

function headline(result: ScenarioResult): string {
  if (result.scenario === 'catalogue' || result.scenario === 'product-detail')
    return result.runs.map((run) => `${run.ratio}× at c=${run.connections}`).join(', ');
  if (result.scenario === 'stock-as-of')
    return result.runs.map((run) => `${run.label} p95 ${run.latencyMs.p95} ms at c=${run.connections}`).join(', ');
  if (result.scenario === 'write-mix') return result.notes.join('; ');
  if (result.scenario === 'subscribers') return result.notes[0]!;
  if (result.scenario === 'reservation') {
    const rates = result.runs.map(
      (run) => `${run.reservation!.flowsPerSecond} flows/s (${run.throughput} req/s) at c=${run.connections}`,
    );
    const broken = result.runs.some(
      (run) =>
        Object.values(run.reservation!.checks).some((count) => count > 0) || run.reservation!.unexpectedUserErrors > 0,
    );
    return `${rates.join(', ')}; ${broken || !result.met ? '**a check failed** (see below)' : 'every check 0'}`;
  }
  if (result.scenario === 'reports') {
    const atTen = result.runs.filter((run) => run.connections === 10);
    const runs = atTen.length > 0 ? atTen : result.runs;
    const unfinished = runs.filter((run) => run.throughput === 0);
    if (unfinished.length > 0) {
      return `no request finished within the run at c=${unfinished[0]!.connections} for: ${unfinished.map((run) => run.label).join('; ')}`;
    }
    const worst = runs.reduce((a, b) => (b.latencyMs.p95 > a.latencyMs.p95 ? b : a));
    return `worst p95 at c=${worst.connections}: ${worst.latencyMs.p95} ms (${worst.label})`;
  }
  return result.runs.map((run) => `${run.throughput} req/s at c=${run.connections}`).join(', ');
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
