// Reservations: holds on available units for carts and quotes (ACTIVE, expiring) and placed orders
// (COMMITTED). Each command is a ledger write, so it locks the levels it changes, claims its
// idempotency key in the same transaction, and cannot oversell against a concurrent shipment.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, Reservation, ReservationLine, ReservationStatus } from '../../generated/prisma/client';
import type { Actor } from '../../shared/actor';
import { userError, type UserError } from '../../shared/errors';
import { paginate, type Page, type PageArgs } from '../../shared/pagination';
import { checkText } from '../../shared/validation';
import { available } from './available';
import { closedRefusal, lineOf, outstanding, release, settle, statusAt, type Hold, type HoldLine } from './holds';
import {
  failedWrite,
  insufficient,
  levelKey,
  type Ledger,
  type LevelBook,
  type LevelKey,
  type WriteResult,
} from './ledger';
import { checkKey, MAX_MOVEMENT_QUANTITY } from './service';

export const MAX_RESERVATION_LINES = 100;
/** A hold's time to live when the client gives neither expiresAt nor ttlSeconds. */
export const DEFAULT_TTL_SECONDS = 15 * 60;
/** The longest a hold may be asked to live: beyond that, commit it. */
export const MAX_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface ReserveLine {
  productId: string;
  /** Null: placed by the location strategy. */
  locationId?: string | null;
  quantity: number;
}

export interface Expiry {
  expiresAt?: Date | null;
  ttlSeconds?: number | null;
}

export interface ReserveInput extends Expiry {
  lines: ReserveLine[];
  reference?: string | null;
  holder?: string | null;
  allowSplit?: boolean | null;
}

export interface ReleaseLine {
  productId: string;
  locationId: string;
  /** Null: everything the line still holds. */
  quantity?: number | null;
}

/** A reservation as the API reads it, with its lines. */
export type ReservationRecord = Reservation & { lines: ReservationLine[] };

export interface ReservationFilter {
  status?: ReservationStatus | null;
  productId?: string | null;
  locationId?: string | null;
  reference?: string | null;
  holder?: string | null;
}

interface Candidate extends LevelKey {
  priority: number;
  code: string;
}

export class ReservationService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly ledger: Ledger,
  ) {}

  /** Holds every line or none; lines without a location are placed by the location strategy. */
  async reserve(actor: Actor | null, input: ReserveInput, idempotencyKey?: string | null): Promise<WriteResult> {
    const errors = checkKey(idempotencyKey);
    const reference = checkText(errors, 'reference', input.reference, { max: 100 }) || null;
    const holder = checkText(errors, 'holder', input.holder, { max: 200 }) || null;
    const expiry = checkExpiry(errors, input);
    if (input.lines.length === 0 || input.lines.length > MAX_RESERVATION_LINES)
      errors.push(
        userError('OUT_OF_RANGE', ['lines'], `Send 1 to ${MAX_RESERVATION_LINES} lines (got ${input.lines.length}).`),
      );
    input.lines.forEach((line, index) => {
      if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_MOVEMENT_QUANTITY)
        errors.push(
          userError(
            'OUT_OF_RANGE',
            ['lines', String(index), 'quantity'],
            `quantity must be a whole number from 1 to ${MAX_MOVEMENT_QUANTITY}.`,
          ),
        );
    });
    if (errors.length > 0) return failedWrite(errors);
    errors.push(...(await this.catalogProblems(input.lines)));
    if (errors.length > 0) return failedWrite(errors);

    const candidates = await this.candidates(input.lines.filter((line) => !line.locationId).map((l) => l.productId));
    const placed = input.lines.flatMap((line) =>
      line.locationId ? [{ productId: line.productId, locationId: line.locationId }] : [],
    );
    const id = randomUUID();
    const allowSplit = input.allowSplit ?? false;
    return this.ledger.write({
      actor,
      operation: 'reserveStock',
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: { ...input, allowSplit },
      keys: [...placed, ...[...candidates.values()].flat()],
      atomic: true,
      reservationId: id,
      precheck: input.lines.flatMap((line, index) =>
        line.locationId
          ? [
              {
                productId: line.productId,
                locationId: line.locationId,
                quantity: line.quantity,
                field: ['lines', String(index), 'quantity'],
                takeable: available,
              },
            ]
          : [],
      ),
      plan: async (book) => {
        const expiresAt = expiryAt(expiry, book.at);
        if (!(expiresAt instanceof Date)) return [{ errors: [expiresAt] }];
        const held = new Map<string, HoldLine>();
        const hold = (key: LevelKey, quantity: number) => {
          const level = book.get(key);
          level.reserved += quantity;
          level.reservedUntil =
            level.reservedUntil && level.reservedUntil < expiresAt ? level.reservedUntil : expiresAt;
          book.touch(key);
          const line = held.get(levelKey(key)) ?? { ...key, quantity: 0, fulfilled: 0, released: 0 };
          line.quantity += quantity;
          held.set(levelKey(key), line);
        };
        const problems = input.lines.flatMap((line, index) => {
          const field = ['lines', String(index), 'quantity'];
          if (line.locationId) {
            const key = { productId: line.productId, locationId: line.locationId };
            const free = available(book.get(key));
            if (free < line.quantity) return [insufficient(field, line.quantity, free, 'at the location')];
            hold(key, line.quantity);
            return [];
          }
          const options = strategyOrder(book, candidates.get(line.productId) ?? []);
          const total = options.reduce((sum, option) => sum + option.free, 0);
          if (allowSplit) {
            if (total < line.quantity) return [insufficient(field, line.quantity, total, 'across all locations')];
            let wanted = line.quantity;
            for (const option of options) {
              const take = Math.min(option.free, wanted);
              if (take > 0) hold(option, take);
              wanted -= take;
            }
            return [];
          }
          const single = options.find((option) => option.free >= line.quantity);
          if (!single) {
            const most = Math.max(0, ...options.map((option) => option.free));
            const where = `at any one location (${total} across all; allowSplit may hold them across locations)`;
            return [insufficient(field, line.quantity, most, where)];
          }
          hold(single, line.quantity);
          return [];
        });
        if (problems.length > 0) return [{ errors: problems }];
        book.holds.add({ id, status: 'ACTIVE', expiresAt, reference, holder, lines: [...held.values()] }, actor);
        return [];
      },
    });
  }

  /** Moves an active hold's expiry; a committed hold no longer expires. */
  async extend(
    actor: Actor | null,
    input: Expiry & { reservationId: string },
    idempotencyKey?: string | null,
  ): Promise<WriteResult> {
    const errors = checkKey(idempotencyKey);
    const expiry = checkExpiry(errors, input);
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'extendReservation', input, idempotencyKey, (book, hold) => {
      if (hold.status === 'COMMITTED') return [alreadyCommitted()];
      const expiresAt = expiryAt(expiry, book.at);
      if (!(expiresAt instanceof Date)) return [expiresAt];
      hold.expiresAt = expiresAt;
      // Reads trust a level's stored figure until its earliest expiry: a shortened hold moves that earlier.
      for (const line of hold.lines.filter((held) => outstanding(held) > 0)) {
        const level = book.get(line);
        if (!level.reservedUntil || expiresAt < level.reservedUntil) level.reservedUntil = expiresAt;
        book.touch(line);
      }
      return [];
    });
  }

  /** The order was placed: the hold becomes a commitment, with no expiry, until shipped or released. */
  async commit(actor: Actor | null, input: { reservationId: string }, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'commitReservation', input, idempotencyKey, (book, hold) => {
      if (hold.status === 'COMMITTED') return [alreadyCommitted()];
      for (const line of hold.lines) {
        const units = outstanding(line);
        if (units === 0) continue;
        const level = book.get(line);
        level.reserved -= units;
        level.committed += units;
        book.touch(line);
      }
      hold.status = 'COMMITTED';
      hold.expiresAt = null;
      return [];
    });
  }

  /** Gives back what the hold still holds: all of it, or some units of some lines. */
  async release(
    actor: Actor | null,
    input: { reservationId: string; lines?: ReleaseLine[] | null },
    idempotencyKey?: string | null,
  ): Promise<WriteResult> {
    const errors = checkKey(idempotencyKey);
    input.lines?.forEach((line, index) => {
      const quantity = line.quantity;
      if (quantity !== null && quantity !== undefined && (!Number.isInteger(quantity) || quantity < 1))
        errors.push(userError('OUT_OF_RANGE', ['lines', String(index), 'quantity'], 'quantity must be at least 1.'));
    });
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'releaseReservation', input, idempotencyKey, (book, hold) => {
      const asked: Array<ReleaseLine & { field: string[] }> = input.lines
        ? input.lines.map((line, index) => ({ ...line, field: ['lines', String(index)] }))
        : hold.lines.map((line) => ({ ...line, quantity: null, field: ['reservationId'] }));
      const problems: UserError[] = [];
      for (const wanted of asked) {
        const line = lineOf(hold, wanted);
        if (!line) {
          problems.push(
            userError(
              'NOT_IN_RESERVATION',
              wanted.field,
              'The reservation holds nothing of this product at this location.',
            ),
          );
          continue;
        }
        const units = wanted.quantity ?? outstanding(line);
        if (units > outstanding(line)) {
          problems.push(
            userError(
              'EXCEEDS_RESERVATION',
              [...wanted.field, 'quantity'],
              `Asked to release ${units} but the reservation holds only ${outstanding(line)} here.`,
            ),
          );
          continue;
        }
        if (units === 0) continue;
        line.released += units;
        release(book, hold, line, units);
      }
      if (problems.length > 0) return problems;
      settle(hold);
      return [];
    });
  }

  /**
   * A change to one existing reservation: its levels are read first (a reservation's lines never
   * change place), then locked with it; `apply` runs only on a hold that is active or committed.
   */
  private async change(
    actor: Actor | null,
    operation: string,
    input: { reservationId: string },
    idempotencyKey: string | null | undefined,
    apply: (book: LevelBook, hold: Hold) => UserError[],
  ): Promise<WriteResult> {
    const lines = await this.prisma.reservationLine.findMany({
      where: { reservationId: input.reservationId },
      select: { productId: true, locationId: true },
    });
    if (lines.length === 0)
      return failedWrite([userError('NOT_FOUND', ['reservationId'], 'No reservation has this ID.')]);
    const id = input.reservationId;
    return this.ledger.write({
      actor,
      operation,
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      keys: lines,
      atomic: true,
      reservationIds: [id],
      reservationId: id,
      plan: async (book) => {
        const hold = book.holds.get(id)!;
        const closed = closedRefusal(statusAt(hold, book.at), ['reservationId']);
        if (closed) return [{ errors: [closed] }];
        const problems = apply(book, hold);
        if (problems.length > 0) return [{ errors: problems }];
        book.holds.change(hold);
        return [];
      },
    });
  }

  /**
   * Stores EXPIRED on holds whose expiry has passed, up to `limit` of them, each through a ledger
   * write of its own: the write locks the hold's levels and the hold, closes its lines, refreshes
   * the levels' stored figures and records RESERVATION_EXPIRED with the levels as they now stand.
   * Nothing here changes what anyone reads: an expired hold already counts nowhere. It keeps the
   * lines a read may have to sum few, the stored status honest, and tells integrators. Returns how
   * many reservations it expired (a hold another instance's sweep got to first is not counted).
   */
  async expireLapsed(limit = 1000): Promise<number> {
    const lapsed = await this.prisma.$queryRaw<Array<{ id: string }>>`/* expireLapsed */
      SELECT id::text AS id FROM reservation WHERE status = 'ACTIVE' AND expires_at <= now()
      ORDER BY expires_at LIMIT ${limit}::int`;
    let expired = 0;
    for (const { id } of lapsed) {
      const keys = await this.prisma.reservationLine.findMany({
        where: { reservationId: id },
        select: { productId: true, locationId: true },
      });
      await this.ledger.write({
        operation: 'expireReservation',
        actor: null,
        idempotencyKey: null,
        fingerprint: null,
        keys,
        atomic: true,
        reservationIds: [id],
        reservationId: id,
        plan: async (book) => {
          const hold = book.holds.get(id);
          if (!hold || hold.status !== 'ACTIVE' || statusAt(hold, book.at) !== 'EXPIRED') return [];
          hold.status = 'EXPIRED';
          book.holds.change(hold);
          expired += 1;
          return [];
        },
      });
    }
    return expired;
  }

  /** Missing or archived products and named locations, each error at its line. */
  private async catalogProblems(lines: ReserveLine[]): Promise<UserError[]> {
    const productIds = [...new Set(lines.map((line) => line.productId))];
    const locationIds = [...new Set(lines.flatMap((line) => (line.locationId ? [line.locationId] : [])))];
    const [products, locations] = await Promise.all([
      this.prisma.product.findMany({
        where: { id: { in: productIds } },
        select: { id: true, sku: true, active: true },
      }),
      this.prisma.location.findMany({
        where: { id: { in: locationIds } },
        select: { id: true, code: true, active: true },
      }),
    ]);
    const product = new Map(products.map((row) => [row.id, row]));
    const location = new Map(locations.map((row) => [row.id, row]));
    return lines.flatMap((line, index) => {
      const at = (name: string) => ['lines', String(index), name];
      const errors: UserError[] = [];
      const found = product.get(line.productId);
      if (!found) errors.push(userError('NOT_FOUND', at('productId'), 'No product has this ID.'));
      else if (!found.active) errors.push(userError('ARCHIVED', at('productId'), `Product ${found.sku} is archived.`));
      if (line.locationId) {
        const place = location.get(line.locationId);
        if (!place) errors.push(userError('NOT_FOUND', at('locationId'), 'No location has this ID.'));
        else if (!place.active)
          errors.push(userError('ARCHIVED', at('locationId'), `Location ${place.code} is archived.`));
      }
      return errors;
    });
  }

  /** Where each product could be held: its levels at active locations that have stock on hand. */
  private async candidates(productIds: string[]): Promise<Map<string, Candidate[]>> {
    const byProduct = new Map<string, Candidate[]>();
    if (productIds.length === 0) return byProduct;
    const rows = await this.prisma.stockLevel.findMany({
      where: { productId: { in: [...new Set(productIds)] }, onHand: { gt: 0 }, location: { active: true } },
      select: { productId: true, locationId: true, location: { select: { allocationPriority: true, code: true } } },
    });
    for (const row of rows) {
      const list = byProduct.get(row.productId) ?? [];
      list.push({
        productId: row.productId,
        locationId: row.locationId,
        priority: row.location.allocationPriority,
        code: row.location.code,
      });
      byProduct.set(row.productId, list);
    }
    return byProduct;
  }
}

/**
 * The location strategy: higher allocationPriority first, then the most available, then the
 * location code, so the same stock always gives the same placement.
 */
function strategyOrder(book: LevelBook, candidates: Candidate[]) {
  return candidates
    .map((candidate) => ({ ...candidate, free: available(book.get(candidate)) }))
    .sort((a, b) => b.priority - a.priority || b.free - a.free || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function alreadyCommitted(): UserError {
  return userError(
    'ALREADY_COMMITTED',
    ['reservationId'],
    'The reservation is already committed; it no longer expires.',
  );
}

/** The moment a hold asked for with `expiry` lapses, judged at `at` (the write's lock instant); an error when already past. */
function expiryAt(expiry: { expiresAt: Date | null; ttlSeconds: number }, at: Date): Date | UserError {
  const expiresAt = expiry.expiresAt ?? new Date(at.getTime() + expiry.ttlSeconds * 1000);
  return expiresAt > at ? expiresAt : userError('OUT_OF_RANGE', ['expiresAt'], 'expiresAt must be in the future.');
}

/** The expiry asked for: a moment, or a time to live counted from when the write takes its locks. */
function checkExpiry(errors: UserError[], input: Expiry): { expiresAt: Date | null; ttlSeconds: number } {
  const hasMoment = input.expiresAt !== null && input.expiresAt !== undefined;
  const hasTtl = input.ttlSeconds !== null && input.ttlSeconds !== undefined;
  if (hasMoment && hasTtl) {
    errors.push(userError('INVALID_FORMAT', ['ttlSeconds'], 'Give at most one of `expiresAt` and `ttlSeconds`.'));
  }
  if (hasTtl && (!Number.isInteger(input.ttlSeconds) || input.ttlSeconds! < 1 || input.ttlSeconds! > MAX_TTL_SECONDS)) {
    errors.push(
      userError('OUT_OF_RANGE', ['ttlSeconds'], `ttlSeconds must be from 1 to ${MAX_TTL_SECONDS} (30 days).`),
    );
  }
  if (hasMoment) {
    const ms = input.expiresAt!.getTime() - Date.now();
    if (ms <= 0) errors.push(userError('OUT_OF_RANGE', ['expiresAt'], 'expiresAt must be in the future.'));
    else if (ms > MAX_TTL_SECONDS * 1000)
      errors.push(
        userError('OUT_OF_RANGE', ['expiresAt'], 'expiresAt may be at most 30 days ahead; commit longer holds.'),
      );
  }
  return {
    expiresAt: hasMoment ? input.expiresAt! : null,
    ttlSeconds: hasTtl ? input.ttlSeconds! : DEFAULT_TTL_SECONDS,
  };
}

/** Reads of reservations, with their lines; status is as of the database's now (an ACTIVE hold past its expiry reads EXPIRED). */
export class ReservationQueries {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * PostgreSQL's clock, which stock figures and writes judge expiry by: a status judged by this
   * process's clock could read ACTIVE while `reserved` has already let the hold go.
   */
  private async databaseNow(): Promise<Date> {
    const [row] = await this.prisma.$queryRaw<Array<{ now: Date }>>`/* reservationClock */ SELECT now() AS now`;
    return row!.now;
  }

  async byIds(ids: readonly string[]): Promise<ReservationRecord[]> {
    const [now, rows] = await Promise.all([
      this.databaseNow(),
      this.prisma.reservation.findMany({ where: { id: { in: [...ids] } }, include: { lines: true } }),
    ]);
    return rows.map((row) => withStatusAt(row, now));
  }

  /** Newest first. */
  async list(filter: ReservationFilter, page: PageArgs): Promise<Page<ReservationRecord>> {
    const now = await this.databaseNow();
    const result = await paginate<ReservationRecord>(
      {
        where: whereOf(filter, now),
        sortField: 'createdAt',
        direction: 'desc',
        cursor: { sortValue: 'moment', id: 'uuid' },
        findMany: (args) =>
          this.prisma.reservation.findMany({ ...args, include: { lines: true } } as never) as Promise<
            ReservationRecord[]
          >,
        count: (args) => this.prisma.reservation.count(args as never),
      },
      page,
    );
    return {
      ...result,
      nodes: result.nodes.map((row) => withStatusAt(row, now)),
      edges: result.edges.map((edge) => ({ ...edge, node: withStatusAt(edge.node, now) })),
    };
  }

  /** The reservations that hold units at each (product, location) now: active and unexpired, or committed. */
  async openAt(keys: readonly LevelKey[]): Promise<Array<ReservationRecord & LevelKey>> {
    const now = await this.databaseNow();
    const lines = await this.prisma.reservationLine.findMany({
      where: {
        OR: keys.map(({ productId, locationId }) => ({ productId, locationId, open: true })),
        reservation: { OR: [{ status: 'COMMITTED' }, { status: 'ACTIVE', expiresAt: { gt: now } }] },
      },
      include: { reservation: { include: { lines: true } } },
    });
    return lines
      .filter((line) => outstanding(line) > 0 && ['ACTIVE', 'COMMITTED'].includes(statusAt(line.reservation, now)))
      .map((line) => ({
        ...withStatusAt(line.reservation, now),
        productId: line.productId,
        locationId: line.locationId,
      }));
  }
}

function withStatusAt(row: ReservationRecord, now: Date): ReservationRecord {
  return { ...row, status: statusAt(row, now) };
}
/** The Prisma condition for a filter; a status is judged at `now`, so ACTIVE excludes holds past their expiry. */
function whereOf(filter: ReservationFilter, now: Date) {
  const conditions: Record<string, unknown>[] = [];
  if (filter.status === 'ACTIVE') conditions.push({ status: 'ACTIVE', expiresAt: { gt: now } });
  else if (filter.status === 'EXPIRED')
    conditions.push({ OR: [{ status: 'EXPIRED' }, { status: 'ACTIVE', expiresAt: { lte: now } }] });
  else if (filter.status) conditions.push({ status: filter.status });
  if (filter.productId || filter.locationId) {
    conditions.push({
      lines: {
        some: {
          ...(filter.productId ? { productId: filter.productId } : {}),
          ...(filter.locationId ? { locationId: filter.locationId } : {}),
        },
      },
    });
  }
  if (filter.reference) conditions.push({ reference: filter.reference });
  if (filter.holder) conditions.push({ holder: filter.holder });
  return { AND: conditions };
}
