// Recognises the Prisma errors that stand for expected outcomes rather than faults.

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
