// Recognises the Prisma errors that stand for expected outcomes rather than faults.
import pg from 'pg';

function prismaCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** A unique constraint refused the write (e.g. a SKU taken by a concurrent request). */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002';
}

/** An update or delete found no row to change. */
export function isRecordNotFound(error: unknown): boolean {
  return prismaCode(error) === 'P2025';
}

/**
 * PostgreSQL's own error code behind a failed raw query: as the driver adapter passes it on, or
 * pg's own error for a statement sent on the pool (db/sql.ts).
 */
function postgresCode(error: unknown): unknown {
  if (error instanceof pg.DatabaseError) return error.code;
  type Wrapped = { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  return (error as Wrapped | null)?.meta?.driverAdapterError?.cause?.originalCode;
}

/** PostgreSQL gave up waiting for a lock (55P03 lock_not_available, e.g. past `lock_timeout`). */
export function isLockTimeout(error: unknown): boolean {
  return postgresCode(error) === '55P03';
}

/** A figure did not fit its column (22003 numeric_value_out_of_range), e.g. a total beyond `integer`. */
export function isNumericOverflow(error: unknown): boolean {
  return postgresCode(error) === '22003';
}
