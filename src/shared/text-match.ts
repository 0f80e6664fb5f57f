// Prisma string filters that match the client's text literally. On PostgreSQL Prisma turns
// `contains`, and `equals` ignoring case, into ILIKE and passes the text through unescaped, so a
// `%` or `_` in it would be a wildcard: a product search for `%` matched every product.

/** `text` as a LIKE pattern that matches only itself (PostgreSQL's LIKE escape is the backslash). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The column contains `text`, ignoring case. */
export function containsText(text: string) {
  return { contains: likeLiteral(text), mode: 'insensitive' } as const;
}

/** The column is `text`, ignoring case. */
export function sameTextIgnoringCase(text: string) {
  return { equals: likeLiteral(text), mode: 'insensitive' } as const;
}
