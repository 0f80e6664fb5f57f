// Import jobs: who may create and read them, the queue's limits, and the job as the API shows it.
// The upload is stored with its job before the caller is answered; a runner (./runner.ts) on any
// instance reads it from there.
import type {
  ImportJob,
  ImportJobStatus,
  ImportKind,
  ImportRowError,
  PrismaClient,
} from '../../../generated/prisma/client';
import { actorColumns, hasRole, type Actor } from '../../../shared/actor';
import { RequestError, userError, type MutationResult } from '../../../shared/errors';
import { paginate, type Page, type PageArgs } from '../../../shared/pagination';
import type { ImportFormat } from '../types';
import { requestCancel, storeUpload, unfinishedJobCount, UploadTimedOut, UploadTooLarge } from './store';

export interface ImportJobOptions {
  /** The largest upload accepted, in bytes (IMPORT_MAX_BYTES). */
  maxBytes: number;
  /** Jobs queued or running at once across every instance (IMPORT_MAX_UNFINISHED); one more is refused. */
  maxUnfinished: number;
  /** Uploads this instance stores at once; each holds a pooled connection while the body arrives. */
  maxUploads: number;
  /** How long an upload may take to arrive before it is dropped. */
  uploadTimeoutMs: number;
}

export interface UploadRequest {
  kind: ImportKind;
  format: ImportFormat | null;
  fileName: string;
  columnMap: Record<string, string>;
  dryRun: boolean;
  atomic: boolean;
}

/** A refusal of an upload: an HTTP status and a code, as the exports give them. */
export class ImportRefusal extends RequestError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    /** Seconds after which trying again may succeed (429). */
    readonly retryAfter?: number,
  ) {
    super(code, message);
  }
}

/** Import jobs are MANAGER work: a user or an API key with that role or higher. */
function authorize(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new RequestError('UNAUTHENTICATED', 'Sign in (signIn) or send an API key to use Stockroom.');
  if (!hasRole(actor, 'MANAGER')) {
    throw new RequestError('FORBIDDEN', `Imports need the MANAGER role or higher; you are ${actor.role}.`);
  }
}

const TERMINAL: ImportJobStatus[] = ['COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED'];

export const isEnded = (job: Pick<ImportJob, 'status'>) => TERMINAL.includes(job.status);

export class ImportJobService {
  private uploading = 0;
  private readonly queuedListeners = new Set<() => void>();

  constructor(
    private readonly prisma: PrismaClient,
    readonly options: ImportJobOptions,
  ) {}

  /** Called whenever this instance queues a job, so its runner starts it without waiting to poll. */
  onQueued(listener: () => void): () => void {
    this.queuedListeners.add(listener);
    return () => this.queuedListeners.delete(listener);
  }

  /** Checks who is calling before the body is read: an upload that will be refused is not stored. */
  authorizeUpload(actor: Actor | null): asserts actor is Actor {
    authorize(actor);
  }

  /**
   * Stores the upload as a QUEUED job and answers its id once it is committed. Refused with 413
   * (IMPORT_TOO_LARGE) past the size limit and 429 (TOO_MANY_IMPORTS) when the queue or this
   * instance's uploads are full; nothing is stored then.
   */
  async upload(actor: Actor | null, request: UploadRequest, body: AsyncIterable<Buffer>, declaredBytes?: number) {
    authorize(actor);
    const { maxBytes, maxUnfinished, maxUploads } = this.options;
    if (declaredBytes !== undefined && declaredBytes > maxBytes) throw tooLarge(maxBytes);
    if (this.uploading >= maxUploads) {
      throw new ImportRefusal(
        429,
        'TOO_MANY_IMPORTS',
        `${maxUploads} upload(s) are already being received, the most this server takes at once. Try again shortly.`,
        10,
      );
    }
    this.uploading += 1;
    try {
      const unfinished = await unfinishedJobCount(this.prisma);
      if (unfinished >= maxUnfinished) {
        throw new ImportRefusal(
          429,
          'TOO_MANY_IMPORTS',
          `${unfinished} import job(s) are queued or running, the most Stockroom keeps at once. Try again once one has ended.`,
          30,
        );
      }
      const columns = actorColumns(actor);
      const stored = await storeUpload(
        this.prisma,
        {
          ...request,
          actor,
          createdByUserId: columns.userId,
          createdByApiKeyId: columns.apiKeyId,
        },
        body,
        { maxBytes, timeoutMs: this.options.uploadTimeoutMs },
      ).catch((error: unknown) => {
        if (error instanceof UploadTooLarge) throw tooLarge(maxBytes);
        if (error instanceof UploadTimedOut) {
          throw new ImportRefusal(
            408,
            'UPLOAD_TIMEOUT',
            `The file did not arrive within ${Math.round(this.options.uploadTimeoutMs / 1000)} s; nothing was stored.`,
          );
        }
        // Anything else, a pool that stayed busy included, is answered as every request's failure is (answerTo).
        throw error;
      });
      for (const listener of this.queuedListeners) listener();
      return stored;
    } finally {
      this.uploading -= 1;
    }
  }

  async job(actor: Actor | null, id: string): Promise<ImportJob | null> {
    authorize(actor);
    return this.prisma.importJob.findUnique({ where: { id } });
  }

  list(actor: Actor | null, filter: { status?: ImportJobStatus | null }, page: PageArgs): Promise<Page<ImportJob>> {
    authorize(actor);
    const where = filter.status ? { status: filter.status } : {};
    return paginate<ImportJob>(
      {
        where,
        sortField: 'createdAt',
        direction: 'desc',
        cursor: { sortValue: 'moment', id: 'uuid' },
        findMany: (args) => this.prisma.importJob.findMany(args as object),
        count: (args) => this.prisma.importJob.count(args as object),
      },
      page,
    );
  }

  /** A job's row errors in row order. The job was read (and the caller authorized) by the parent field. */
  rowErrors(jobId: string, page: PageArgs): Promise<Page<ImportRowError>> {
    return paginate<ImportRowError>(
      {
        where: { jobId },
        sortField: 'id',
        idField: 'id',
        direction: 'asc',
        cursor: { sortValue: 'bigint', id: 'bigint' },
        findMany: (args) => this.prisma.importRowError.findMany(args as object),
        count: (args) => this.prisma.importRowError.count(args as object),
      },
      page,
    );
  }

  async cancel(actor: Actor | null, id: string): Promise<MutationResult<'importJob', ImportJob>> {
    authorize(actor);
    const outcome = await requestCancel(this.prisma, id);
    if (!outcome)
      return { importJob: null, userErrors: [userError('NOT_FOUND', ['id'], 'No import job has this ID.')] };
    if (outcome.alreadyEnded) {
      return {
        importJob: null,
        userErrors: [userError('INVALID_STATUS', ['id'], `The job already ended (${outcome.job.status}).`)],
      };
    }
    return { importJob: outcome.job, userErrors: [] };
  }

  /**
   * The job now, then each time it changes, until the message that shows it ended: what the
   * importJobProgress subscription sends. Polls the row, so it follows a job run by any instance.
   */
  async *follow(actor: Actor | null, id: string, pollMs = 250): AsyncGenerator<ImportJob> {
    authorize(actor);
    let last: Date | null = null;
    for (;;) {
      const job = await this.prisma.importJob.findUnique({ where: { id } });
      if (!job) throw new RequestError('NOT_FOUND', 'No import job has this ID.');
      if (last === null || job.updatedAt.getTime() !== last.getTime()) {
        last = job.updatedAt;
        yield job;
      }
      if (isEnded(job)) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

const tooLarge = (maxBytes: number) =>
  new ImportRefusal(413, 'IMPORT_TOO_LARGE', `The file is larger than ${maxBytes} bytes, the most an import takes.`);
