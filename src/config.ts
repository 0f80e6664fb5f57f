// The only reader of process.env: parsed and validated once at start-up, then frozen.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './graphql/limits';
import {
  DEFAULT_PERSISTED_QUERIES,
  type PersistedQueriesMode,
  type PersistedQueriesOptions,
} from './graphql/persisted';
import { DEFAULT_APQ_CACHE_SIZE } from './modules/persisted';
import { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule } from './modules/webhooks';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DB_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 86_400)
    .default(12 * 3600),
  AUTH_THROTTLE_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(86_400_000)
    .default(15 * 60_000),
  AUTH_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(20),
  AUTH_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
  AUTH_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  ALLOW_BATCHED_REQUESTS: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  INTROSPECTION: z.enum(['true', 'false']).default('true'),
  IDE_ENABLED: z.enum(['true', 'false']).optional(),
  APP_ENABLED: z.enum(['true', 'false']).default('true'),
  CORS_ORIGINS: z.string().default(''),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  QUERY_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(DEFAULT_QUERY_LIMITS.maxDepth),
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_QUERY_LIMITS.maxAliases),
  QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_QUERY_LIMITS.maxDirectives),
  QUERY_MAX_COST: z.coerce.number().int().min(1).max(100_000_000).default(DEFAULT_QUERY_LIMITS.maxCost),
  QUERY_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_QUERY_LIMITS.maxTokens),
  PERSISTED_QUERIES: z.enum(['off', 'allow', 'only']).default(DEFAULT_PERSISTED_QUERIES.mode),
  APQ_CACHE_SIZE: z.coerce.number().int().min(1).max(10_000_000).default(DEFAULT_APQ_CACHE_SIZE),
  RESERVATION_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SUBSCRIPTIONS_PER_CALLER: z.coerce.number().int().min(1).max(100_000).default(100),
  SUBSCRIPTION_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  SUBSCRIPTION_RECHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  EVENTS: z.enum(['on', 'off']).default('on'),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  WEBHOOK_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.enum(['true', 'false']).default('false'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(8),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(4 * 1024 ** 3)
    .default(256 * 1024 ** 2),
  IMPORT_MAX_UNFINISHED: z.coerce.number().int().min(1).max(10_000).default(20),
  IMPORT_LEASE_MS: z.coerce.number().int().min(2_000).max(3_600_000).default(60_000),
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .default(DEFAULT_RETRY_SCHEDULE)
    .transform((text, context) => {
      try {
        return parseRetrySchedule(text);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  GET_CACHE_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400)
    .default(DEFAULT_PERSISTED_QUERIES.getMaxAgeSeconds),
});

/**
 * The sample AUTH_SECRET that .env.example shows. Production refuses to start with it, as with no
 * secret at all (see loadConfig): it is public, so tokens signed with it could be forged.
 */
export const EXAMPLE_AUTH_SECRET = 'replace-me-with-at-least-32-random-characters';

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Unset: an embedded PostgreSQL is started in `embedded.dataDir`. */
  databaseUrl: string | undefined;
  embedded: Readonly<{ dataDir: string; port: number }>;
  /** auto: load demo data into an empty embedded database; on: into any empty database; off: never. */
  demoData: 'auto' | 'on' | 'off';
  pool: Readonly<{ size: number; connectionTimeoutMs: number }>;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  auth: Readonly<{
    /**
     * Signing key for session tokens. When AUTH_SECRET is unset (only allowed outside production)
     * this is a random candidate, and main.ts uses the key kept in the database instead (see
     * modules/auth/signing-key.ts), offering this one if the database has none yet.
     */
    secret: string;
    secretIsGenerated: boolean;
    tokenTtlSeconds: number;
    throttleWindowMs: number;
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    /** How long a caller's user or key row is kept between requests; 0: read on every request. */
    cacheSeconds: number;
    /** The first run's admin, when no user exists yet. */
    adminEmail: string | undefined;
    adminPassword: string | undefined;
  }>;
  /** Behind a reverse proxy, take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  queryLimits: Readonly<QueryLimits>;
  /** Persisted documents: the enforcement mode and the freshness of GET query responses. */
  persistedQueries: Readonly<PersistedQueriesOptions>;
  /** The APQ cache: at most `size` documents, in Redis when `redisUrl` is set, else in PostgreSQL. */
  apqCache: Readonly<{ size: number; redisUrl: string | undefined }>;
  /** How often expired holds are tidied in the background (reads never wait for it). */
  reservationSweepMs: number;
  /**
   * GraphQL subscriptions: how many one caller may keep open on an instance, and how often an
   * instance with subscribers reads the change feed when no notification told it to.
   */
  subscriptions: Readonly<{ perCaller: number; pollMs: number; recheckMs: number }>;
  /** Whether changes record events (EVENTS), and how many days the change feed keeps them (pruned at each sweep). */
  events: Readonly<{ enabled: boolean; retentionDays: number }>;
  /** Webhook delivery: where it may send, each attempt's deadline, the retries, how many at once. */
  webhooks: Readonly<{
    allowHttp: boolean;
    allowPrivateNetworks: boolean;
    timeoutMs: number;
    /** The waits between attempts, in ms; a delivery gets one attempt more than there are waits. */
    retrySchedule: readonly number[];
    concurrency: number;
  }>;
  /** Import jobs (POST /imports/{kind}): the largest upload, and how many jobs may be queued or running at once. */
  imports: Readonly<{
    maxBytes: number;
    maxUnfinished: number;
    /** How long a running job stays its instance's without news; a killed instance's job is taken over after it. */
    leaseMs: number;
  }>;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Several operations in one HTTP request (a JSON array); off unless configured. */
  allowBatchedRequests: boolean;
  /** Schema introspection; on by default because the IDE is a product feature. */
  introspection: boolean;
  /** The GraphQL IDE (GraphiQL) at GET /graphql for browsers; see ideByDefault. */
  ide: boolean;
  /**
   * The web app at /app (and / redirecting browsers there). On by default, in production and under
   * PERSISTED_QUERIES=only too: it sends only the trusted documents built with it.
   */
  app: boolean;
  /** Browser origins allowed to call the API (CORS); empty allows none but same-origin. */
  corsOrigins: readonly string[];
  /** /metrics on the main port behind a bearer token, and/or unauthenticated on its own port. */
  metrics: Readonly<{ token: string | undefined; port: number | undefined; host: string }>;
}>;

export class ConfigError extends Error {}

/**
 * Whether the IDE is on when IDE_ENABLED is unset: off in production, and off under
 * PERSISTED_QUERIES=only, which refuses every document the IDE sends (its sign-in tab, the schema
 * it reads for its docs, whatever is typed in).
 */
export function ideByDefault(env: Config['env'] | undefined, persistedQueries: PersistedQueriesMode): boolean {
  return env !== 'production' && persistedQueries !== 'only';
}

/** Empty strings count as unset, as they do in most .env tooling. */
function presentIn(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

function invalid(issues: z.core.$ZodIssue[]): ConfigError {
  const lines = issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  return new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every setting.`);
}

/** Parses the environment; throws a ConfigError listing every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(presentIn(env));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && (!c.AUTH_SECRET || c.AUTH_SECRET === EXAMPLE_AUTH_SECRET)) {
    throw new ConfigError(
      'Invalid configuration:\n  AUTH_SECRET: must be set to a private random value of at least 32 characters in production ' +
        '(e.g. `openssl rand -base64 48`).\nSee .env.example for every setting.',
    );
  }
  if (c.IDE_ENABLED === 'true' && c.PERSISTED_QUERIES === 'only') {
    throw new ConfigError(
      'Invalid configuration:\n  IDE_ENABLED: cannot be true with PERSISTED_QUERIES=only, which refuses every free-form ' +
        'document the IDE sends (even the schema for its docs). Leave IDE_ENABLED unset (the IDE is then off), or use ' +
        'PERSISTED_QUERIES=allow where the IDE is wanted.\nSee .env.example for every setting.',
    );
  }
  return Object.freeze({
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    embedded: Object.freeze({ dataDir: c.EMBEDDED_PG_DIR, port: c.EMBEDDED_PG_PORT }),
    demoData: c.DEMO_DATA,
    pool: Object.freeze({ size: c.DB_POOL_SIZE, connectionTimeoutMs: c.DB_POOL_TIMEOUT_MS }),
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    auth: Object.freeze({
      secret: c.AUTH_SECRET ?? randomBytes(48).toString('base64url'),
      secretIsGenerated: !c.AUTH_SECRET,
      tokenTtlSeconds: c.AUTH_TOKEN_TTL_SECONDS,
      throttleWindowMs: c.AUTH_THROTTLE_WINDOW_MS,
      maxFailuresPerAccount: c.AUTH_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: c.AUTH_MAX_FAILURES_PER_ADDRESS,
      cacheSeconds: c.AUTH_CACHE_SECONDS,
      adminEmail: c.ADMIN_EMAIL,
      adminPassword: c.ADMIN_PASSWORD,
    }),
    trustProxy: c.TRUST_PROXY === 'true',
    logLevel: c.LOG_LEVEL,
    allowBatchedRequests: c.ALLOW_BATCHED_REQUESTS === 'true',
    introspection: c.INTROSPECTION === 'true',
    ide: c.IDE_ENABLED ? c.IDE_ENABLED === 'true' : ideByDefault(c.NODE_ENV, c.PERSISTED_QUERIES),
    app: c.APP_ENABLED === 'true',
    corsOrigins: Object.freeze(
      c.CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
    metrics: Object.freeze({ token: c.METRICS_TOKEN, port: c.METRICS_PORT, host: c.METRICS_HOST }),
    persistedQueries: Object.freeze({ mode: c.PERSISTED_QUERIES, getMaxAgeSeconds: c.GET_CACHE_MAX_AGE_SECONDS }),
    apqCache: Object.freeze({ size: c.APQ_CACHE_SIZE, redisUrl: c.REDIS_URL }),
    reservationSweepMs: c.RESERVATION_SWEEP_SECONDS * 1000,
    subscriptions: Object.freeze({
      perCaller: c.SUBSCRIPTIONS_PER_CALLER,
      pollMs: c.SUBSCRIPTION_POLL_MS,
      recheckMs: c.SUBSCRIPTION_RECHECK_SECONDS * 1000,
    }),
    events: Object.freeze({ enabled: c.EVENTS === 'on', retentionDays: c.EVENT_RETENTION_DAYS }),
    webhooks: Object.freeze({
      allowHttp: c.WEBHOOK_ALLOW_HTTP === 'true',
      allowPrivateNetworks: c.WEBHOOK_ALLOW_PRIVATE_NETWORKS === 'true',
      timeoutMs: c.WEBHOOK_TIMEOUT_MS,
      retrySchedule: Object.freeze(c.WEBHOOK_RETRY_SCHEDULE),
      concurrency: c.WEBHOOK_CONCURRENCY,
    }),
    imports: Object.freeze({
      maxBytes: c.IMPORT_MAX_BYTES,
      maxUnfinished: c.IMPORT_MAX_UNFINISHED,
      leaseMs: c.IMPORT_LEASE_MS,
    }),
    queryLimits: Object.freeze({
      maxDepth: c.QUERY_MAX_DEPTH,
      maxAliases: c.QUERY_MAX_ALIASES,
      maxDirectives: c.QUERY_MAX_DIRECTIVES,
      maxCost: c.QUERY_MAX_COST,
      maxTokens: c.QUERY_MAX_TOKENS,
    }),
  });
}

const databaseSchema = schema.pick({ DATABASE_URL: true, EMBEDDED_PG_DIR: true, EVENTS: true });

/**
 * The database settings alone, for the command-line tools (`db:migrate`, `stockroom`,
 * `persisted:register`): they work on the service's database, and need none of its other settings
 * (a deployment's migration step has no AUTH_SECRET to give).
 */
export function loadDatabaseConfig(
  env: NodeJS.ProcessEnv = process.env,
): Readonly<{ databaseUrl: string | undefined; embeddedDataDir: string; events: boolean }> {
  const parsed = databaseSchema.safeParse(presentIn(env));
  if (!parsed.success) throw invalid(parsed.error.issues);
  return Object.freeze({
    databaseUrl: parsed.data.DATABASE_URL,
    embeddedDataDir: parsed.data.EMBEDDED_PG_DIR,
    // `stockroom import` writes as the service does: with events when EVENTS=on (the default).
    events: parsed.data.EVENTS === 'on',
  });
}
