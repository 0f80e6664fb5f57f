// `npm run bench:import`: the bulk import's throughput (#16). Generates a 100,000-row product CSV and a
// 1,000,000-row movements CSV (a year of receipts, shipments, transfers and adjustments over 20
// locations, in date order, every row valid) on disk, imports both into an empty database of the
// benchmark cluster with the real command line (`stockroom import …` as a child process), and measures
// each import's wall time and the importing process's peak resident memory (VmHWM and the largest
// VmRSS seen, from /proc every 100 ms). Then `stockroom verify` must find no drift. Writes
// bench/results/<date>-import.json and <date>-import.md, each target marked met or not.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { applyMigrations } from '../src/db/migrate';
import { describeDatabase, openBenchDatabase, recreateDatabase } from './lib/database';
import { Random } from './lib/random';

const ROOT = path.join(__dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
/** Its own database on the benchmark cluster: the ledger dataset of `bench:data` is left alone. */
const DATABASE_NAME = 'stockroom_bench_import';
const LOCATIONS = 20;
const DAY = 86_400_000;
const SAMPLE_MS = 100;

/** The issue's targets (#16, Throughput). */
const TARGETS = {
  products: { rows: 100_000, seconds: 30, rssMb: 300 },
  movements: { rows: 1_000_000, seconds: 300, rssMb: 300 },
} as const;

interface Options {
  products: number;
  movements: number;
  seed: number;
  /** Import the movements file a second time: every row unchanged. */
  rerun: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: String(TARGETS.products.rows) },
      movements: { type: 'string', default: String(TARGETS.movements.rows) },
      seed: { type: 'string', default: '16' },
      rerun: { type: 'boolean', default: false },
    },
  });
  const count = (name: string, text: string) => {
    const value = Number(text.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer.`);
    return value;
  };
  return {
    products: count('products', values.products),
    movements: count('movements', values.movements),
    seed: count('seed', values.seed),
    rerun: values.rerun,
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Lines written to a file through a stream, waiting when it is full: memory stays flat. */
async function writeLines(file: string, lines: Iterable<string>): Promise<number> {
  const out = fs.createWriteStream(file);
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return fs.statSync(file).size;
}

const skuOf = (index: number) => `BENCH-${String(index).padStart(6, '0')}`;
const locationCode = (index: number) => `WH-${String(index + 1).padStart(2, '0')}`;

function* productLines(count: number, random: Random): Generator<string> {
  yield 'sku,name,category,price,reorderPoint,preferredSupplier';
  const categories = ['Hardware', 'Garden', 'Kitchen', 'Office', 'Toys', 'Tools', 'Lighting', 'Sports'];
  for (let index = 0; index < count; index += 1) {
    const price = (random.int(100, 50_000) / 100).toFixed(2);
    yield [
      skuOf(index),
      `Product ${index} "${categories[index % categories.length]}"`.replaceAll('"', ''),
      categories[index % categories.length],
      price,
      index % 10 === 0 ? String(random.int(1, 20)) : '0',
      `Supplier ${index % 200}`,
    ].join(',');
  }
}

/**
 * A year of movements ending yesterday, in date order, every one valid: each level's balance is
 * tracked so a shipment, a transfer or a downward adjustment never takes more than it holds.
 */
function* movementLines(count: number, products: number, random: Random, end: number): Generator<string> {
  yield 'kind,sku,location,fromLocation,toLocation,quantity,occurredAt,unitCost,unitPrice,counterparty,reference';
  const balance = new Int32Array(products * LOCATIONS);
  const start = end - 365 * DAY;
  const step = (end - start) / count;
  for (let index = 0; index < count; index += 1) {
    const product = random.int(0, products - 1);
    const location = random.int(0, LOCATIONS - 1);
    const level = product * LOCATIONS + location;
    const at = new Date(Math.floor(start + index * step)).toISOString();
    const held = balance[level]!;
    const roll = random.next();
    const sku = skuOf(product);
    const code = locationCode(location);
    if (held < 1 || roll < 0.3) {
      const quantity = random.int(5, 40);
      balance[level] = held + quantity;
      const cost = (random.int(50, 20_000) / 100).toFixed(2);
      yield `RECEIPT,${sku},${code},,,${quantity},${at},${cost},,Supplier ${product % 200},PO-${index}`;
    } else if (roll < 0.82) {
      const quantity = random.int(1, Math.min(held, 5));
      balance[level] = held - quantity;
      yield `SHIPMENT,${sku},${code},,,${quantity},${at},,,Customer ${random.int(1, 5000)},SO-${index}`;
    } else if (roll < 0.95) {
      const to = (location + random.int(1, LOCATIONS - 1)) % LOCATIONS;
      const quantity = random.int(1, held);
      balance[level] = held - quantity;
      balance[product * LOCATIONS + to] = balance[product * LOCATIONS + to]! + quantity;
      yield `TRANSFER,${sku},,${code},${locationCode(to)},${quantity},${at},,,,TO-${index}`;
    } else {
      const delta = random.chance(0.5) ? -1 : random.int(1, 3);
      balance[level] = held + delta;
      yield `ADJUSTMENT,${sku},${code},,,${delta},${at},,,,COUNT-${index}`;
    }
  }
}

interface Run {
  work: string;
  file: string;
  bytes: number;
  exitCode: number | null;
  wallSeconds: number;
  rows: number;
  rowsPerSecond: number;
  /** VmHWM: the process's peak resident set, as the kernel kept it. */
  peakRssMb: number;
  /** The largest VmRSS sampled every 100 ms (a check on VmHWM). */
  sampledPeakRssMb: number;
  summary: string;
}

/** Reads VmHWM and VmRSS (kB) of a live process. */
function memoryKb(pid: number): { hwm: number; rss: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      hwm: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0),
      rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
    };
  } catch {
    return null;
  }
}

const BIN = path.join(ROOT, 'bin', 'stockroom.mjs');
/**
 * The Node flags of the command's `#!` line (`npx stockroom` runs the file itself, so they apply):
 * passed the same way here, with this process's Node.
 */
const BIN_NODE_FLAGS = (/^#!.*\bnode\b(.*)$/m.exec(fs.readFileSync(BIN, 'utf8').split('\n')[0] ?? '')?.[1] ?? '')
  .split(' ')
  .filter(Boolean);

/** Runs `stockroom <args>` on the database, as a user would, measuring its time and memory. */
async function runCli(work: string, args: string[], url: string, file: string, rows: number): Promise<Run> {
  log(`${work}: stockroom ${args.join(' ')}`);
  const started = performance.now();
  const child = spawn(process.execPath, [...BIN_NODE_FLAGS, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let hwm = 0;
  let rss = 0;
  const sample = () => {
    const memory = child.pid ? memoryKb(child.pid) : null;
    if (memory) {
      hwm = Math.max(hwm, memory.hwm);
      rss = Math.max(rss, memory.rss);
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) =>
    process.stderr.write(`  ${chunk.toString().trimEnd().replaceAll('\n', '\n  ')}\n`),
  );
  // VmHWM is read once more at the last moment it can be: when the process has closed its output.
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  const summary = stdout.trim().split('\n').at(-1) ?? '';
  log(`${work}: exit ${code}, ${wallSeconds.toFixed(1)} s, peak RSS ${(hwm / 1024).toFixed(0)} MB: ${summary}`);
  return {
    work,
    file: path.basename(file),
    bytes: fs.statSync(file).size,
    exitCode: code,
    wallSeconds: round(wallSeconds),
    rows,
    rowsPerSecond: Math.round(rows / wallSeconds),
    peakRssMb: round(hwm / 1024),
    sampledPeakRssMb: round(rss / 1024),
    summary,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function main() {
  const options = parseOptions();
  const bench = await openBenchDatabase();
  const target = new URL(bench.url);
  target.pathname = `/${DATABASE_NAME}`;
  const url = target.toString();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-bench-import-'));
  try {
    log(`database: ${describeDatabase(url)} (recreated empty)`);
    await recreateDatabase(url);
    await applyMigrations(url);
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query(
        `INSERT INTO location (code, name, updated_at)
         SELECT 'WH-' || lpad(i::text, 2, '0'), 'Warehouse ' || i, now() FROM generate_series(1, $1::int) i`,
        [LOCATIONS],
      );
    } finally {
      await client.end();
    }

    const random = new Random(options.seed);
    const productsFile = path.join(dir, 'products.csv');
    const movementsFile = path.join(dir, 'movements.csv');
    log(`generating ${options.products} products and ${options.movements} movements in ${dir}`);
    const productBytes = await writeLines(productsFile, productLines(options.products, random));
    const yesterday = Math.floor(Date.now() / DAY) * DAY - DAY;
    const movementBytes = await writeLines(
      movementsFile,
      movementLines(options.movements, options.products, random, yesterday),
    );
    log(`products.csv: ${(productBytes / 1e6).toFixed(1)} MB, movements.csv: ${(movementBytes / 1e6).toFixed(1)} MB`);

    const runs: Run[] = [];
    runs.push(await runCli('products', ['import', 'products', productsFile], url, productsFile, options.products));
    runs.push(await runCli('movements', ['import', 'movements', movementsFile], url, movementsFile, options.movements));
    if (options.rerun) {
      runs.push(
        await runCli(
          'movements again (all unchanged)',
          ['import', 'movements', movementsFile],
          url,
          movementsFile,
          options.movements,
        ),
      );
    }
    const verify = await runCli('verify', ['verify'], url, movementsFile, 0);

    const check = new Client({ connectionString: url });
    // Stopping the cluster ends the connection; without a listener that would crash the process.
    check.on('error', () => undefined);
    await check.connect();
    let database: Record<string, number>;
    let postgresVersion: string;
    try {
      const counted = async (sql: string) => Number((await check.query<{ n: string }>(sql)).rows[0]!.n);
      database = {
        products: await counted('SELECT count(*) AS n FROM product'),
        movements: await counted('SELECT count(*) AS n FROM movement'),
        movementLines: await counted('SELECT count(*) AS n FROM movement_line'),
        stockLevels: await counted('SELECT count(*) AS n FROM stock_level'),
        movementCosts: await counted('SELECT count(*) AS n FROM movement_cost'),
        events: await counted('SELECT count(*) AS n FROM event'),
      };
      postgresVersion = (await check.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    } finally {
      await check.end();
    }

    const judged = runs.map((run) => {
      const goal = run.work === 'products' ? TARGETS.products : run.work === 'movements' ? TARGETS.movements : null;
      const complete = run.exitCode === 0;
      return {
        ...run,
        target: goal && { seconds: goal.seconds, rssMb: goal.rssMb, rows: goal.rows },
        met: goal
          ? {
              complete,
              time: run.wallSeconds < goal.seconds,
              memory: run.peakRssMb < goal.rssMb,
              fullSize: run.rows >= goal.rows,
            }
          : null,
      };
    });
    const date = new Date().toISOString().slice(0, 10);
    const report = {
      date,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: round(os.totalmem() / 1e9),
        loadAverage: os.loadavg().map(round),
        node: process.version,
        nodeFlags: BIN_NODE_FLAGS.join(' '),
        postgres: postgresVersion,
        database: process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : 'embedded (bench/lib/database.ts)',
      },
      options,
      files: { productsBytes: productBytes, movementsBytes: movementBytes },
      runs: judged,
      verify: { exitCode: verify.exitCode, summary: verify.summary, seconds: verify.wallSeconds },
      database,
    };
    fs.mkdirSync(RESULTS, { recursive: true });
    const base = path.join(RESULTS, `${date}-import`);
    fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(`${base}.md`, markdown(report));
    log(`wrote ${path.relative(ROOT, base)}.json and .md`);
    const failed = judged.some((run) => run.met && !(run.met.complete && run.met.time && run.met.memory));
    return failed || verify.exitCode !== 0 ? 1 : 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await bench.stop();
  }
}

type Report = {
  date: string;
  machine: Record<string, unknown>;
  options: Options;
  runs: Array<
    Run & { target: { seconds: number; rssMb: number; rows: number } | null; met: Record<string, boolean> | null }
  >;
  verify: { exitCode: number | null; summary: string };
  database: Record<string, number>;
};

function markdown(report: Report): string {
  const yes = (value: boolean) => (value ? 'met' : '**not met**');
  const lines = [
    `# Bulk import benchmark, ${report.date}`,
    '',
    '`npm run bench:import` (bench/import.ts): generated CSV files imported with the real command line',
    '(`stockroom import products|movements FILE`, a child process) into an empty database; wall time from',
    'spawn to exit, peak RSS of the importing process (VmHWM). Targets from #16.',
    '',
    `Machine: ${String(report.machine.cpus)} CPUs (${String(report.machine.cpuModel)}), ${String(report.machine.memoryGb)} GB,`,
    `load average at the end ${JSON.stringify(report.machine.loadAverage)}, Node ${String(report.machine.node)}`,
    `(flags of bin/stockroom.mjs's \`#!\` line: \`${String(report.machine.nodeFlags) || 'none'}\`), PostgreSQL ${String(report.machine.postgres)}.`,
    '',
    '| Work | Rows | Wall time | Rows/s | Peak RSS | Target | Time | Memory | Result |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |',
    ...report.runs.map((run) => {
      const target = run.target ? `< ${run.target.seconds} s, < ${run.target.rssMb} MB` : '-';
      const time = run.met ? yes(run.met.time!) : '-';
      const memory = run.met ? yes(run.met.memory!) : '-';
      return `| ${run.work} | ${run.rows.toLocaleString('en')} | ${run.wallSeconds} s | ${run.rowsPerSecond.toLocaleString('en')} | ${run.peakRssMb} MB | ${target} | ${time} | ${memory} | ${run.summary.replaceAll('|', '/')} |`;
    }),
    '',
    `Verification afterwards (\`stockroom verify\`): exit ${String(report.verify.exitCode)}, ${report.verify.summary}`,
    '',
    `Database after the imports: ${Object.entries(report.database)
      .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
      .join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
