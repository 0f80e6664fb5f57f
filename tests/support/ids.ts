// Test-side knowledge of global IDs, for the few assertions that go to the database directly.

/** The database row id behind a global ID. */
export function rowIdOf(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

/** A well-formed global ID for any row id, e.g. for one that names nothing. */
export function globalIdOf(type: string, rowId: string): string {
  return Buffer.from(`${type}:${rowId}`, 'utf8').toString('base64url');
}
