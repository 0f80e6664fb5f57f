// `npm run bench:export`: downloads /exports/movements.csv of the whole benchmark ledger from the
// production build, sampling the server's resident memory every 100 ms before, during and after, then
// the same as XLSX (or its newest `--xlsx-rows` movements: a sheet holds 1,048,575 rows). Writes
// bench/results/<date>-<size>-export.json and <date>-<size>-summary-export.md.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { openBenchDatabase } from './lib/database';
import { residentKb, startProcess, stop } from './lib/process';
import { BENCH_ADMIN } from './lib/load';

const ROOT = path.join(__dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
/** The server runs as `npm start` runs it, so flags that bound memory apply (as in bench/run.ts). */
const SERVER_NODE_FLAGS = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const SAMPLE_MS = 100;
/** How long memory is watched with the server idle, before the download and after it. */
const IDLE_MS = 3_000;

interface Options {
  xlsxRows: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({ options: { 'xlsx-rows': { type: 'string', default: '1048575' } } });
  return { xlsxRows: Number(values['xlsx-rows']) };
}

interface Sample {
  ms: number;
  rssMb: number;
}

/** Resident set size of `pid` from /proc, every 100 ms, each sample tagged with its time. */
function sampleRss(pid: number) {
  const samples: Sample[] = [];
  const started = performance.now();
  const take = () => {
    const kb = residentKb(pid);
    if (kb !== null)
      samples.push({ ms: Math.round(performance.now() - started), rssMb: Math.round((kb / 1024) * 10) / 10 });
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return {
    now: () => performance.now() - started,
    between(from: number, to: number) {
      const window = samples.filter((sample) => sample.ms >= from && sample.ms <= to).map((sample) => sample.rssMb);
      return {
        samples: window.length,
        minMb: window.length ? Math.min(...window) : null,
        peakMb: window.length ? Math.max(...window) : null,
        lastMb: window.at(-1) ?? null,
      };
    },
    /** The samples, thinned to about one a second for the results file. */
    timeline: () => samples.filter((_, index) => index % Math.round(1000 / SAMPLE_MS) === 0),
    stop: () => clearInterval(timer),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Download {
  status: number;
  bytes: number;
  /** CSV records below the header, counted on the way (CRLF outside quotes); 0 for a file kept. */
  rows: number;
  durationMs: number;
}

/** Streams a download, counting bytes and CSV records without keeping it, or into `file` (an XLSX). */
async function download(url: string, headers: Record<string, string>, file?: string): Promise<Download> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const sink = file ? fs.createWriteStream(file) : undefined;
  let bytes = 0;
  let records = 0;
  let quoted = false;
  let previous = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    if (sink) {
      if (!sink.write(chunk)) await once(sink, 'drain');
      continue;
    }
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index]!;
      if (byte === 0x22) quoted = !quoted;
      else if (byte === 0x0a && previous === 0x0d && !quoted) records += 1;
      previous = byte;
    }
  }
  if (sink) await new Promise((resolve) => sink.end(resolve));
  return {
    status: response.status,
    bytes,
    rows: sink ? 0 : records - 1,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Data rows of the workbook's first sheet, read with exceljs's streaming reader. */
async function xlsxRowCount(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'ignore', styles: 'ignore' });
  for await (const sheet of reader) {
    let rows = 0;
    for await (const _row of sheet) rows += 1;
    return rows - 1;
  }
  return 0;
}

async function main() {
  const options = parseOptions();
  const bench = await openBenchDatabase();
  const client = new Client({ connectionString: bench.url });
  await client.connect();
  let server: ChildProcess | undefined;
  try {
    const count = async (sql: string, values: unknown[] = []) =>
      Number((await client.query<{ count: string }>(sql, values)).rows[0]!.count);
    const movements = await count('SELECT count(*) AS count FROM movement');
    if (movements === 0) throw new Error('The benchmark database is empty: run `npm run bench:data` first.');
    const dataset = {
      products: await count('SELECT count(*) AS count FROM product'),
      locations: await count('SELECT count(*) AS count FROM location'),
      movements,
    };
    log(`dataset: ${dataset.products} products, ${dataset.locations} locations, ${movements} movements`);
    // The newest `xlsxRows` movements, as an occurredFrom filter.
    const { rows: cut } = await client.query<{ from: Date }>(
      'SELECT occurred_at AS from FROM movement ORDER BY occurred_at DESC, id DESC OFFSET $1 LIMIT 1',
      [Math.max(options.xlsxRows - 1, 0)],
    );
    // Null when the whole ledger fits in a sheet.
    const xlsxFrom = cut[0]?.from ?? null;
    const xlsxRows = xlsxFrom
      ? await count('SELECT count(*) AS count FROM movement WHERE occurred_at >= $1', [xlsxFrom])
      : movements;

    const started = await startProcess(
      'node',
      [...SERVER_NODE_FLAGS, 'dist/src/main.js'],
      {
        DATABASE_URL: bench.url,
        NODE_ENV: 'production',
        AUTH_SECRET: randomBytes(48).toString('base64url'),
        DEMO_DATA: 'off',
        HOST: '127.0.0.1',
        PORT: '0',
        DB_POOL_SIZE: '10',
      },
      /GraphQL endpoint: (http:\/\/\S+)/,
    );
    server = started.child;
    const base = started.match.replace(/\/graphql$/, '');
    const rss = sampleRss(server.pid!);
    const signIn = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
        variables: { input: BENCH_ADMIN },
      }),
    });
    const token = ((await signIn.json()) as { data?: { signIn: { token: string | null } } }).data?.signIn.token;
    if (!token) throw new Error(`cannot sign in as ${BENCH_ADMIN.email}`);
    const auth = { authorization: `Bearer ${token}` };

    const runs: Run[] = [];
    const measure = async (name: string, url: string, expectedRows: number, xlsx: boolean) => {
      await pause(IDLE_MS);
      const beforeFrom = rss.now() - IDLE_MS;
      const downloadStart = rss.now();
      log(`${name}: downloading ${expectedRows} rows`);
      const file = xlsx ? path.join(os.tmpdir(), `stockroom-bench-export-${process.pid}.xlsx`) : undefined;
      const result = await download(url, auth, file);
      const downloadEnd = rss.now();
      await pause(IDLE_MS);
      if (result.status !== 200) throw new Error(`${name} answered ${result.status}`);
      let rows = result.rows;
      if (file) {
        rows = await xlsxRowCount(file);
        fs.rmSync(file, { force: true });
      }
      const seconds = result.durationMs / 1000;
      const run = {
        export: name,
        rows,
        expectedRows,
        complete: rows === expectedRows,
        bytes: result.bytes,
        durationMs: result.durationMs,
        rowsPerSecond: Math.round(rows / seconds),
        mibPerSecond: Math.round((result.bytes / 2 ** 20 / seconds) * 10) / 10,
        rss: {
          before: rss.between(beforeFrom, downloadStart),
          during: rss.between(downloadStart, downloadEnd),
          after: rss.between(downloadEnd, rss.now()),
        },
      };
      log(
        `${name}: ${rows} rows, ${(result.bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(1)} s; ` +
          `RSS before ${run.rss.before.peakMb} MB, peak during ${run.rss.during.peakMb} MB, after ${run.rss.after.lastMb} MB`,
      );
      runs.push(run);
    };

    await measure('movements.csv (all)', `${base}/exports/movements.csv`, movements, false);
    await measure(
      xlsxFrom ? `movements.xlsx (newest ${xlsxRows})` : 'movements.xlsx (all)',
      `${base}/exports/movements.xlsx${xlsxFrom ? `?occurredFrom=${encodeURIComponent(xlsxFrom.toISOString())}` : ''}`,
      xlsxRows,
      true,
    );
    rss.stop();
    writeResults({ dataset, runs, timeline: rss.timeline() });
    if (runs.some((run) => !run.complete)) throw new Error('An export arrived incomplete.');
  } finally {
    if (server) await stop(server);
    await client.end();
    await bench.stop();
  }
}

interface Run {
  export: string;
  rows: number;
  expectedRows: number;
  complete: boolean;
  bytes: number;
  durationMs: number;
  rowsPerSecond: number;
  mibPerSecond: number;
  rss: Record<'before' | 'during' | 'after', { peakMb: number | null; lastMb: number | null; minMb: number | null }>;
}

function writeResults(results: { dataset: { movements: number }; runs: Run[]; timeline: Sample[] }) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const size = `${Math.round(results.dataset.movements / 1e5) / 10}M`;
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const file = path.join(RESULTS, `${date}-${size}-export.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ date, machine, serverNodeFlags: SERVER_NODE_FLAGS, sampleMs: SAMPLE_MS, ...results }, null, 2)}\n`,
  );
  const lines = [
    `# Export benchmark ${date}: ${results.dataset.movements} movements`,
    '',
    `- Machine: ${machine}`,
    `- Server: production build (\`node ${[...SERVER_NODE_FLAGS, 'dist/src/main.js'].join(' ')}\`), RSS from /proc every ${SAMPLE_MS} ms; ${IDLE_MS / 1000} s idle before and after each download`,
    `- Raw figures: [${path.basename(file)}](${path.basename(file)})`,
    '',
    '| Export | Rows | Complete | MiB | Seconds | MiB/s | Rows/s | RSS before (MB) | RSS peak during (MB) | RSS after (MB) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.runs.map(
      (run) =>
        `| ${run.export} | ${run.rows} | ${run.complete ? 'yes' : '**no**'} | ${(run.bytes / 2 ** 20).toFixed(1)} | ${(run.durationMs / 1000).toFixed(1)} | ${run.mibPerSecond} | ${run.rowsPerSecond} | ${run.rss.before.peakMb} | ${run.rss.during.peakMb} | ${run.rss.after.lastMb} |`,
    ),
    '',
  ];
  fs.writeFileSync(path.join(RESULTS, `${date}-${size}-summary-export.md`), `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function log(message: string) {
  process.stderr.write(`[bench:export] ${message}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
