// Transfers in transit: a document with lines whose shipping, receiving, closing and cancelling are
// ledger writes. Shipped units move to the in-transit location (src/shared/transit.ts), so every
// reader of the ledger (stockAsOf, verification, valuation, cost fold) counts them exactly once:
// on hand at neither end, still owned and still valued at the product's average cost.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient, StockState, TransferLine, TransferStatus } from '../../generated/prisma/client';
import { actorColumns, type Actor } from '../../shared/actor';
import { userError, type UserError } from '../../shared/errors';
import { TRANSIT_LOCATION_ID } from '../../shared/transit';
import { checkText, MAX_INT } from '../../shared/validation';
import { transferPayload, type EventDraft } from '../events';
import {
  checkKey,
  failedWrite,
  MAX_MOVEMENT_QUANTITY,
  type Ledger,
  type LevelBook,
  type MovementDraft,
  type PlannedRow,
  type WriteResult,
} from '../stock';
import { type Page, type PageArgs } from '../../shared/pagination';
import {
  catalogRows,
  ensureTransitLocation,
  lockTransfer,
  transferPage,
  transfersByIds,
  type TransferFilter,
  type TransferRecord,
} from './store';

export const MAX_TRANSFER_LINES = 100;

export interface CreateTransferInput {
  fromLocationId: string;
  toLocationId: string;
  lines: Array<{ productId: string; quantity: number }>;
  reference?: string | null;
  expectedArrival?: Date | null;
}

export interface ReceiveTransferInput {
  transferId: string;
  lines: Array<{ productId: string; quantity: number; state: StockState }>;
}

/** One entry of a document's status history (the `history` JSON column). */
export interface StatusChange {
  status: TransferStatus;
  at: string;
  userId: string | null;
  apiKeyId: string | null;
}

/** Units of a line still in transit. */
export function inTransit(line: Pick<TransferLine, 'shipped' | 'received' | 'lost' | 'returned'>): number {
  return line.shipped - line.received - line.lost - line.returned;
}

/** The status a shipped transfer has once its lines stand as they do. */
export function receivingStatus(lines: TransferLine[]): TransferStatus {
  if (lines.every((line) => line.received >= line.shipped)) return 'RECEIVED';
  return lines.some((line) => line.received > 0) ? 'PARTIALLY_RECEIVED' : 'IN_TRANSIT';
}

/** Which operations each status allows. */
const ALLOWED: Record<string, TransferStatus[]> = {
  shipTransfer: ['DRAFT'],
  receiveTransfer: ['IN_TRANSIT', 'PARTIALLY_RECEIVED'],
  closeTransfer: ['IN_TRANSIT', 'PARTIALLY_RECEIVED'],
  cancelTransfer: ['DRAFT', 'IN_TRANSIT', 'PARTIALLY_RECEIVED'],
};

export class TransferService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly ledger: Ledger,
  ) {}

  async byIds(ids: readonly string[]): Promise<TransferRecord[]> {
    return transfersByIds(this.prisma, ids);
  }

  list(filter: TransferFilter, page: PageArgs): Promise<Page<TransferRecord>> {
    return transferPage(this.prisma, filter, page);
  }

  /** Drafts a transfer; nothing moves. */
  async create(actor: Actor | null, input: CreateTransferInput, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    const reference = checkText(errors, 'reference', input.reference, { max: 100 }) || null;
    if (input.fromLocationId === input.toLocationId)
      errors.push(userError('INVALID_FORMAT', ['toLocationId'], 'A transfer goes to a different location.'));
    errors.push(...checkLines(input.lines));
    const seen = new Set<string>();
    input.lines.forEach((line, index) => {
      if (seen.has(line.productId))
        errors.push(
          userError('INVALID_FORMAT', ['lines', String(index), 'productId'], 'Each product may appear once.'),
        );
      seen.add(line.productId);
    });
    if (errors.length > 0) return failedWrite(errors);
    errors.push(...(await this.catalogProblems(input)));
    if (errors.length > 0) return failedWrite(errors);

    const id = randomUUID();
    let created: TransferRecord | null = null;
    return this.ledger.write({
      actor,
      operation: 'createTransfer',
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      keys: [],
      atomic: true,
      documentId: id,
      plan: async (book, tx) => {
        const history = [change('DRAFT', book.at, actor)];
        await tx.transfer.create({
          data: {
            id,
            fromLocationId: input.fromLocationId,
            toLocationId: input.toLocationId,
            reference,
            expectedArrival: input.expectedArrival ?? null,
            history: history as unknown as Prisma.InputJsonValue,
            createdAt: book.at,
            updatedAt: book.at,
            recordedByUserId: actorColumns(actor).userId,
            recordedByApiKeyId: actorColumns(actor).apiKeyId,
            lines: { create: input.lines.map((line) => ({ productId: line.productId, quantity: line.quantity })) },
          },
        });
        created = await lockTransfer(tx, id);
        return [];
      },
      documentEvents: () => (created ? [transferEvent('TRANSFER_CREATED', actor, created)] : []),
    });
  }

  /** Every line's units leave the source for the in-transit location. */
  async ship(actor: Actor | null, input: { transferId: string }, idempotencyKey?: string | null) {
    return this.change(actor, 'shipTransfer', input, idempotencyKey, {
      keys: (transfer) =>
        transfer.lines.flatMap((line) => [at(line, transfer.fromLocationId), at(line, TRANSIT_LOCATION_ID)]),
      apply: (book, transfer) => {
        const rows = transfer.lines.map((line, index) => {
          line.shipped = line.quantity;
          return {
            draft: movement(book, transfer, line.productId, line.quantity, {
              kind: 'TRANSFER',
              fromLocationId: transfer.fromLocationId,
              toLocationId: TRANSIT_LOCATION_ID,
            }),
            field: ['lines', String(index)],
          };
        });
        return { rows, status: 'IN_TRANSIT', event: 'TRANSFER_SHIPPED' };
      },
    });
  }

  /** Some units arrive at the destination, into the state given per line. */
  async receive(actor: Actor | null, input: ReceiveTransferInput, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    errors.push(...checkLines(input.lines));
    input.lines.forEach((line, index) => {
      if (input.lines.findIndex((other) => other.productId === line.productId && other.state === line.state) < index)
        errors.push(userError('INVALID_FORMAT', ['lines', String(index)], 'Each product and state may appear once.'));
    });
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'receiveTransfer', input, idempotencyKey, {
      precheck: (transfer) =>
        input.lines.flatMap((line, index) =>
          transfer.lines.some((held) => held.productId === line.productId)
            ? []
            : [
                userError(
                  'NOT_FOUND',
                  ['lines', String(index), 'productId'],
                  'The transfer has no line of this product.',
                ),
              ],
        ),
      keys: (transfer) =>
        input.lines.flatMap((line) => [at(line, TRANSIT_LOCATION_ID), at(line, transfer.toLocationId)]),
      apply: (book, transfer) => {
        const problems: UserError[] = [];
        const asked = new Map<string, number>();
        for (const line of input.lines) asked.set(line.productId, (asked.get(line.productId) ?? 0) + line.quantity);
        input.lines.forEach((line, index) => {
          const held = transfer.lines.find((candidate) => candidate.productId === line.productId)!;
          const total = asked.get(line.productId)!;
          if (total > inTransit(held) && input.lines.findIndex((other) => other.productId === line.productId) === index)
            problems.push(
              userError(
                'EXCEEDS_OUTSTANDING',
                ['lines', String(index), 'quantity'],
                `Asked to receive ${total} but only ${inTransit(held)} of this product are still in transit.`,
              ),
            );
        });
        if (problems.length > 0) return { errors: problems };
        const rows = input.lines.map((line, index) => {
          transfer.lines.find((held) => held.productId === line.productId)!.received += line.quantity;
          return {
            draft: movement(book, transfer, line.productId, line.quantity, {
              kind: 'TRANSFER',
              fromLocationId: TRANSIT_LOCATION_ID,
              toLocationId: transfer.toLocationId,
              toState: line.state,
            }),
            field: ['lines', String(index)],
          };
        });
        return { rows, status: receivingStatus(transfer.lines), event: 'TRANSFER_RECEIVED' };
      },
    });
  }

  /** Closes a shipped transfer: what is still in transit is recorded as lost. */
  async close(actor: Actor | null, input: { transferId: string; reason: string }, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    const reason = checkText(errors, 'reason', input.reason, { max: 1000, required: true });
    if (reason === undefined && errors.length === 0)
      errors.push(userError('BLANK', ['reason'], 'reason must not be empty.'));
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'closeTransfer', input, idempotencyKey, {
      keys: (transfer) => transfer.lines.map((line) => at(line, TRANSIT_LOCATION_ID)),
      apply: (book, transfer) => {
        transfer.closeReason = reason!;
        const rows = transfer.lines.flatMap((line, index) => {
          const lost = inTransit(line);
          if (lost === 0) return [];
          line.lost += lost;
          const draft = movement(book, transfer, line.productId, lost, {
            kind: 'WRITE_OFF',
            fromLocationId: TRANSIT_LOCATION_ID,
            toLocationId: null,
            reason: 'SHRINKAGE',
          });
          return [
            {
              draft: { ...draft, note: `Lost in transit: ${reason!}`.slice(0, 1000) },
              field: ['lines', String(index)],
            },
          ];
        });
        return { rows, status: 'CLOSED', event: 'TRANSFER_CLOSED' };
      },
    });
  }

  /** Cancels: a draft with no movement; a shipped transfer by returning its units in transit to the source. */
  async cancel(
    actor: Actor | null,
    input: { transferId: string; reason?: string | null },
    idempotencyKey?: string | null,
  ) {
    const errors = checkKey(idempotencyKey);
    const reason = checkText(errors, 'reason', input.reason, { max: 1000 }) || null;
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'cancelTransfer', input, idempotencyKey, {
      keys: (transfer) =>
        transfer.status === 'DRAFT'
          ? []
          : transfer.lines.flatMap((line) => [at(line, TRANSIT_LOCATION_ID), at(line, transfer.fromLocationId)]),
      apply: (book, transfer) => {
        transfer.closeReason = reason;
        const rows = transfer.lines.flatMap((line, index) => {
          const back = inTransit(line);
          if (back === 0) return [];
          line.returned += back;
          return [
            {
              draft: movement(book, transfer, line.productId, back, {
                kind: 'TRANSFER',
                fromLocationId: TRANSIT_LOCATION_ID,
                toLocationId: transfer.fromLocationId,
              }),
              field: ['lines', String(index)],
            },
          ];
        });
        return { rows, status: 'CANCELLED', event: 'TRANSFER_CANCELLED' };
      },
    });
  }

  /**
   * A change to one existing transfer, as one ledger write: its levels are known from its lines
   * (which never change after creation) and locked first; then the transfer row is locked and read
   * again, so its status and quantities are those every earlier change committed. `apply` edits
   * the locked copy and returns the movements; the copy is saved in the same transaction.
   */
  private async change(
    actor: Actor | null,
    operation: string,
    input: { transferId: string },
    idempotencyKey: string | null | undefined,
    steps: {
      precheck?: (transfer: TransferRecord) => UserError[];
      keys: (transfer: TransferRecord) => Array<{ productId: string; locationId: string }>;
      apply: (
        book: LevelBook,
        transfer: TransferRecord,
      ) =>
        | { errors: UserError[] }
        | { rows: Array<{ draft: MovementDraft; field: string[] }>; status: TransferStatus; event: EventType };
    },
  ): Promise<WriteResult> {
    const keyErrors = checkKey(idempotencyKey);
    if (keyErrors.length > 0) return failedWrite(keyErrors);
    const [found] = await transfersByIds(this.prisma, [input.transferId]);
    if (!found) return failedWrite([userError('NOT_FOUND', ['transferId'], 'No transfer has this ID.')]);
    const early = steps.precheck?.(found) ?? [];
    if (early.length > 0) return failedWrite(early);
    await ensureTransitLocation(this.prisma);
    let saved: { transfer: TransferRecord; event: EventType } | null = null;
    return this.ledger.write({
      actor,
      operation,
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      // The levels a write may touch; a cancel decides under the lock, so it locks both ends when shipped.
      keys: steps.keys(found),
      atomic: true,
      documentId: found.id,
      plan: async (book, tx): Promise<PlannedRow[]> => {
        const transfer = (await lockTransfer(tx, found.id))!;
        if (!ALLOWED[operation]!.includes(transfer.status))
          return [{ errors: [statusRefusal(operation, transfer.status)] }];
        if (operation === 'cancelTransfer' && transfer.status !== 'DRAFT' && found.status === 'DRAFT')
          // Shipped since it was read: its levels were not locked. Asking again locks them.
          return [{ errors: [statusRefusal(operation, 'IN_TRANSIT', 'It shipped meanwhile; cancel again.')] }];
        const outcome = steps.apply(book, transfer);
        if ('errors' in outcome) return [{ errors: outcome.errors }];
        // Units at the in-transit location are never available: its levels' safety stock is the maximum.
        for (const productId of new Set(outcome.rows.map((row) => row.draft.productId))) {
          const key = { productId, locationId: TRANSIT_LOCATION_ID };
          const level = book.get(key);
          if (level.safetyStock !== MAX_INT) {
            level.safetyStock = MAX_INT;
            book.touch(key);
          }
        }
        transfer.status = outcome.status;
        transfer.updatedAt = book.at;
        const history = [...(transfer.history as unknown as StatusChange[]), change(outcome.status, book.at, actor)];
        transfer.history = history as unknown as Prisma.JsonValue;
        await tx.transfer.update({
          where: { id: transfer.id },
          data: {
            status: transfer.status,
            updatedAt: book.at,
            closeReason: transfer.closeReason,
            history: history as unknown as Prisma.InputJsonValue,
          },
        });
        for (const line of transfer.lines)
          await tx.transferLine.update({
            where: { transferId_productId: { transferId: line.transferId, productId: line.productId } },
            data: { shipped: line.shipped, received: line.received, lost: line.lost, returned: line.returned },
          });
        saved = { transfer, event: outcome.event };
        return outcome.rows.length > 0 ? outcome.rows : [{ nothing: true }];
      },
      documentEvents: () => (saved ? [transferEvent(saved.event, actor, saved.transfer)] : []),
    });
  }

  /** Missing, archived or in-transit locations and products, each error at its field. */
  private async catalogProblems(input: CreateTransferInput): Promise<UserError[]> {
    const found = await catalogRows(
      this.prisma,
      input.lines.map((line) => line.productId),
      [input.fromLocationId, input.toLocationId],
    );
    const errors: UserError[] = [];
    for (const field of ['fromLocationId', 'toLocationId'] as const) {
      const location = found.locations.get(input[field]);
      if (!location) errors.push(userError('NOT_FOUND', [field], 'No location has this ID.'));
      else if (!location.active) errors.push(userError('ARCHIVED', [field], `Location ${location.code} is archived.`));
    }
    input.lines.forEach((line, index) => {
      const product = found.products.get(line.productId);
      const field = ['lines', String(index), 'productId'];
      if (!product) errors.push(userError('NOT_FOUND', field, 'No product has this ID.'));
      else if (!product.active) errors.push(userError('ARCHIVED', field, `Product ${product.sku} is archived.`));
    });
    return errors;
  }
}

type EventType =
  'TRANSFER_CREATED' | 'TRANSFER_SHIPPED' | 'TRANSFER_RECEIVED' | 'TRANSFER_CLOSED' | 'TRANSFER_CANCELLED';

function checkLines(lines: Array<{ quantity: number }>): UserError[] {
  const errors: UserError[] = [];
  if (lines.length === 0 || lines.length > MAX_TRANSFER_LINES)
    errors.push(userError('OUT_OF_RANGE', ['lines'], `Send 1 to ${MAX_TRANSFER_LINES} lines (got ${lines.length}).`));
  lines.forEach((line, index) => {
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_MOVEMENT_QUANTITY)
      errors.push(
        userError(
          'OUT_OF_RANGE',
          ['lines', String(index), 'quantity'],
          `quantity must be a whole number from 1 to ${MAX_MOVEMENT_QUANTITY}.`,
        ),
      );
  });
  return errors;
}

function at(line: { productId: string }, locationId: string) {
  return { productId: line.productId, locationId };
}

function change(status: TransferStatus, when: Date, actor: Actor | null): StatusChange {
  const by = actorColumns(actor);
  return { status, at: when.toISOString(), userId: by.userId, apiKeyId: by.apiKeyId };
}

function statusRefusal(operation: string, status: TransferStatus, extra = ''): UserError {
  const allowed = ALLOWED[operation]!.join(', ');
  return userError(
    'INVALID_STATUS',
    ['transferId'],
    `The transfer is ${status}; ${operation} needs ${allowed}.${extra ? ` ${extra}` : ''}`,
  );
}

/** A movement of the transfer's units; every unit leaving the in-transit location is taken as a correction. */
function movement(
  book: LevelBook,
  transfer: TransferRecord,
  productId: string,
  quantity: number,
  route: Pick<MovementDraft, 'kind' | 'fromLocationId' | 'toLocationId'> & {
    toState?: StockState;
    reason?: MovementDraft['reason'];
  },
): MovementDraft {
  return {
    kind: route.kind,
    productId,
    fromLocationId: route.fromLocationId,
    toLocationId: route.toLocationId,
    quantity,
    unitCost: null,
    unitPrice: null,
    reason: route.reason ?? 'TRANSFER',
    reference: transfer.reference,
    counterparty: null,
    note: `Transfer ${transfer.id}`,
    occurredAt: book.at,
    backDated: false,
    reversalOfId: null,
    fromState: 'AVAILABLE',
    toState: route.toState ?? 'AVAILABLE',
    reservationId: null,
    purpose: route.fromLocationId === TRANSIT_LOCATION_ID ? 'correction' : undefined,
  };
}

function transferEvent(type: EventType, actor: Actor | null, transfer: TransferRecord): EventDraft {
  return {
    type,
    actor,
    productIds: transfer.lines.map((line) => line.productId),
    locationIds: [transfer.fromLocationId, transfer.toLocationId],
    payload: transferPayload(transfer),
  };
}
