// Progress on stderr (stdout stays for the summary) and per-phase timings for the report.
import { Format, SingleBar, type Options, type Params } from 'cli-progress';

const BAR_WIDTH = 30;
const FPS = 5;
const LOG_EVERY_MS = 5000;

export interface PhaseTiming {
  name: string;
  seconds: number;
  rows?: number;
}

/** Runs named phases one after another, logging each and remembering how long it took. */
export class Phases {
  readonly timings: PhaseTiming[] = [];

  run<T>(name: string, work: () => Promise<T>): Promise<T> {
    return this.timed(name, work, () => undefined);
  }

  /** A phase that writes rows: its rate goes in the report. */
  count(name: string, work: () => Promise<number>): Promise<number> {
    return this.timed(name, work, (rows) => rows);
  }

  private async timed<T>(name: string, work: () => Promise<T>, rowsOf: (result: T) => number | undefined): Promise<T> {
    const started = performance.now();
    process.stderr.write(`${name}...\n`);
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const rows = rowsOf(result);
    this.timings.push({ name, seconds, ...(rows === undefined ? {} : { rows }) });
    process.stderr.write(
      `${name}: ${seconds.toFixed(1)} s${rows === undefined ? '' : `, ${formatRate(rows, seconds)}`}\n`,
    );
    return result;
  }
}

/**
 * Runs `work` with a progress bar on stderr (cli-progress): redrawn in place on a terminal, a line every few
 * seconds when stderr is a file or pipe. The bar is stopped however `work` ends, so it never outlives its phase.
 */
export async function withProgressBar<T>(
  label: string,
  total: number,
  work: (bar: SingleBar) => Promise<T>,
): Promise<T> {
  const logged = !process.stderr.isTTY;
  const bar = new SingleBar({
    stream: process.stderr,
    format: (options, params) => line(label, options, params),
    barsize: BAR_WIDTH,
    barCompleteChar: '#',
    barIncompleteChar: '.',
    fps: FPS,
    noTTYOutput: true,
    notTTYSchedule: LOG_EVERY_MS,
    // The work reports once per simulated day: a wider window steadies the estimate.
    etaBuffer: 100,
    // Off a terminal every line already ends in a newline; stopping would add an empty one.
    clearOnComplete: logged,
  });
  bar.start(total, 0);
  try {
    return await work(bar);
  } finally {
    bar.stop();
  }
}

function line(label: string, options: Options, params: Params): string {
  const seconds = ((params.stopTime ?? Date.now()) - params.startTime) / 1000;
  const eta = params.progress > 0 && params.progress < 1 ? ` eta ${params.eta} s` : '';
  return (
    `  ${label} [${Format.BarFormat(params.progress, options)}] ${(params.progress * 100).toFixed(0).padStart(3)}% ` +
    `${params.value.toLocaleString('en-US')}/${params.total.toLocaleString('en-US')} ${perSecond(params.value, seconds)}/s${eta}`
  );
}

export function formatRate(rows: number, seconds: number): string {
  return `${rows.toLocaleString('en-US')} rows, ${perSecond(rows, seconds)} rows/s`;
}

function perSecond(rows: number, seconds: number): string {
  return Math.round(seconds > 0 ? rows / seconds : 0).toLocaleString('en-US');
}
