// Hot reads sent through the pg pool directly, without Prisma's runtime: the catalogue page and the
// product page run on every request, and Prisma's client (building the statement, running it
// through its adapter, mapping each row) cost them about a fifth of their time. Statements are the
// same Prisma.sql templates the rest of the code writes, and their rows come back typed as
// $queryRaw types them, so a statement moves here without a change to how its rows are read.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { Decimal } from '../shared/decimal';

/**
 * Marks a statement Prisma sends (in a transaction, say) to be prepared once per connection, as
 * every statement here is: it must come first in the text. Only for statements whose best plan
 * does not depend on their parameters, such as the ledger's single-row writes: PostgreSQL may give
 * a prepared statement one generic plan after five runs, which a report over a date range would
 * not want.
 */
export const PREPARED_MARK = '/* prepared */';
export const PREPARED = Prisma.raw(PREPARED_MARK);
/** How many statement texts marked PREPARED are named at most (db/client.ts). */
export const MAX_PREPARED = 200;

/** Runs one statement and returns its rows, typed as Prisma's $queryRaw would type them. */
export type ReadSql = <T>(sql: Prisma.Sql) => Promise<T[]>;

const { builtins } = pg.types;

/**
 * Column types as $queryRaw gives them: bigint as a BigInt, numeric as an exact Decimal. For the
 * other types the statements here read, pg's own parsers agree with Prisma's (json parsed,
 * timestamptz a Date, int4 a number, uuid, text and enums as text). They differ on `date` (a local
 * midnight) and on arrays of bigint or numeric (text): a statement reading those needs a parser
 * here first.
 */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === builtins.INT8) return (text: string) => BigInt(text);
    if (oid === builtins.NUMERIC) return (text: string) => new Decimal(text);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** A bind parameter as PostgreSQL reads it; pg would send a Decimal as JSON (a quoted string). */
function parameter(value: unknown): unknown {
  return Decimal.isDecimal(value) ? (value as Decimal).toFixed() : value;
}

/** Statements sent through Prisma ($queryRaw), where no pool of our own is at hand (the command line's verify). */
export function readSqlThrough(prisma: PrismaClient): ReadSql {
  return <T>(sql: Prisma.Sql) => prisma.$queryRaw<T[]>(sql);
}

/**
 * Statements sent on `pool` directly, each one round trip, and each prepared once per connection:
 * PostgreSQL parses and plans a catalogue page's statement once, not on every request. A statement
 * is named after its text, so every distinct shape (a filter, a sort, a direction) is its own; the
 * shapes are the code's, never a client's, so there are a bounded number of them.
 */
export function readSqlOn(pool: pg.Pool): ReadSql {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `hot_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      names.set(text, name);
    }
    return name;
  };
  return async <T>(sql: Prisma.Sql) => {
    const text = sql.text;
    const result = await pool.query<T & pg.QueryResultRow>({
      name: nameOf(text),
      text,
      values: sql.values.map(parameter),
      types: TYPES,
    });
    return result.rows;
  };
}
