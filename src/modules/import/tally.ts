// The running count of an import: every row read ends as exactly one outcome, errors go to the
// hook in row order, and progress is reported every few hundred rows and once at the end.
import type { ImportCounts, ImportHooks, ImportOutcome, ImportResult, RowError } from './types';

const PROGRESS_EVERY_ROWS = 500;

export class ImportTally implements ImportCounts {
  rows = 0;
  created = 0;
  updated = 0;
  unchanged = 0;
  failed = 0;
  bytesRead = 0;
  private reportedAt = 0;

  constructor(
    private readonly hooks: ImportHooks,
    readonly bytesTotal: number,
  ) {}

  count(outcome: 'created' | 'updated' | 'unchanged', rows = 1): void {
    this[outcome] += rows;
    this.rows += rows;
  }

  /** One failed row: counted once, whatever number of errors it has; the errors are reported in order. */
  async fail(errors: RowError[]): Promise<void> {
    this.failed += 1;
    this.rows += 1;
    for (const error of errors) await this.hooks.onRowError?.(error);
  }

  /** Progress, at most every PROGRESS_EVERY_ROWS rows unless `force`. */
  progress(bytesRead: number, force = false): void {
    this.bytesRead = Math.max(this.bytesRead, bytesRead);
    if (!force && this.rows - this.reportedAt < PROGRESS_EVERY_ROWS) return;
    this.reportedAt = this.rows;
    this.hooks.onProgress?.({ ...this.counts(), bytesRead: this.bytesRead, bytesTotal: this.bytesTotal });
  }

  counts(): ImportCounts {
    const { rows, created, updated, unchanged, failed } = this;
    return { rows, created, updated, unchanged, failed };
  }

  result(dryRun: boolean, cancelled = false): ImportResult {
    this.progress(this.bytesTotal, true);
    const outcome: ImportOutcome = cancelled ? 'CANCELLED' : this.failed > 0 ? 'COMPLETED_WITH_ERRORS' : 'COMPLETED';
    return { ...this.counts(), outcome, dryRun };
  }
}
