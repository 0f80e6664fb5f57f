// Import jobs in PostgreSQL: the upload stored with its job in one transaction (so an answered
// upload is never lost), and the queue the runners lease jobs from (SKIP LOCKED, so instances
// share it; a dead runner's lease runs out and another instance runs the job again).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { ImportJob, ImportKind, PrismaClient } from '../../../generated/prisma/client';
import type { ImportCounts, RowError } from '../types';

/** The upload's pieces: 1 MiB each, so neither side ever holds the whole file. */
export const CHUNK_BYTES = 1 << 20;

/** The row errors a job keeps; later failed rows are still counted in `failed`. */
export const MAX_STORED_ROW_ERRORS = 10_000;

export interface NewJob {
  kind: ImportKind;
  format: string | null;
  fileName: string;
  columnMap: Record<string, string>;
  dryRun: boolean;
  atomic: boolean;
  actor: object;
  createdByUserId: string | null;
  createdByApiKeyId: string | null;
}

/** The body was larger than the limit; nothing was stored. */
export class UploadTooLarge extends Error {}

/** The body did not arrive in the time allowed; nothing was stored. */
export class UploadTimedOut extends Error {}

/**
 * Stores the job and its file. Resolves to the job's id once committed; when the body fails,
 * passes `maxBytes` or takes longer than `timeoutMs` to arrive, nothing is stored.
 *
 * The body is received into a temporary file first, and only then stored with its job in one
 * short transaction. A transaction open while a client sends its file (minutes, on a slow link)
 * would hold back the change feed for everyone: an event is shown only once no older writing
 * transaction is open anywhere in the cluster, so every webhook and subscription would wait.
 */
export async function storeUpload(
  prisma: PrismaClient,
  job: NewJob,
  body: AsyncIterable<Buffer>,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<{ id: string; bytes: number }> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'stockroom-upload-'));
  try {
    const file = path.join(dir, 'body');
    const bytes = await receive(body, file, limits);
    return await prisma.$transaction(
      async (tx) => {
        const { id } = await tx.importJob.create({
          data: { ...job, bytes: BigInt(bytes), actor: job.actor as object },
          select: { id: true },
        });
        let seq = 0;
        for await (const data of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
          await tx.importJobChunk.create({ data: { jobId: id, seq, data: Buffer.from(data as Buffer) } });
          seq += 1;
        }
        return { id, bytes };
      },
      // Only the database's work: the file is here already.
      { timeout: limits.timeoutMs },
    );
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** Writes `body` to `file` as it arrives, within the limits; returns its size in bytes. */
async function receive(
  body: AsyncIterable<Buffer>,
  file: string,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<number> {
  const out = fs.createWriteStream(file);
  const pieces = body[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UploadTimedOut(`The file did not arrive within ${limits.timeoutMs} ms.`)),
      limits.timeoutMs,
    );
  });
  // The file failing (a full disk) fails the upload, as a late body does.
  const broken = new Promise<never>((_, reject) => out.once('error', reject));
  // Both are handled where they are raced, below; until then they must not count as unhandled.
  expired.catch(() => undefined);
  broken.catch(() => undefined);
  let bytes = 0;
  try {
    for (;;) {
      const next = await Promise.race([pieces.next(), expired, broken]);
      if (next.done) break;
      bytes += next.value.length;
      if (bytes > limits.maxBytes) throw new UploadTooLarge(`The file is larger than ${limits.maxBytes} bytes.`);
      if (!out.write(next.value)) {
        await Promise.race([new Promise<void>((resolve) => out.once('drain', () => resolve())), expired, broken]);
      }
    }
    out.end();
    await finished(out);
    return bytes;
  } catch (error) {
    // The body is left as it is: ending it would close the connection before the refusal is sent
    // (the HTTP layer drains it and answers).
    out.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Jobs not yet ended, across every instance: what the queue limit counts. */
export async function unfinishedJobCount(prisma: PrismaClient): Promise<number> {
  return prisma.importJob.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } });
}

/**
 * Leases the oldest job that is queued, or running under a lease that ran out (its runner died),
 * and starts it afresh: counts reset and row errors cleared, since the run reads the whole file
 * again (rows already written come back unchanged). Null when there is none.
 */
export async function claimJob(prisma: PrismaClient, leaseMs: number): Promise<ImportJob | null> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM import_job
      WHERE status = 'QUEUED' OR (status = 'RUNNING' AND leased_until < now())
      ORDER BY created_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    const id = due[0]?.id;
    if (!id) return null;
    await tx.importRowError.deleteMany({ where: { jobId: id } });
    const [job] = await tx.$queryRaw<Array<{ id: string }>>`
      UPDATE import_job
      SET status = 'RUNNING', attempts = attempts + 1,
          leased_until = now() + ${leaseMs} * interval '1 millisecond',
          started_at = coalesce(started_at, now()), updated_at = now(),
          rows = 0, created = 0, updated = 0, unchanged = 0, failed = 0, bytes_read = 0
      WHERE id = ${id}::uuid
      RETURNING id`;
    return job ? tx.importJob.findUnique({ where: { id: job.id } }) : null;
  });
}

/** The stored upload, piece by piece in order. */
export async function* uploadOf(prisma: PrismaClient, jobId: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq += 1) {
    const chunk = await prisma.importJobChunk.findUnique({ where: { jobId_seq: { jobId, seq } } });
    if (!chunk) return;
    yield Buffer.from(chunk.data);
  }
}

/**
 * Records how far a running job got and renews its lease. Answers whether it should go on: false
 * when it was asked to cancel, or when it is no longer this runner's (its lease ran out and
 * another instance took it over).
 */
export async function reportProgress(
  prisma: PrismaClient,
  jobId: string,
  attempt: number,
  progress: ImportCounts & { bytesRead: number },
  leaseMs: number,
): Promise<'go-on' | 'cancel' | 'lost'> {
  const rows = await prisma.$queryRaw<Array<{ cancel_requested: boolean }>>`
    UPDATE import_job
    SET rows = ${progress.rows}, created = ${progress.created}, updated = ${progress.updated},
        unchanged = ${progress.unchanged}, failed = ${progress.failed}, bytes_read = ${progress.bytesRead},
        leased_until = now() + ${leaseMs} * interval '1 millisecond', updated_at = now()
    WHERE id = ${jobId}::uuid AND status = 'RUNNING' AND attempts = ${attempt}
    RETURNING cancel_requested`;
  const row = rows[0];
  if (!row) return 'lost';
  return row.cancel_requested ? 'cancel' : 'go-on';
}

/** Stores row errors, up to the job's MAX_STORED_ROW_ERRORS. */
export async function appendRowErrors(prisma: PrismaClient, jobId: string, errors: RowError[]): Promise<void> {
  if (errors.length === 0) return;
  const stored = await prisma.importRowError.count({ where: { jobId } });
  const room = MAX_STORED_ROW_ERRORS - stored;
  if (room <= 0) return;
  await prisma.importRowError.createMany({
    data: errors.slice(0, room).map((error) => ({
      jobId,
      row: error.row,
      column: error.column,
      code: error.code,
      message: error.message,
    })),
  });
}

export type JobEnd =
  | { status: 'COMPLETED' | 'COMPLETED_WITH_ERRORS' | 'CANCELLED'; counts: ImportCounts; bytesRead: number }
  | { status: 'FAILED'; counts: ImportCounts; bytesRead: number; errorCode: string; errorMessage: string };

/** Ends a job this runner holds, and drops its stored upload (its size stays on the job). */
export async function finishJob(prisma: PrismaClient, jobId: string, attempt: number, end: JobEnd): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: { id: jobId, status: 'RUNNING', attempts: attempt },
      data: {
        status: end.status,
        ...end.counts,
        bytesRead: end.bytesRead,
        errorCode: end.status === 'FAILED' ? end.errorCode : null,
        errorMessage: end.status === 'FAILED' ? end.errorMessage : null,
        leasedUntil: null,
        finishedAt: new Date(),
        updatedAt: new Date(),
      },
    });
    if (count === 0) return false;
    await tx.importJobChunk.deleteMany({ where: { jobId } });
    return true;
  });
}

/** Hands a job this runner holds back to the queue (the server is stopping): the next runner starts it again. */
export async function releaseJob(prisma: PrismaClient, jobId: string, attempt: number): Promise<void> {
  await prisma.importJob.updateMany({
    where: { id: jobId, status: 'RUNNING', attempts: attempt },
    data: { status: 'QUEUED', leasedUntil: null, updatedAt: new Date() },
  });
}

/**
 * Cancels a job: a queued one ends at once (its upload dropped), a running one is flagged and its
 * runner stops at its next progress report. Null when no job has the id; the job as it now is
 * otherwise, with `ended` true when it had already ended.
 */
export async function requestCancel(
  prisma: PrismaClient,
  jobId: string,
): Promise<{ job: ImportJob; alreadyEnded: boolean } | null> {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status FROM import_job WHERE id = ${jobId}::uuid FOR UPDATE`;
    if (!locked) return null;
    if (locked.status === 'QUEUED') {
      await tx.importJobChunk.deleteMany({ where: { jobId } });
      const job = await tx.importJob.update({
        where: { id: jobId },
        data: { status: 'CANCELLED', cancelRequested: true, finishedAt: new Date(), updatedAt: new Date() },
      });
      return { job, alreadyEnded: false };
    }
    if (locked.status === 'RUNNING') {
      const job = await tx.importJob.update({
        where: { id: jobId },
        data: { cancelRequested: true, updatedAt: new Date() },
      });
      return { job, alreadyEnded: false };
    }
    return { job: await tx.importJob.findUniqueOrThrow({ where: { id: jobId } }), alreadyEnded: true };
  });
}
