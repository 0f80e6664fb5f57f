// The automatic persisted queries (APQ) cache, shared by every instance of the service: a
// PostgreSQL table by default, Redis when REDIS_URL is set. Both are bounded by entry count and
// evict the least recently used entries first.
import type { Redis } from 'ioredis';
import type { PrismaClient } from '../../generated/prisma/client';

export interface ApqCache {
  /** The document registered under this sha256, or undefined. Counts as a use for eviction. */
  get(hash: string): Promise<string | undefined>;
  /** Registers a document whose sha256 the caller has checked; may evict the least recently used. */
  set(hash: string, body: string): Promise<void>;
  close(): Promise<void>;
}

export interface ApqCacheOptions {
  /** How many documents the cache keeps at most. */
  maxEntries: number;
  /** Use Redis instead of PostgreSQL. */
  redisUrl?: string;
  /** Prefix of every Redis key, so several deployments (or tests) can share one Redis. */
  redisKeyPrefix?: string;
}

export const DEFAULT_APQ_CACHE_SIZE = 10_000;

export function createApqCache(prisma: PrismaClient, options: ApqCacheOptions): ApqCache {
  return options.redisUrl
    ? new RedisApqCache(options.redisUrl, options.maxEntries, options.redisKeyPrefix ?? 'stockroom:apq:')
    : new PostgresApqCache(prisma, options.maxEntries);
}

/** A hit writes last_used_at at most this often per entry, so hot documents do not write on every request. */
const TOUCH_RESOLUTION_SECONDS = 60;

export class PostgresApqCache implements ApqCache {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly maxEntries: number,
  ) {}

  async get(hash: string): Promise<string | undefined> {
    const [row] = await this.prisma.$queryRaw<Array<{ body: string; stale: boolean }>>`
      SELECT body, last_used_at < now() - make_interval(secs => ${TOUCH_RESOLUTION_SECONDS}) AS stale
      FROM apq_entry WHERE hash = ${hash}`;
    if (row?.stale) await this.prisma.$executeRaw`UPDATE apq_entry SET last_used_at = now() WHERE hash = ${hash}`;
    return row?.body;
  }

  async set(hash: string, body: string): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO apq_entry (hash, body) VALUES (${hash}, ${body})
      ON CONFLICT (hash) DO UPDATE SET last_used_at = now()`;
    // A separate statement: within one statement the delete would not see the row just inserted.
    await this.prisma.$executeRaw`
      DELETE FROM apq_entry WHERE hash IN (
        SELECT hash FROM apq_entry ORDER BY last_used_at DESC, seq DESC OFFSET ${this.maxEntries})`;
  }

  async close(): Promise<void> {}
}

/**
 * Entries are plain keys; a sorted set ranks them by a counter bumped on every use, and a set that
 * overflows pops the lowest ranks. Each script runs atomically, so instances never race.
 */
const REDIS_GET = `
local body = redis.call('GET', ARGV[1] .. ARGV[2])
if body then redis.call('ZADD', KEYS[1], redis.call('INCR', KEYS[2]), ARGV[2]) end
return body`;

const REDIS_SET = `
redis.call('SET', ARGV[1] .. ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[1], redis.call('INCR', KEYS[2]), ARGV[2])
local over = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
if over > 0 then
  local evicted = redis.call('ZPOPMIN', KEYS[1], over)
  for i = 1, #evicted, 2 do redis.call('DEL', ARGV[1] .. evicted[i]) end
end
return over`;

export class RedisApqCache implements ApqCache {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly maxEntries: number,
    private readonly prefix: string,
  ) {
    // Required, not imported: ioredis is loaded only where Redis is configured.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Redis: RedisClient } = require('ioredis') as { Redis: typeof Redis };
    // Fail fast rather than queue: a missing cache entry only costs the client one more round trip.
    this.redis = new RedisClient(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 1_000,
    });
    // Connection trouble surfaces as failed commands, which the caller logs; the event adds nothing.
    this.redis.on('error', () => undefined);
  }

  private keys(): [string, string] {
    return [`${this.prefix}lru`, `${this.prefix}clock`];
  }

  async get(hash: string): Promise<string | undefined> {
    const body = (await this.redis.eval(REDIS_GET, 2, ...this.keys(), `${this.prefix}doc:`, hash)) as string | null;
    return body ?? undefined;
  }

  async set(hash: string, body: string): Promise<void> {
    await this.redis.eval(REDIS_SET, 2, ...this.keys(), `${this.prefix}doc:`, hash, body, this.maxEntries);
  }

  async close(): Promise<void> {
    if (this.redis.status !== 'end') await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
