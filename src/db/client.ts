// The Prisma client over our own pg pool, so pool size and timeouts are ours to set.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

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
  close(): Promise<void>;
}

export function connectDatabase(options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectionTimeoutMs,
  });
  // An idle client losing its connection (e.g. the server restarted) must not crash the process.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
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
