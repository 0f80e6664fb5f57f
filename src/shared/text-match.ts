// Text matches that take the client's text literally, for Prisma's string filters and for SQL's
// ILIKE alike. On PostgreSQL Prisma turns `contains` into ILIKE and passes the text through
// unescaped, so a `%` or `_` in it would be a wildcard: a product search for `%` matched every product.

/** `text` as a LIKE pattern that matches only itself (PostgreSQL's LIKE escape is the backslash). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The column contains `text`, ignoring case. */
export function containsText(text: string) {
  return { contains: likeLiteral(text), mode: 'insensitive' } as const;
}
