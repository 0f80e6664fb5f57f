// Fuzzing: seeded random operations built from the schema, and export downloads with random query
// strings, sent as the ADMIN and anonymously. Whatever the input, the server must answer with data
// or a typed refusal: never a 5xx, never INTERNAL_SERVER_ERROR or DATABASE_BUSY, never an error
// without a code, never SQL, Prisma text, file paths or stack traces.
//
// Reproduce a run: FUZZ_SEED=2 FUZZ_OPERATIONS=500 npx jest tests/e2e/fuzz.test.ts
// A failure prints the seed and each failing request, with a curl command that sends it again;
// FUZZ_LOG=/tmp/fuzz.jsonl also writes every request with its answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { movementsExport } from '../../src/exports/movements';
import { salesExport } from '../../src/exports/sales';
import { stockLevelsExport } from '../../src/exports/stock-levels';
import { valuationExport } from '../../src/exports/valuation';
import { ArchiveLocationDocument, ArchiveProductDocument, CreateApiKeyDocument } from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import {
  exportProblems,
  Fuzzer,
  graphqlProblems,
  rootFieldsOf,
  type FuzzPools,
  type FuzzRequest,
} from '../support/fuzz';
import { rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';
import type { Logger } from '../../src/shared/log';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const EXPORTS = [stockLevelsExport, movementsExport, valuationExport, salesExport].map(({ name, parameters }) => ({
  name,
  parameters,
}));

const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [1, 2, 3];
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 500);
/** Requests in flight at once: enough to interleave writes, well below the pool of 10. */
const CONCURRENCY = 4;
/** No single request may take longer than this; a hang is a failure too. */
const REQUEST_TIMEOUT_MS = 20_000;

interface Caller {
  name: 'admin' | 'anonymous';
  headers: Record<string, string>;
}

interface Failure {
  caller: Caller['name'];
  index: number;
  request: FuzzRequest;
  status: number | null;
  problems: string[];
  response: string;
  /** What the server logged about the fault (never sent to the client), to tell failures apart. */
  logged?: string;
}

/** Faults the server logged, by request id: the first line of each underlying error. */
function faultLog() {
  const faults = new Map<string, string>();
  const logger: Logger = {
    info: () => {},
    error: (_message, fields = {}) => {
      const error = fields.err as { message?: unknown; code?: unknown } | undefined;
      const text = `${error?.code ? `${String(error.code)}: ` : ''}${String(error?.message ?? '').trim()}`;
      faults.set(String(fields.requestId), text.split('\n').filter(Boolean).slice(-1)[0]?.slice(0, 300) ?? '');
    },
  };
  return { logger, faults };
}

/** A scenario with a little of everything, through the API: stock, reversals, archived rows, a user and a key. */
async function givenScenario(server: TestServer) {
  const products = [
    await givenProduct(server, { category: 'Fuzz A', reorderPoint: 50 }),
    await givenProduct(server, { category: 'Fuzz A', price: '120.50' }),
    await givenProduct(server, { category: 'Fuzz B', name: 'Fuzz widget', description: 'Blue, 10% off' }),
    await givenProduct(server, { category: 'Fuzz B', price: '0' }),
  ];
  const locations = [await givenLocation(server), await givenLocation(server), await givenLocation(server)];
  const [p1, p2, p3, p4] = products.map((product) => product.id) as [string, string, string, string];
  const [l1, l2, l3] = locations.map((location) => location.id) as [string, string, string];
  for (const [productId, locationId] of [
    [p1, l1],
    [p1, l2],
    [p2, l1],
    [p3, l3],
  ] as const) {
    const occurredAt = '2025-03-01T08:00:00Z';
    await givenMovement(server, 'receive', { productId, locationId, quantity: 40, unitCost: '3.25', occurredAt });
  }
  const shipped = await givenMovement(server, 'ship', {
    productId: p1,
    locationId: l1,
    quantity: 5,
    counterparty: 'ACME Ltd',
  });
  await givenMovement(server, 'transfer', { productId: p1, fromLocationId: l2, toLocationId: l3, quantity: 7 });
  await givenMovement(server, 'adjust', { productId: p2, locationId: l1, delta: -2 });
  await givenMovement(server, 'reverse', { movementId: shipped.id });
  await server.query(ArchiveProductDocument, { id: p4 });
  await server.query(ArchiveLocationDocument, { id: l3 });
  await givenSignedInUser(server, 'VIEWER');
  await server.query(CreateApiKeyDocument, { input: { name: 'Fuzz key', role: 'CLERK' } });
}

/** Real IDs, cursors, SKUs, codes and emails, read back from the server. */
async function poolsOf(server: TestServer): Promise<FuzzPools> {
  const page = '(first: 20) { edges { cursor node { id } } }';
  const response = await post(server, server.adminHeaders, {
    query: `{
      products(first: 20, filter: { active: null }) { edges { cursor node { id sku category } } }
      locations(first: 20, filter: { active: null }) {
        edges { cursor node { id code stockLevels(first: 5) { edges { cursor } } } }
      }
      movements${page}
      users(first: 20) { edges { cursor node { id email role } } }
      apiKeys${page}
      inventoryValuation(first: 5) { edges { cursor } }
      lowStock(first: 5) { edges { cursor } }
    }`,
  });
  type Edges<T> = { edges: Array<{ cursor: string; node: T }> };
  const { data } = JSON.parse(response.text) as {
    data: {
      products: Edges<{ id: string; sku: string; category: string }>;
      locations: Edges<{ id: string; code: string; stockLevels: { edges: Array<{ cursor: string }> } }>;
      movements: Edges<{ id: string }>;
      users: Edges<{ id: string; email: string; role: string }>;
      apiKeys: Edges<{ id: string }>;
      inventoryValuation: { edges: Array<{ cursor: string }> };
      lowStock: { edges: Array<{ cursor: string }> };
    };
  };
  // The admin fuzzes as itself; its own id stays out, so a fuzzed updateUser cannot lock it out.
  const adminId = JSON.parse(Buffer.from(server.adminHeaders.authorization!.split('.')[1]!, 'base64url').toString())
    .sub as string;
  const users = data.users.edges.filter((edge) => rowIdOf(edge.node.id) !== adminId && edge.node.role !== 'ADMIN');
  const nodes = <T extends { id: string }>(edges: Edges<T>) => edges.edges.map((edge) => edge.node);
  return {
    ids: {
      Product: nodes(data.products).map((node) => node.id),
      Location: nodes(data.locations).map((node) => node.id),
      Movement: nodes(data.movements).map((node) => node.id),
      User: users.map((edge) => edge.node.id),
      ApiKey: nodes(data.apiKeys).map((node) => node.id),
      // Reservations are made by the fuzzed reserveStock calls themselves; none exist beforehand.
      Reservation: [],
      // Transfers and purchase orders are made by the fuzzed create calls themselves.
      Transfer: [],
      PurchaseOrder: [],
      PurchaseOrderLine: [],
      // Events come from the fuzzed writes themselves; their ids are only read back through `events`.
      Event: [],
      // Subscriptions need a reachable public URL, which the fuzzer does not make; none exist beforehand.
      WebhookSubscription: [],
      WebhookDelivery: [],
      // Import jobs are made by uploads over HTTP, which the fuzzer does not send; none exist beforehand.
      ImportJob: [],
    },
    cursors: [
      data.products,
      data.locations,
      data.movements,
      data.users,
      data.apiKeys,
      data.inventoryValuation,
      data.lowStock,
      ...data.locations.edges.map((edge) => edge.node.stockLevels),
    ].flatMap((connection) => connection.edges.map((edge) => edge.cursor)),
    skus: nodes(data.products).map((node) => node.sku),
    locationCodes: nodes(data.locations).map((node) => node.code),
    categories: [...new Set(nodes(data.products).map((node) => node.category))],
    emails: data.users.edges.map((edge) => edge.node.email),
  };
}

async function post(server: TestServer, headers: Record<string, string>, body: unknown) {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

/** Sends one request and returns what is wrong with the answer. */
async function send(server: TestServer, caller: Caller, request: FuzzRequest) {
  try {
    if (request.kind === 'graphql') {
      const { status, text } = await post(server, caller.headers, request.body);
      return { status, problems: graphqlProblems(status, text), response: text };
    }
    const response = await server.fetch(request.path, {
      headers: caller.headers,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    // Read to the end: a download cut off half-way rejects here.
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return { status: response.status, problems: exportProblems(response.status, contentType, text), response: text };
  } catch (error) {
    return { status: null, problems: [`no complete answer: ${(error as Error).message}`], response: '' };
  }
}

/** The request as a command that sends it again (non-ASCII escaped, so it copies cleanly). */
function curlOf(request: FuzzRequest, caller: Caller): string {
  const auth = caller.name === 'admin' ? ' -H "authorization: Bearer $TOKEN"' : '';
  if (request.kind === 'export') return `curl -sS${auth} "$URL${request.path}"`;
  const body = request.body.replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `curl -sS "$URL/graphql" -H 'content-type: application/json'${auth} --data-binary @- <<'JSON'\n${body}\nJSON`;
}

/** What kind of failure it is: who, which root field (the one an error's path names, when it names one), what. */
function signatureOf(failure: Failure): string {
  const { request } = failure;
  if (request.kind === 'export')
    return `${failure.caller} ${request.path.split('?')[0]}: ${failure.problems.join('; ').slice(0, 80)}`;
  const named = failure.problems.map((problem) =>
    problem.replace(/\["a(\d+)"/, (alias, index: string) => `[${request.fields[Number(index)] ?? alias}`),
  );
  const failing = request.fields.filter((field) => named.some((problem) => problem.includes(`[${field}`)));
  const where = (failing.length > 0 ? failing : request.fields).join('+');
  return `${failure.caller} ${where}: ${named.map((problem) => problem.slice(0, 80)).join('; ')}`;
}

/** One line per kind of failure, with the first request of each kind in full; every request in a file. */
function reportOf(seed: number, failures: Failure[]): string {
  const file = path.join(os.tmpdir(), `stockroom-fuzz-seed-${seed}.jsonl`);
  fs.writeFileSync(file, failures.map((failure) => JSON.stringify(failure)).join('\n'));
  const kinds = new Map<string, Failure[]>();
  for (const failure of failures)
    kinds.set(signatureOf(failure), [...(kinds.get(signatureOf(failure)) ?? []), failure]);
  const lines = [
    `Fuzz seed ${seed}: ${failures.length} failing request(s) of ${kinds.size} kind(s); all in ${file}.`,
    'Each curl needs URL (e.g. http://localhost:4000) and, for the admin, TOKEN (an ADMIN token from signIn);',
    "IDs in them name rows of the run's own database: FUZZ_SEED replays the same requests on a fresh one.",
  ];
  for (const [signature, group] of kinds) {
    const first = group[0]!;
    const curl = curlOf(first.request, { name: first.caller, headers: {} });
    lines.push(
      '',
      `${group.length} × ${signature}`,
      `  request #${first.index}, HTTP ${first.status ?? '-'}: ${first.response.slice(0, 400)}`,
      ...(first.logged ? [`  server log: ${first.logged}`] : []),
      curl.length > 3_000 ? `${curl.slice(0, 3_000)}… (${curl.length} characters; in full in the file)` : curl,
    );
  }
  return lines.join('\n');
}

/** Runs the requests, at most CONCURRENCY at once, and collects every failure and the slowest answers. */
async function fuzz(server: TestServer, work: Array<{ caller: Caller; index: number; request: FuzzRequest }>) {
  const failures: Failure[] = [];
  const durations: Array<{ ms: number; what: string }> = [];
  const log = process.env.FUZZ_LOG ? fs.openSync(process.env.FUZZ_LOG, 'a') : null;
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const { caller, index, request } = work[next++]!;
      const started = Date.now();
      const { status, problems, response } = await send(server, caller, request);
      const ms = Date.now() - started;
      const what = request.kind === 'graphql' ? request.fields.join('+') : request.path.split('?')[0]!;
      durations.push({ ms, what: `${caller.name} ${what}` });
      if (problems.length > 0) failures.push({ caller: caller.name, index, request, status, problems, response });
      if (log !== null) {
        const entry = { caller: caller.name, index, ms, status, problems, request, response: response.slice(0, 2_000) };
        fs.writeSync(log, `${JSON.stringify(entry)}\n`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    if (log !== null) fs.closeSync(log);
  }
  const slowest = durations.sort((a, b) => b.ms - a.ms).slice(0, 3);
  return { failures: failures.sort((a, b) => a.index - b.index), slowest };
}

describe('fuzzing', () => {
  it('covers every root field of the schema and every export', () => {
    const seen = new Set<string>();
    const fuzzer = new Fuzzer({
      schema,
      pools: {
        ids: {
          Product: [],
          Location: [],
          Movement: [],
          User: [],
          ApiKey: [],
          Reservation: [],
          Event: [],
          Transfer: [],
          PurchaseOrder: [],
          PurchaseOrderLine: [],
          WebhookSubscription: [],
          WebhookDelivery: [],
          ImportJob: [],
        },
        cursors: [],
        skus: [],
        locationCodes: [],
        categories: ['Fuzz'],
        emails: [],
      },
      seed: 1,
      mutationShare: 0.5,
      exportShare: 0.1,
      signInShare: 0,
      exports: EXPORTS,
    });
    for (let index = 0; index < 1_000; index += 1) {
      const request = fuzzer.next();
      if (request.kind === 'graphql') request.fields.forEach((field) => seen.add(field));
      else seen.add(request.path.split('?')[0]!);
    }
    expect(rootFieldsOf(schema).filter((field) => !seen.has(field))).toEqual([]);
    for (const { name } of EXPORTS) expect(seen).toContain(`/exports/${name}.csv`);
  });

  it('fails a response for a 5xx, a fault code, a missing code or a leak, and passes typed refusals', () => {
    const answer = (errors: unknown[], data: unknown = null) => JSON.stringify({ errors, data });
    const refusal = { message: '`after` is not a cursor this list issued.', extensions: { code: 'INVALID_CURSOR' } };
    expect(graphqlProblems(200, answer([refusal]))).toEqual([]);
    expect(
      graphqlProblems(400, answer([{ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }])),
    ).toEqual([]);
    expect(
      graphqlProblems(
        200,
        JSON.stringify({ data: { a0: { userErrors: [{ code: 'BLANK', message: 'Name is blank.' }] } } }),
      ),
    ).toEqual([]);
    expect(exportProblems(400, 'application/json; charset=utf-8', answer([refusal]))).toEqual([]);

    const masked = { message: 'Internal server error.', path: ['a0'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(graphqlProblems(200, answer([masked]))).toEqual(['INTERNAL_SERVER_ERROR at ["a0"]']);
    expect(graphqlProblems(503, answer([{ message: 'Busy.', extensions: { code: 'DATABASE_BUSY' } }]))).toEqual([
      'HTTP 503',
      'DATABASE_BUSY',
    ]);
    expect(graphqlProblems(200, answer([{ message: 'Too many errors processing variables.' }]))).toEqual([
      'an error without a code: Too many errors processing variables.',
    ]);
    const leaks = [
      'Invalid `prisma.location.findMany()` invocation',
      'Error P2023: Inconsistent column data',
      'invalid input syntax for type uuid: "5286"',
      'null value in column "sku" violates not-null constraint',
      'Cannot read properties of undefined\n    at paginate (/work/main/src/shared/pagination.ts:120:5)',
    ];
    for (const leak of leaks) {
      expect(graphqlProblems(200, answer([{ message: leak, extensions: { code: 'INVALID_CURSOR' } }]))).not.toEqual([]);
      expect(
        graphqlProblems(200, JSON.stringify({ data: { a0: { userErrors: [{ code: 'BLANK', message: leak }] } } })),
      ).not.toEqual([]);
      expect(
        exportProblems(400, 'application/json', answer([{ message: leak, extensions: { code: 'BAD_USER_INPUT' } }])),
      ).not.toEqual([]);
    }
    expect(exportProblems(500, 'application/json', answer([masked]))).toContain('HTTP 500');
    expect(exportProblems(400, 'text/html', '<pre>Error</pre>')).toEqual(['HTTP 400 with text/html']);
    expect(graphqlProblems(200, '<html>')).toEqual(['a body that is not JSON: <html>']);
  });

  it.each(SEEDS)(
    'seed %i: answers random operations with data or typed refusals, as the admin and anonymously',
    async (seed) => {
      const started = Date.now();
      const { logger, faults } = faultLog();
      const server = await startTestServer({ logger });
      try {
        await givenScenario(server);
        const pools = await poolsOf(server);
        const callers: Array<Caller & { mutationShare: number; exportShare: number; signInShare: number }> = [
          { name: 'admin', headers: server.adminHeaders, mutationShare: 0.45, exportShare: 0.12, signInShare: 0.02 },
          // Anonymous callers are refused early; signIn is the one door they can push on.
          { name: 'anonymous', headers: {}, mutationShare: 0.45, exportShare: 0.08, signInShare: 0.05 },
        ];
        // Every request is generated before any is sent, so responses cannot change what is sent.
        const work = callers.flatMap((caller, offset) => {
          const fuzzer = new Fuzzer({ schema, pools, exports: EXPORTS, ...caller, seed: seed * 2 + offset });
          return Array.from({ length: OPERATIONS }, (_, index) => ({
            caller,
            index: index * 2 + offset,
            request: fuzzer.next(),
          }));
        });
        work.sort((a, b) => a.index - b.index);
        const { failures, slowest } = await fuzz(server, work);
        for (const failure of failures) {
          const requestId = /"requestId":"([^"]+)"/.exec(failure.response)?.[1];
          if (requestId && faults.has(requestId)) failure.logged = faults.get(requestId);
        }
        console.log(
          `fuzz seed ${seed}: ${OPERATIONS} operations per caller, ${failures.length} failing, ${Date.now() - started} ms` +
            ` (FUZZ_SEED=${seed} FUZZ_OPERATIONS=${OPERATIONS} npx jest tests/e2e/fuzz.test.ts);` +
            ` slowest: ${slowest.map(({ ms, what }) => `${what} ${ms} ms`).join(', ')}`,
        );
        expect(failures.length === 0 ? 'no failures' : reportOf(seed, failures)).toBe('no failures');
      } finally {
        await server.close();
      }
    },
    180_000,
  );
});
