// Smoke run of the built server (dist/) on a given Node binary, as `npm start` runs it: an embedded
// PostgreSQL on a fresh data directory, the first ADMIN from the environment, then sign in, three
// writes (a product, a location, a receipt through the ledger), one query that reads them back,
// and SIGTERM, which must drain and exit 0 with the database stopped. CI runs it on each supported
// Node line besides the one the suite ran on.
//   node scripts/smoke.mjs [path/to/node]     (default: the node running this script)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const ADMIN = { email: 'smoke@example.com', password: 'smoke-test-password' };
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

// The operations, as a client sends them.
const SIGN_IN = `mutation SmokeSignIn($input: SignInInput!) { signIn(input: $input) { token } }`;
const CREATE_PRODUCT = `mutation SmokeCreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) { product { id } userErrors { code field message } } }`;
const CREATE_LOCATION = `mutation SmokeCreateLocation($input: CreateLocationInput!) {
  createLocation(input: $input) { location { id } userErrors { code field message } } }`;
const RECEIVE_STOCK = `mutation SmokeReceiveStock($input: ReceiveStockInput!) {
  receiveStock(input: $input) { movement { id } userErrors { code field message } } }`;
const PRODUCT = `query SmokeProduct($sku: String!) { product(sku: $sku) { onHand averageCost } }`;

const node = path.resolve(process.argv[2] ?? process.execPath);
const began = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
let output = '';
let server;
let dataDir;
let summary;

if (!fs.existsSync(MAIN)) fail(`${path.relative(ROOT, MAIN)} is missing: run \`npm run build\` first.`);
if (!fs.existsSync(node)) fail(`${node} does not exist.`);

dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-smoke-'));
// As root the embedded cluster runs as its own user, which must be able to write here.
fs.chmodSync(dataDir, 0o777);
const env = { ...process.env };
for (const key of ['DATABASE_URL', 'TEST_DATABASE_URL', 'NODE_ENV', 'HOST', 'AUTH_SECRET', 'PERSISTED_QUERIES']) {
  delete env[key];
}
Object.assign(env, {
  PORT: '0',
  EMBEDDED_PG_DIR: path.join(dataDir, 'postgres'),
  EMBEDDED_PG_PORT: '0',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  // The demo data is the start-up test's concern; here it would only add seconds.
  DEMO_DATA: 'off',
});

server = spawn(node, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));

try {
  const version = await run(node, ['--version']);
  const endpoint = await listening();
  const startedIn = seconds(began);

  const token = (await graphql(endpoint, null, SIGN_IN, { input: ADMIN })).signIn.token;
  if (!token) fail('signIn returned no token');
  const as = (query, variables) => graphql(endpoint, token, query, variables);
  const { product } = expectNoUserErrors(
    (await as(CREATE_PRODUCT, { input: { sku: 'SMOKE-1', name: 'Smoke test product', price: '2.50' } })).createProduct,
  );
  const { location } = expectNoUserErrors(
    (await as(CREATE_LOCATION, { input: { code: 'SMOKE', name: 'Smoke test warehouse' } })).createLocation,
  );
  const receipt = { productId: product.id, locationId: location.id, quantity: 7, unitCost: '1.25' };
  expectNoUserErrors((await as(RECEIVE_STOCK, { input: receipt })).receiveStock);
  const read = (await as(PRODUCT, { sku: 'SMOKE-1' })).product;
  if (read?.onHand !== 7 || read.averageCost !== '1.25') fail(`read back ${JSON.stringify(read)}, not 7 at 1.25`);

  const stopping = Date.now();
  server.kill('SIGTERM');
  const exit = await within(exited, STOP_TIMEOUT_MS, 'exit after SIGTERM');
  if (exit.code !== 0) fail(`exited with ${exit.code ?? exit.signal} after SIGTERM, not 0`);
  if (!output.includes('stopped cleanly')) fail('did not log "stopped cleanly"');
  if (fs.existsSync(path.join(env.EMBEDDED_PG_DIR, 'postmaster.pid'))) fail('the embedded PostgreSQL is still running');

  summary =
    `smoke ok on Node ${version}: listening after ${startedIn}, signed in, wrote and read back a receipt, ` +
    `SIGTERM exit 0 in ${seconds(stopping)}`;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`${summary}; ${seconds(began)} in all (data directory removed)`);

/** Resolves with the endpoint the server prints once it listens. */
function listening() {
  return within(
    new Promise((resolve, reject) => {
      const look = () => {
        const match = /GraphQL endpoint: (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]);
      };
      server.stdout.on('data', look);
      void exited.then(({ code, signal }) => reject(new Error(`exited with ${code ?? signal} before listening`)));
    }),
    START_TIMEOUT_MS,
    'listen',
  );
}

async function graphql(endpoint, token, query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`${query.split('(')[0].trim()}: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return body.data;
}

function expectNoUserErrors(payload) {
  if (payload.userErrors.length > 0) throw new Error(`userErrors ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not ${what} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text.trim()) : reject(new Error(`${command} exited ${code}`))));
  });
}

function fail(message) {
  console.error(`smoke FAILED on ${node}: ${message}`);
  if (output) console.error(`--- server output ---\n${output.trimEnd()}`);
  if (server?.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}
