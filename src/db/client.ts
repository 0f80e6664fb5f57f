// The Prisma client over our own pg pool, so pool size and timeouts are ours to set.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { readSqlOn, readSqlThrough, type RunTransaction } from './sql';

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** How long a request may wait for a free connection before it fails. */
  connectionTimeoutMs: number;
}

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  /**
   * A Prisma transaction whose `sql` sends statements on the transaction's own connection, as the
   * hot reads go (readSqlOn): prepared, and without Prisma's runtime. The ledger's writes use it.
   */
  transaction: RunTransaction;
  /** True when a trivial query succeeds; used by /readyz. */
  isReachable(): Promise<boolean>;
  /** SQL statements sent since start, transaction control included (tests assert batching with it). */
  statementCount(): number;
  close(): Promise<void>;
}

/**
 * Where `transaction` learns which connection its Prisma transaction took from the pool: the
 * adapter takes it with `pool.connect()` (the promise form) in the async context of
 * `prisma.$transaction`. pool.query takes its connections with a callback, so it never counts.
 */
const taking = new AsyncLocalStorage<{ connection?: pg.PoolClient }>();

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
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    if (args.length > 0) return connect(...args);
    return (connect() as Promise<pg.PoolClient>).then((connection) => {
      const taken = taking.getStore();
      if (taken && !taken.connection) taken.connection = connection;
      return connection;
    });
  }) as typeof pool.connect;
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    transaction: (work, transactionOptions) => {
      const taken: { connection?: pg.PoolClient } = {};
      return taking.run(taken, () =>
        prisma.$transaction(
          (tx) => work(tx, taken.connection ? readSqlOn(taken.connection) : readSqlThrough(tx)),
          transactionOptions,
        ),
      );
    },
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
