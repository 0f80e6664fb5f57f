// Progress on stderr (stdout stays for the summary) and per-phase timings for the report.

const BAR_WIDTH = 30;
const REDRAW_MS = 200;

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

/** A bar redrawn in place on a terminal; when stderr is a file or pipe, a line every 10% instead. */
export class ProgressBar {
  private readonly started = performance.now();
  private lastDraw = 0;
  private lastTenth = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  update(done: number): void {
    const now = performance.now();
    if (process.stderr.isTTY) {
      if (now - this.lastDraw < REDRAW_MS && done < this.total) return;
      this.lastDraw = now;
      process.stderr.write(`\r${this.line(done, now)}\x1b[K`);
      if (done >= this.total) process.stderr.write('\n');
      return;
    }
    const tenth = Math.floor((done / this.total) * 10);
    if (tenth === this.lastTenth) return;
    this.lastTenth = tenth;
    process.stderr.write(`${this.line(done, now)}\n`);
  }

  private line(done: number, now: number): string {
    const fraction = Math.min(1, done / this.total);
    const filled = Math.round(fraction * BAR_WIDTH);
    const seconds = (now - this.started) / 1000;
    const eta = fraction > 0 && fraction < 1 ? ` eta ${Math.ceil((seconds / fraction) * (1 - fraction))} s` : '';
    return (
      `  ${this.label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ` +
      `${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${perSecond(done, seconds)}/s${eta}`
    );
  }
}

export function formatRate(rows: number, seconds: number): string {
  return `${rows.toLocaleString('en-US')} rows, ${perSecond(rows, seconds)} rows/s`;
}

function perSecond(rows: number, seconds: number): string {
  return Math.round(seconds > 0 ? rows / seconds : 0).toLocaleString('en-US');
}
