// The Prisma client over our own pg pool, so pool size and timeouts are ours to set.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { MAX_PREPARED, PREPARED_MARK } from './sql';

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** How long a request may wait for a free connection before it fails. */
  connectionTimeoutMs: number;
}

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  /** True when a trivial query succeeds; used by /readyz. */
  isReachable(): Promise<boolean>;
  /** SQL statements sent since start, transaction control included (tests assert batching with it). */
  statementCount(): number;
  close(): Promise<void>;
}

/**
 * Names statements marked PREPARED (db/sql.ts), so each is parsed and planned once per connection.
 * At most MAX_PREPARED texts are named: a batch's statement has a shape per row count, and past
 * the limit a new shape runs unnamed, as every other statement does.
 */
function preparedNames(): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return (query) => {
    if (!query.sql.startsWith(PREPARED_MARK)) return undefined as unknown as string;
    let name = names.get(query.sql);
    if (!name && names.size < MAX_PREPARED) {
      name = `tx_${createHash('sha1').update(query.sql).digest('hex').slice(0, 20)}`;
      names.set(query.sql, name);
    }
    // pg runs a query without a name unprepared; the adapter's type says string only.
    return name as string;
  };
}

export function connectDatabase(options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectionTimeoutMs,
  });
  // An idle client losing its connection (e.g. the server restarted) must not crash the process.
  pool.on('error', () => undefined);
  let statements = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: preparedNames() }) });
  return {
    prisma,
    pool,
    statementCount: () => statements,
    async isReachable() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
