// Callers' rows (a user, an API key) kept for a few seconds, so a known caller's request runs no SQL
// to authenticate. A change to a user or key must still apply at once on every instance:
// - the transaction that changes the row sends `pg_notify('stockroom_auth', <cache key>)`, which
//   PostgreSQL delivers exactly at commit to every instance LISTENing (announceCallerChange);
// - the instance that made the change also drops its entry itself right after the commit, so its
//   own next request cannot outrun the notification;
// - a read that began before a drop never stores what it read (the generation check), so a row read
//   just before a commit cannot be cached after that commit's notification;
// - the cache is used only while LISTEN holds: it is emptied and off from the moment the listening
//   connection ends until it LISTENs again. Without a database URL to LISTEN on (or with
//   AUTH_CACHE_SECONDS=0) nothing is cached and every request reads the row, as before.
// The connection is a plain `pg` Client rather than the `postgres` package's sql.listen (which the
// event bus uses): that one re-LISTENs by itself but gives no sign when its connection ends, and
// drops the listener for good when reconnecting fails, so the cache could not know it went deaf.
// A connection that dies without a sign (no FIN, no RST) is the one case left; entries still expire
// after AUTH_CACHE_SECONDS then, and TCP keepalive ends the connection eventually.
import pg from 'pg';
import type { Prisma } from '../../generated/prisma/client';
import type { Logger } from '../../shared/log';
import { setBounded } from '../../shared/bounded';

/** The channel every instance LISTENs on for changed callers; the payload is the cache key. */
export const AUTH_CHANNEL = 'stockroom_auth';

/** More callers than this and the least recently used are dropped first. */
export const MAX_CACHED_CALLERS = 10_000;

/** How long after losing LISTEN (or failing to start it) the next attempt waits; the cache is off meanwhile. */
const LISTEN_RETRY_MS = 1_000;

export interface CallerCacheOptions {
  /** How long a caller's row is kept; 0 disables the cache. */
  ttlSeconds: number;
  /** The database's URL, for LISTEN; without it nothing is cached. */
  listenUrl?: string;
  maxEntries?: number;
}

/** The cache key of a user (by id) and of an API key (by its public prefix, which requests look it up by). */
export const callerKey = {
  user: (userId: string) => `user:${userId}`,
  apiKey: (prefix: string) => `apiKey:${prefix}`,
};

/**
 * Tells every instance, at the commit of `tx`, that the caller under `key` changed. Called inside the
 * transaction that changes the row, so the notification is sent exactly when the change is visible.
 */
export async function announceCallerChange(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`/* announceCallerChange */ SELECT pg_notify(${AUTH_CHANNEL}, ${key})`;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

export class CallerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  /** Bumped by every drop and clear; a read that began under an older one stores nothing. */
  private generation = 0;
  /** LISTEN holds, so every change is heard; the cache is used only then. */
  private listening = false;
  private running = false;
  private client: pg.Client | undefined;
  private listenRetry: NodeJS.Timeout | undefined;
  private logger: Logger | undefined;

  constructor(private readonly options: CallerCacheOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.maxEntries = options.maxEntries ?? MAX_CACHED_CALLERS;
  }

  /** Starts LISTENing for changed callers; the cache is used from the moment LISTEN holds. */
  start(logger: Logger): void {
    if (this.running || this.ttlMs === 0 || !this.options.listenUrl) return;
    this.running = true;
    this.logger = logger;
    void this.listen(this.options.listenUrl);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.listening = false;
    this.clear();
    clearTimeout(this.listenRetry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Whether a request can be answered from the cache now. */
  get active(): boolean {
    return this.listening;
  }

  /** The value under `key`, from the cache when fresh, else from `load` (which is then kept unless null). */
  async read<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
    if (!this.listening) return load();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > Date.now()) {
      // Most recently used last: the Map's insertion order is the eviction order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value as T;
    }
    if (entry) this.entries.delete(key);
    const generation = this.generation;
    const value = await load();
    if (value !== null && this.listening && generation === this.generation) {
      setBounded(this.entries, key, { value, expiresAt: Date.now() + this.ttlMs }, this.maxEntries);
    }
    return value;
  }

  /** Forgets `key`, and anything being read now under any key (it may have been read before the change). */
  drop(key: string): void {
    this.generation += 1;
    this.entries.delete(key);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** How many callers are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }

  /** One connection of its own (none from the application's pool), LISTENing until it ends. */
  private async listen(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: 'stockroom-auth', keepAlive: true });
    let lost = false;
    const lose = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      this.listening = false;
      this.clear();
      void client.end().catch(() => undefined);
      if (!this.running) return;
      this.logger?.error('LISTEN for changed callers ended; reading every caller until it holds again', {
        err: error,
      });
      this.listenRetry = setTimeout(() => void this.listen(url), LISTEN_RETRY_MS);
      this.listenRetry.unref();
    };
    client.on('notification', (message) => {
      if (message.channel === AUTH_CHANNEL && message.payload) this.drop(message.payload);
    });
    client.on('error', lose);
    client.on('end', () => lose());
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANNEL}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (lost) return;
    if (!this.running) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.clear();
    this.listening = true;
  }
}
