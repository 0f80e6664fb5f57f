// Runs import jobs in the background, one at a time per instance, from the queue every instance
// shares (./store.ts). A job is leased and its lease renewed with each progress report; a runner
// that dies (kill -9, a crash) stops renewing, and once the lease runs out any instance, this one
// after its restart included, runs the job again from the start. The importers key every row
// (src/modules/import), so the second run skips what the first committed and finishes the rest.
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { ImportJob, PrismaClient } from '../../../generated/prisma/client';
import type { Actor } from '../../../shared/actor';
import type { Logger } from '../../../shared/log';
import { Loop } from '../../../shared/loop';
import { runImport } from '../run';
import {
  ImportFatalError,
  type ImportCounts,
  type ImportFormat,
  type ImportKind,
  type ImportProgress,
  type ImportResult,
  type ImportWriteOptions,
  type RowError,
} from '../types';
import type { ImportJobService } from './service';
import { appendRowErrors, claimJob, finishJob, releaseJob, reportProgress, uploadOf } from './store';

export interface ImportRunnerOptions {
  /** The database's URL, which the importers use for COPY. */
  databaseUrl: string;
  /** Whether the rows' writes record events, and how long a write may wait for a connection. */
  write?: ImportWriteOptions;
  /** How long a job stays this runner's without a progress report; 60 s unless given. */
  leaseMs?: number;
  /** How often a running job reports progress (and learns of a cancel); 1 s unless given. */
  reportMs?: number;
  /** How often to look for queued jobs when nothing wakes the runner; 2 s unless given. */
  pollMs?: number;
}

const KINDS: Record<ImportJob['kind'], ImportKind> = { PRODUCTS: 'products', STOCK: 'stock', MOVEMENTS: 'movements' };

/** Row errors are written in batches of this many (and at each progress report). */
const ERROR_BATCH = 500;

export class ImportJobRunner {
  private readonly loop: Loop;
  private running = false;
  private current: AbortController | null = null;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly jobs: ImportJobService,
    private readonly options: ImportRunnerOptions,
    private readonly logger: Logger,
  ) {
    this.loop = new Loop(
      () => this.round(),
      options.pollMs ?? 2_000,
      (error) => this.logger.error('import job claim failed; retrying at the next poll', { err: error }),
    );
  }

  start(): this {
    if (this.running) return this;
    this.running = true;
    this.stopListening = this.jobs.onQueued(() => this.loop.wake());
    this.loop.start();
    return this;
  }

  /** Stops the job in progress at its next batch and hands it back to the queue for the next start. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopListening?.();
    this.current?.abort(new Error('stopping'));
    await this.loop.stop();
  }

  private async round(): Promise<void> {
    while (this.running) {
      const job = await claimJob(this.prisma, this.leaseMs);
      if (!job) return;
      await this.run(job);
    }
  }

  private get leaseMs() {
    return this.options.leaseMs ?? 60_000;
  }

  private async run(job: ImportJob): Promise<void> {
    const controller = new AbortController();
    this.current = controller;
    let cancelled = false;
    let lost = false;
    const counts: ImportCounts & { bytesRead: number } = {
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      bytesRead: 0,
    };
    let errors: RowError[] = [];
    let writing: Promise<void> = Promise.resolve();
    // A batch of row errors that cannot be stored is logged and dropped (the rows still count in
    // `failed`); the chain must not stay rejected, or every later report, lease renewal included, would fail.
    const flushErrors = () => {
      const batch = errors;
      errors = [];
      writing = writing
        .then(() => appendRowErrors(this.prisma, job.id, batch))
        .catch((error: unknown) => {
          this.logger.error('import row errors could not be recorded', { job: job.id, err: error });
        });
      return writing;
    };
    const report = async () => {
      await flushErrors();
      const answer = await reportProgress(this.prisma, job.id, job.attempts, counts, this.leaseMs);
      if (answer === 'cancel' && !cancelled) {
        cancelled = true;
        controller.abort(new Error('cancelled'));
      }
      if (answer === 'lost' && !lost) {
        lost = true;
        controller.abort(new Error('lease lost'));
      }
    };
    let reporting = Promise.resolve();
    const timer = setInterval(() => {
      reporting = reporting.then(report).catch((error: unknown) => {
        this.logger.error('import job progress could not be recorded', { job: job.id, err: error });
      });
    }, this.options.reportMs ?? 1_000);
    timer.unref();

    const file = path.join(os.tmpdir(), `stockroom-import-${job.id}-${job.attempts}${path.extname(job.fileName)}`);
    let end: Parameters<typeof finishJob>[3] | null = null;
    try {
      await pipeline(Readable.from(uploadOf(this.prisma, job.id)), createWriteStream(file));
      const result: ImportResult = await runImport(
        { prisma: this.prisma, databaseUrl: this.options.databaseUrl, ...this.options.write },
        {
          kind: KINDS[job.kind],
          file,
          format: (job.format as ImportFormat | null) ?? undefined,
          map: job.columnMap as Record<string, string>,
          dryRun: job.dryRun,
          atomic: job.atomic,
          actor: job.actor as unknown as Actor,
        },
        {
          onProgress: (progress: ImportProgress) => Object.assign(counts, pickCounts(progress)),
          onRowError: (error: RowError) => {
            errors.push(error);
            if (errors.length >= ERROR_BATCH) void flushErrors();
          },
          signal: controller.signal,
        },
      );
      Object.assign(counts, pickCounts(result));
      // Stopped without a cancel: the server is stopping (the job is handed back) or another
      // instance took it over (nothing more to record here).
      const interrupted = result.outcome === 'CANCELLED' && !cancelled;
      if (!interrupted && !lost) {
        end = {
          status: cancelled ? 'CANCELLED' : result.outcome,
          counts: pickCounts(result),
          bytesRead: Number(job.bytes),
        };
      }
    } catch (error) {
      if (error instanceof ImportFatalError) {
        end = {
          status: 'FAILED',
          counts,
          bytesRead: counts.bytesRead,
          errorCode: error.code,
          // The message names the file as the caller knows it, not where this instance stored it.
          errorMessage: error.message.replaceAll(file, job.fileName),
        };
      } else if (cancelled) {
        end = { status: 'CANCELLED', counts, bytesRead: counts.bytesRead };
      } else if (!lost && this.running) {
        this.logger.error('import job failed', { job: job.id, err: error });
        end = {
          status: 'FAILED',
          counts,
          bytesRead: counts.bytesRead,
          errorCode: 'IMPORT_FAILED',
          errorMessage:
            'The import stopped on an unexpected failure; the rows committed before it stay. Upload it again to finish.',
        };
      }
    } finally {
      clearInterval(timer);
      this.current = null;
      await reporting;
      await fs.rm(file, { force: true });
    }
    await flushErrors();
    if (end) {
      await finishJob(this.prisma, job.id, job.attempts, end);
      this.logger.info('import job ended', { job: job.id, status: end.status, ...end.counts });
    } else if (!lost) {
      // The server is stopping: the job goes back to the queue and the next start runs it again.
      await releaseJob(this.prisma, job.id, job.attempts);
      this.logger.info('import job handed back to the queue', { job: job.id });
    }
  }
}

function pickCounts(from: ImportCounts & { bytesRead?: number }): ImportCounts & { bytesRead?: number } {
  const picked: ImportCounts & { bytesRead?: number } = {
    rows: from.rows,
    created: from.created,
    updated: from.updated,
    unchanged: from.unchanged,
    failed: from.failed,
  };
  if (from.bytesRead !== undefined) picked.bytesRead = from.bytesRead;
  return picked;
}
