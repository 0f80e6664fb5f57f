// Users, sign-in and API keys: who may call Stockroom, and as what role.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKey, Prisma, PrismaClient, Role, User } from '../../generated/prisma/client';
import type { Actor } from '../../shared/actor';
import { audit } from '../../shared/audit';
import type { Logger } from '../../shared/log';
import { userError, type UserError } from '../../shared/errors';
import { paginate, type Page, type PageArgs } from '../../shared/pagination';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { containsText } from '../../shared/text-match';
import { checkText } from '../../shared/validation';
import {
  generatePassword,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  verifyAgainstDecoy,
  verifyPassword,
} from './passwords';
import { announceCallerChange, CallerCache, callerKey } from './caller-cache';
import { SignInThrottle, type ThrottleOptions } from './throttle';
import { TokenSigner } from './tokens';

export interface AuthOptions extends ThrottleOptions {
  secret: string;
  tokenTtlSeconds: number;
  /** How long a caller's row is kept between requests (AUTH_CACHE_SECONDS); 30 when omitted, 0 disables. */
  cacheSeconds?: number;
  /** The database's URL, to LISTEN for changed callers on every instance; without it nothing is cached. */
  listenUrl?: string;
}

/** What authentication needs of a user: no password hash is kept in memory. */
type CachedUser = Pick<User, 'id' | 'role' | 'name' | 'active' | 'sessionsValidFrom'>;
/** What authentication needs of an API key. */
type CachedApiKey = Pick<
  ApiKey,
  | 'id'
  | 'secretHash'
  | 'revokedAt'
  | 'expiresAt'
  | 'lastUsedAt'
  | 'role'
  | 'name'
  | 'requirePersistedQueries'
  | 'manageWebhooks'
>;

/** What a request presented: a bearer value (token or API key) and/or an x-api-key header. */
export interface Credentials {
  bearer?: string;
  apiKey?: string;
}

/** Who a request is, or why its credentials were refused. */
export type Authentication = { actor: Actor } | { problem: string } | { anonymous: true };

export interface SignInResult {
  token: string | null;
  expiresAt: Date | null;
  user: User | null;
  userErrors: UserError[];
}

export interface UserFields {
  email?: string | null;
  name?: string | null;
  role?: Role | null;
  password?: string | null;
  active?: boolean | null;
}

const API_KEY_PREFIX = 'sk_';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** How stale lastUsedAt may get before a request writes it again. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * A new user has no session to end. (Left to the database default, a database clock ahead of
 * this server's would refuse tokens issued right after the user was created.)
 */
const NO_SESSION_ENDED = { sessionsValidFrom: new Date(0) };

const INVALID_CREDENTIALS = userError('INVALID_CREDENTIALS', null, 'The email or password is incorrect.');

export class AuthService {
  private readonly tokens: TokenSigner;
  private readonly throttle: SignInThrottle;
  /** Callers' rows between requests, dropped on every instance when they change (see caller-cache.ts). */
  private readonly callers: CallerCache;

  constructor(
    private readonly prisma: PrismaClient,
    options: AuthOptions,
  ) {
    this.tokens = new TokenSigner(options.secret, options.tokenTtlSeconds);
    this.throttle = new SignInThrottle(prisma, options);
    this.callers = new CallerCache({ ttlSeconds: options.cacheSeconds ?? 30, listenUrl: options.listenUrl });
  }

  /** Starts hearing other instances' changes to users and keys; callers are cached from then on. */
  start(logger: Logger): void {
    this.callers.start(logger);
  }

  async stop(): Promise<void> {
    await this.callers.stop();
  }

  /**
   * On a first run (no user at all) creates an ADMIN from the given email and password, or with a
   * generated password that is returned so the caller can print it once.
   */
  /**
   * Creates the first ADMIN when no user exists. Instances starting together on an empty database
   * take a transaction-scoped advisory lock first, so exactly one of them creates it and the others
   * see a user and return null (a count-then-create race made one of them fail its start).
   */
  async ensureFirstAdmin(email = 'admin@stockroom.local', password?: string) {
    // The common case (users exist) answers without hashing a password it would not use.
    if ((await this.prisma.user.count()) > 0) return null;
    const chosen = password ?? generatePassword();
    const passwordHash = await hashPassword(chosen);
    const created = await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('stockroom:first-admin'))`;
      if ((await tx.user.count()) > 0) return false;
      await tx.user.create({
        data: { email, name: 'Administrator', role: 'ADMIN', passwordHash, ...NO_SESSION_ENDED },
      });
      return true;
    });
    return created ? { email, generatedPassword: password ? undefined : chosen } : null;
  }

  async signIn(email: string, password: string, clientAddress: string): Promise<SignInResult> {
    const keys = SignInThrottle.keys(email, clientAddress);
    const lockedUntil = await this.throttle.lockedUntil([keys.account, keys.address]);
    if (lockedUntil) {
      const seconds = Math.ceil((lockedUntil.getTime() - Date.now()) / 1000);
      const message = `Too many failed sign-ins. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
      return { token: null, expiresAt: null, user: null, userErrors: [userError('TOO_MANY_ATTEMPTS', null, message)] };
    }
    const user = await this.prisma.user.findUnique({ where: { email: email.trim() } });
    const valid =
      user?.passwordHash && user.active
        ? await verifyPassword(password, user.passwordHash)
        : await verifyAgainstDecoy(password);
    if (!user || !valid) {
      await this.throttle.recordFailure(keys);
      return { token: null, expiresAt: null, user: null, userErrors: [INVALID_CREDENTIALS] };
    }
    await this.throttle.recordSuccess(keys);
    return { ...(await this.tokens.issue(user.id)), user, userErrors: [] };
  }

  /**
   * Resolves a request's credentials to an actor. The user or key is read from the caller cache,
   * which every change to it empties on every instance at its commit, so changes apply at once.
   */
  async authenticate(credentials: Credentials): Promise<Authentication> {
    const key = credentials.apiKey ?? (credentials.bearer?.startsWith(API_KEY_PREFIX) ? credentials.bearer : undefined);
    if (key) return this.authenticateKey(key);
    if (!credentials.bearer) return { anonymous: true };
    const claims = await this.tokens.verify(credentials.bearer);
    if (claims === 'expired') return { problem: 'The session token has expired; sign in again.' };
    if (claims === 'invalid') return { problem: 'The session token is not valid.' };
    const user = await this.callers.read<CachedUser>(callerKey.user(claims.userId), () =>
      this.prisma.user.findUnique({
        where: { id: claims.userId },
        select: { id: true, role: true, name: true, active: true, sessionsValidFrom: true },
      }),
    );
    if (!user || !user.active) return { problem: 'This account is deactivated.' };
    if (claims.issuedAt < user.sessionsValidFrom) {
      return { problem: 'The session has ended (the password was changed); sign in again.' };
    }
    return { actor: { kind: 'user', userId: user.id, role: user.role, name: user.name } };
  }

  private async authenticateKey(key: string): Promise<Authentication> {
    const refused = { problem: 'The API key is not valid.' };
    const prefix = key.slice(0, API_KEY_PREFIX.length + 12);
    const found = await this.callers.read<CachedApiKey>(callerKey.apiKey(prefix), () =>
      this.prisma.apiKey.findUnique({
        where: { prefix },
        select: {
          id: true,
          secretHash: true,
          revokedAt: true,
          expiresAt: true,
          lastUsedAt: true,
          role: true,
          name: true,
          requirePersistedQueries: true,
          manageWebhooks: true,
        },
      }),
    );
    if (!found || !sameHash(found.secretHash, hashKey(key))) return refused;
    if (found.revokedAt) return { problem: 'The API key has been revoked.' };
    if (found.expiresAt && found.expiresAt <= new Date()) return { problem: 'The API key has expired.' };
    if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      const lastUsedAt = new Date();
      await this.prisma.apiKey.update({ where: { id: found.id }, data: { lastUsedAt } });
      // The cached row too (it is this request's copy when nothing is cached), so the next requests
      // write it again only a minute later. Not a change other instances need to hear of.
      found.lastUsedAt = lastUsedAt;
    }
    return {
      actor: {
        kind: 'apiKey',
        apiKeyId: found.id,
        role: found.role,
        name: found.name,
        requirePersistedQueries: found.requirePersistedQueries,
        manageWebhooks: found.manageWebhooks,
      },
    };
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<SignInResult> {
    const fail = (errors: UserError[]) => ({ token: null, expiresAt: null, user: null, userErrors: errors });
    if (actor.kind !== 'user') {
      return fail([userError('NOT_APPLICABLE', null, 'An API key has no password; revoke it and create a new one.')]);
    }
    const errors = checkPassword(newPassword, 'newPassword');
    if (errors.length > 0) return fail(errors);
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    if (!user.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
      return fail([userError('INVALID_CREDENTIALS', ['currentPassword'], 'The current password is incorrect.')]);
    }
    // Ending earlier sessions is the point of a password change; this request gets a new token.
    const passwordHash = await hashPassword(newPassword);
    const updated = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, sessionsValidFrom: new Date() },
      });
      await audit(tx, actor, { action: 'user.password_changed', targetType: 'User', targetId: user.id });
      await announceCallerChange(tx, callerKey.user(user.id));
      return changed;
    });
    this.callers.drop(callerKey.user(user.id));
    return { ...(await this.tokens.issue(user.id)), user: updated, userErrors: [] };
  }

  listUsers(
    filter: { role?: Role | null; active?: boolean | null; search?: string | null },
    page: PageArgs,
  ): Promise<Page<User>> {
    const and: Prisma.UserWhereInput[] = [];
    if (filter.role) and.push({ role: filter.role });
    if (filter.active !== null && filter.active !== undefined) and.push({ active: filter.active });
    if (filter.search?.trim()) {
      const search = filter.search.trim();
      and.push({
        OR: [{ email: containsText(search) }, { name: containsText(search) }],
      });
    }
    return paginate<User>(
      {
        where: { AND: and },
        sortField: 'email',
        direction: 'asc',
        cursor: { sortValue: 'text', id: 'uuid' },
        findMany: (args) => this.prisma.user.findMany(args as Prisma.UserFindManyArgs),
        count: (args) => this.prisma.user.count(args as Prisma.UserCountArgs),
      },
      page,
    );
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } } });
  }

  async createUser(actor: Actor, input: UserFields & { email: string; name: string; role: Role; password: string }) {
    const errors: UserError[] = [];
    const email = checkEmail(errors, input.email);
    const name = checkText(errors, 'name', input.name, { max: 200, required: true });
    errors.push(...checkPassword(input.password, 'password'));
    if (errors.length > 0 || !email || !name) return { user: null, userErrors: errors };
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await this.prisma.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: { email, name, role: input.role, passwordHash, ...NO_SESSION_ENDED },
        });
        await audit(tx, actor, {
          action: 'user.created',
          targetType: 'User',
          targetId: created.id,
          details: { email, role: input.role },
        });
        return created;
      });
      return { user, userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) {
        return {
          user: null,
          userErrors: [userError('DUPLICATE_EMAIL', ['email'], 'Another user already has this email.')],
        };
      }
      throw error;
    }
  }

  /** Changes name, role or active; a change of role or active applies to the user's next request. */
  async updateUser(actor: Actor, id: string, input: Pick<UserFields, 'name' | 'role' | 'active'>) {
    const errors: UserError[] = [];
    const name = checkText(errors, 'name', input.name, { max: 200, required: true });
    if (errors.length > 0) return { user: null, userErrors: errors };
    const data = { name, role: input.role ?? undefined, active: input.active ?? undefined };
    const result = await this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id } });
      if (!user) return { user: null, userErrors: [userError('NOT_FOUND', ['id'], 'No user has this ID.')] };
      const losesAdmin =
        user.role === 'ADMIN' &&
        user.active &&
        ((data.role !== undefined && data.role !== 'ADMIN') || data.active === false);
      if (losesAdmin && (await otherActiveAdmins(tx, id)) === 0) {
        return {
          user: null,
          userErrors: [userError('LAST_ADMIN', null, 'Stockroom must keep at least one active ADMIN.')],
        };
      }
      const updated = await tx.user.update({ where: { id }, data });
      await audit(tx, actor, { action: 'user.updated', targetType: 'User', targetId: id, details: { ...input } });
      await announceCallerChange(tx, callerKey.user(id));
      return { user: updated, userErrors: [] };
    });
    // This instance at once, before its own next request could outrun the notification.
    if (result.user) this.callers.drop(callerKey.user(id));
    return result;
  }

  async createApiKey(
    actor: Actor,
    input: {
      name: string;
      role: Role;
      expiresAt?: Date | null;
      requirePersistedQueries?: boolean | null;
      manageWebhooks?: boolean | null;
    },
  ) {
    const errors: UserError[] = [];
    const name = checkText(errors, 'name', input.name, { max: 200, required: true });
    if (input.expiresAt && input.expiresAt <= new Date()) {
      errors.push(userError('OUT_OF_RANGE', ['expiresAt'], 'expiresAt must be in the future.'));
    }
    if (errors.length > 0 || !name) return { apiKey: null, secret: null, userErrors: errors };
    const secret = `${API_KEY_PREFIX}${randomBytes(9).toString('base64url')}${randomBytes(32).toString('base64url')}`;
    const apiKey = await this.prisma.$transaction(async (tx) => {
      const created = await tx.apiKey.create({
        data: {
          name,
          role: input.role,
          prefix: secret.slice(0, API_KEY_PREFIX.length + 12),
          secretHash: hashKey(secret),
          createdById: actor.kind === 'user' ? actor.userId : null,
          expiresAt: input.expiresAt ?? null,
          requirePersistedQueries: input.requirePersistedQueries ?? false,
          manageWebhooks: input.manageWebhooks ?? false,
        },
      });
      await audit(tx, actor, {
        action: 'api_key.created',
        targetType: 'ApiKey',
        targetId: created.id,
        details: {
          name,
          role: input.role,
          requirePersistedQueries: created.requirePersistedQueries,
          manageWebhooks: created.manageWebhooks,
        },
      });
      return created;
    });
    return { apiKey, secret, userErrors: [] };
  }

  /** Renames a key or changes its flags (persisted-only, webhooks); they apply from the key's next request. */
  async updateApiKey(
    actor: Actor,
    id: string,
    input: { name?: string | null; requirePersistedQueries?: boolean | null; manageWebhooks?: boolean | null },
  ) {
    const errors: UserError[] = [];
    const name = checkText(errors, 'name', input.name, { max: 200, required: true });
    if (errors.length > 0) return { apiKey: null, userErrors: errors };
    const data = {
      name,
      requirePersistedQueries: input.requirePersistedQueries ?? undefined,
      manageWebhooks: input.manageWebhooks ?? undefined,
    };
    const result = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.apiKey.updateMany({ where: { id }, data });
      if (changed.count === 0) {
        return { apiKey: null, userErrors: [userError('NOT_FOUND', ['id'], 'No API key has this ID.')] };
      }
      await audit(tx, actor, { action: 'api_key.updated', targetType: 'ApiKey', targetId: id, details: { ...data } });
      const apiKey = await tx.apiKey.findUniqueOrThrow({ where: { id } });
      await announceCallerChange(tx, callerKey.apiKey(apiKey.prefix));
      return { apiKey, userErrors: [] };
    });
    if (result.apiKey) this.callers.drop(callerKey.apiKey(result.apiKey.prefix));
    return result;
  }

  async revokeApiKey(actor: Actor, id: string) {
    const result = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
      const apiKey = await tx.apiKey.findUnique({ where: { id } });
      if (!apiKey) return { apiKey: null, userErrors: [userError('NOT_FOUND', ['id'], 'No API key has this ID.')] };
      if (changed.count > 0) {
        await audit(tx, actor, { action: 'api_key.revoked', targetType: 'ApiKey', targetId: id });
        await announceCallerChange(tx, callerKey.apiKey(apiKey.prefix));
      }
      return { apiKey, userErrors: [] };
    });
    if (result.apiKey) this.callers.drop(callerKey.apiKey(result.apiKey.prefix));
    return result;
  }

  listApiKeys(filter: { active?: boolean | null }, page: PageArgs): Promise<Page<ApiKey>> {
    const where: Prisma.ApiKeyWhereInput =
      filter.active === true ? { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } : {};
    return paginate<ApiKey>(
      {
        where,
        sortField: 'createdAt',
        direction: 'desc',
        cursor: { sortValue: 'moment', id: 'uuid' },
        findMany: (args) => this.prisma.apiKey.findMany(args as Prisma.ApiKeyFindManyArgs),
        count: (args) => this.prisma.apiKey.count(args as Prisma.ApiKeyCountArgs),
      },
      page,
    );
  }

  apiKeysByIds(ids: readonly string[]): Promise<ApiKey[]> {
    return this.prisma.apiKey.findMany({ where: { id: { in: [...ids] } } });
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

async function otherActiveAdmins(tx: Prisma.TransactionClient, exceptId: string): Promise<number> {
  // Locks the admins, so two admins demoting each other at once cannot both succeed.
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM app_user WHERE role = 'ADMIN' AND active AND id <> ${exceptId}::uuid FOR UPDATE`;
  return rows.length;
}

function checkEmail(errors: UserError[], email: string): string | undefined {
  const value = checkText(errors, 'email', email, { max: 254, required: true });
  if (value && !EMAIL.test(value)) {
    errors.push(userError('INVALID_FORMAT', ['email'], 'email is not an email address.'));
    return undefined;
  }
  return value;
}

function checkPassword(password: string, field: string): UserError[] {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [userError('TOO_SHORT', [field], `${field} must be at least ${MIN_PASSWORD_LENGTH} characters.`)];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [userError('TOO_LONG', [field], `${field} must be at most ${MAX_PASSWORD_LENGTH} characters.`)];
  }
  return [];
}
