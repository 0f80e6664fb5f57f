// Hot reads sent through the pg pool directly, without Prisma's runtime: the catalogue page and the
// product page run on every request, and Prisma's client (building the statement, running it
// through its adapter, mapping each row) cost them about a fifth of their time. Statements are the
// same Prisma.sql templates the rest of the code writes, and their rows come back typed as
// $queryRaw types them, so a statement moves here without a change to how its rows are read.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { Decimal } from '../shared/decimal';

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
export function readSqlThrough(prisma: Pick<PrismaClient, '$queryRaw'>): ReadSql {
  return <T>(sql: Prisma.Sql) => prisma.$queryRaw<T[]>(sql);
}

/**
 * Runs `work` in a Prisma transaction. Its `sql` sends statements on that transaction's own
 * connection, as readSqlOn does (db/client.ts), or through `tx` where the connection is not known.
 */
export type RunTransaction = <T>(
  work: (tx: Prisma.TransactionClient, sql: ReadSql) => Promise<T>,
  options: { maxWait: number; timeout: number },
) => Promise<T>;

/** Transactions whose `sql` goes through Prisma: for a client without a pool of ours (tests, the command line). */
export function transactionsThrough(prisma: PrismaClient): RunTransaction {
  return (work, options) => prisma.$transaction((tx) => work(tx, readSqlThrough(tx)), options);
}

/**
 * Statement names, shared by every connection: a text is prepared once per connection under one
 * name. At most MAX_NAMED texts are named; past that a new text runs unnamed (a batch's statement
 * has a shape per row count, so the ledger's are not bounded by the code alone).
 */
const names = new Map<string, string>();
const MAX_NAMED = 500;

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED) {
    name = `hot_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Statements sent on `pool` (or on one connection of it) directly, each one round trip, and each
 * prepared once per connection: PostgreSQL parses and plans a catalogue page's statement once, not
 * on every request. A statement is named after its text, so every distinct shape (a filter, a
 * sort, a direction, a batch's row count) is its own; the shapes are the code's, never a client's.
 */
export function readSqlOn(pool: Pick<pg.Pool, 'query'> | pg.ClientBase): ReadSql {
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
