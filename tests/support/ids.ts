// Test-side knowledge of global IDs, for the few assertions that go to the database directly.

/** The database row id behind a global ID. */
export function rowIdOf(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}
