// A read too large to hold in memory, as a module's store hands it out: the statements, for the
// caller to run through a server-side cursor (the exports stream them with pg-query-stream), and
// how each row is parsed. The module keeps its SQL and its filters; the caller keeps the streaming.
import type { Prisma } from '../generated/prisma/client';

export interface RowCursor<R> {
  /** The rows, in the order they are to be read. */
  select: Prisma.Sql;
  /** How many rows `select` returns, as one row `{ count }` (an XLSX checks its sheet limit first). */
  count: Prisma.Sql;
  /** One row as the driver gives it, checked and typed; throws on a row of another shape. */
  parse(row: unknown): R;
}
