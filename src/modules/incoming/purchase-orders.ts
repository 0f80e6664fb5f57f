// Purchase orders: stock ordered from a supplier. Drafting, changing, placing, closing and
// cancelling change the document only; receiving records RECEIPT movements through the ledger at the
// line's cost (or the receipt's), so the moving average follows what the stock really cost. Every
// command is a ledger write, so it claims its idempotency key in the same transaction and writes its
// event with the change.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient, PurchaseOrderStatus, StockState } from '../../generated/prisma/client';
import { actorColumns, type Actor } from '../../shared/actor';
import { Decimal } from '../../shared/decimal';
import { userError, type UserError } from '../../shared/errors';
import { checkMoney, checkText } from '../../shared/validation';
import { purchaseOrderPayload, type EventDraft } from '../events';
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
import type { Page, PageArgs } from '../../shared/pagination';
import {
  catalogRows,
  linesByIds,
  lockPurchaseOrder,
  purchaseOrderPage,
  purchaseOrdersByIds,
  type PurchaseOrderFilter,
  type PurchaseOrderRecord,
} from './store';

export const MAX_PURCHASE_ORDER_LINES = 100;

export interface PurchaseOrderLineInput {
  productId: string;
  locationId?: string | null;
  quantity: number;
  unitCost: Decimal;
  tolerance?: number | null;
}

export interface CreatePurchaseOrderInput {
  supplier: string;
  locationId?: string | null;
  lines: PurchaseOrderLineInput[];
  reference?: string | null;
  expectedAt?: Date | null;
}

export interface UpdatePurchaseOrderInput {
  purchaseOrderId: string;
  supplier?: string | null;
  locationId?: string | null;
  lines?: PurchaseOrderLineInput[] | null;
  reference?: string | null;
  expectedAt?: Date | null;
}

export interface ReceivePurchaseOrderInput {
  purchaseOrderId: string;
  lines: Array<{ lineId: string; quantity: number; state: StockState; unitCost?: Decimal | null }>;
}

/** One entry of an order's status history. */
export interface OrderStatusChange {
  status: PurchaseOrderStatus;
  at: string;
  userId: string | null;
  apiKeyId: string | null;
}

/** A low-stock suggestion at a location, as the reports give it (incoming already subtracted). */
export interface Suggestion {
  productId: string;
  suggestedOrderQuantity: number;
}

/** What drafting from suggestions reads: the suggestions, and products' suppliers and costs. */
export interface SuggestionSource {
  suggestions(locationId: string, category: string | null): Promise<Suggestion[]>;
  averageCosts(productIds: string[]): Promise<Map<string, Decimal | null>>;
}

type OrderEvent =
  | 'PURCHASE_ORDER_CREATED'
  | 'PURCHASE_ORDER_UPDATED'
  | 'PURCHASE_ORDER_PLACED'
  | 'PURCHASE_ORDER_RECEIVED'
  | 'PURCHASE_ORDER_CLOSED'
  | 'PURCHASE_ORDER_CANCELLED';

/** Units of a line still expected while its order is open. */
export function outstanding(line: { quantity: number; received: number }): number {
  return Math.max(line.quantity - line.received, 0);
}

/** The status of a placed order once its lines stand as they do. */
export function receivingStatus(lines: Array<{ quantity: number; received: number }>): PurchaseOrderStatus {
  if (lines.every((line) => line.received >= line.quantity)) return 'RECEIVED';
  return lines.some((line) => line.received > 0) ? 'PARTIALLY_RECEIVED' : 'ORDERED';
}

const ALLOWED: Record<string, PurchaseOrderStatus[]> = {
  updatePurchaseOrder: ['DRAFT'],
  placePurchaseOrder: ['DRAFT'],
  // A RECEIVED order still takes units within its lines' tolerance.
  receivePurchaseOrder: ['ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED'],
  closePurchaseOrder: ['ORDERED', 'PARTIALLY_RECEIVED'],
  cancelPurchaseOrder: ['DRAFT', 'ORDERED'],
};

interface Outcome {
  rows: Array<{ draft: MovementDraft; field: string[] }>;
  status: PurchaseOrderStatus;
  event: OrderEvent;
  /** Lines to write instead of the stored ones (updatePurchaseOrder). */
  replaceLines?: ResolvedLine[];
}

interface ResolvedLine {
  productId: string;
  locationId: string;
  quantity: number;
  unitCost: Decimal;
  tolerance: number;
}

export class PurchaseOrderService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly ledger: Ledger,
    private readonly source: SuggestionSource,
  ) {}

  byIds(ids: readonly string[]): Promise<PurchaseOrderRecord[]> {
    return purchaseOrdersByIds(this.prisma, ids);
  }

  list(filter: PurchaseOrderFilter, page: PageArgs): Promise<Page<PurchaseOrderRecord>> {
    return purchaseOrderPage(this.prisma, filter, page);
  }

  /** Drafts an order; nothing is incoming until it is placed. */
  async create(actor: Actor | null, input: CreatePurchaseOrderInput, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    const supplier = checkText(errors, 'supplier', input.supplier, { max: 200, required: true });
    if (supplier === undefined && errors.length === 0)
      errors.push(userError('BLANK', ['supplier'], 'supplier must not be empty.'));
    const reference = checkText(errors, 'reference', input.reference, { max: 100 }) || null;
    const lines = await this.resolveLines(errors, input.lines, input.locationId ?? null);
    if (errors.length > 0 || !lines) return failedWrite(errors);
    const id = randomUUID();
    let created: PurchaseOrderRecord | null = null;
    return this.ledger.write({
      actor,
      operation: 'createPurchaseOrder',
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      keys: [],
      atomic: true,
      documentId: id,
      plan: async (book, tx) => {
        created = await insertOrder(tx, actor, book.at, {
          id,
          supplier: supplier!,
          reference,
          expectedAt: input.expectedAt ?? null,
          lines,
        });
        return [];
      },
      documentEvents: () => (created ? [orderEvent('PURCHASE_ORDER_CREATED', actor, created)] : []),
    });
  }

  /** Drafts one order per supplier from the low-stock suggestions at a location. */
  async createFromSuggestions(
    actor: Actor | null,
    input: {
      locationId: string;
      supplierByProduct?: Array<{ productId: string; supplier: string }> | null;
      expectedAt?: Date | null;
      category?: string | null;
    },
  ): Promise<{ purchaseOrders: PurchaseOrderRecord[]; unassigned: string[]; userErrors: UserError[] }> {
    const errors: UserError[] = [];
    const given = new Map<string, string>();
    (input.supplierByProduct ?? []).forEach((entry, index) => {
      const supplier = checkText(errors, 'supplier', entry.supplier, { max: 200, required: true });
      if (supplier === undefined && errors.length === 0)
        errors.push(
          userError('BLANK', ['supplierByProduct', String(index), 'supplier'], 'supplier must not be empty.'),
        );
      if (supplier) given.set(entry.productId, supplier);
    });
    const found = await catalogRows(this.prisma, [], [input.locationId]);
    const location = found.locations.get(input.locationId);
    if (!location) errors.push(userError('NOT_FOUND', ['locationId'], 'No location has this ID.'));
    else if (!location.active)
      errors.push(userError('ARCHIVED', ['locationId'], `Location ${location.code} is archived.`));
    if (errors.length > 0) return { purchaseOrders: [], unassigned: [], userErrors: errors };

    const suggestions = (await this.source.suggestions(input.locationId, input.category ?? null)).filter(
      (suggestion) => suggestion.suggestedOrderQuantity > 0,
    );
    const products = await this.prisma.product.findMany({
      where: { id: { in: suggestions.map((suggestion) => suggestion.productId) } },
      select: { id: true, preferredSupplier: true },
    });
    const preferred = new Map(products.map((product) => [product.id, product.preferredSupplier]));
    const costs = await this.source.averageCosts(suggestions.map((suggestion) => suggestion.productId));
    const bySupplier = new Map<string, PurchaseOrderLineInput[]>();
    const unassigned: string[] = [];
    for (const suggestion of suggestions) {
      const supplier = given.get(suggestion.productId) ?? preferred.get(suggestion.productId) ?? null;
      if (!supplier) {
        unassigned.push(suggestion.productId);
        continue;
      }
      const lines = bySupplier.get(supplier) ?? [];
      lines.push({
        productId: suggestion.productId,
        locationId: input.locationId,
        quantity: Math.min(suggestion.suggestedOrderQuantity, MAX_MOVEMENT_QUANTITY),
        unitCost: costs.get(suggestion.productId)?.toDecimalPlaces(4) ?? new Decimal(0),
      });
      bySupplier.set(supplier, lines);
    }
    const purchaseOrders: PurchaseOrderRecord[] = [];
    for (const [supplier, lines] of [...bySupplier.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      for (let start = 0; start < lines.length; start += MAX_PURCHASE_ORDER_LINES) {
        const result = await this.create(actor, {
          supplier,
          lines: lines.slice(start, start + MAX_PURCHASE_ORDER_LINES),
          expectedAt: input.expectedAt ?? null,
        });
        if (result.userErrors.length > 0) return { purchaseOrders, unassigned, userErrors: result.userErrors };
        purchaseOrders.push(...(await this.byIds([result.documentId!])));
      }
    }
    return { purchaseOrders, unassigned, userErrors: [] };
  }

  /** Changes a DRAFT order: the fields given replace the stored ones. */
  async update(actor: Actor | null, input: UpdatePurchaseOrderInput, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    const supplier =
      input.supplier === undefined || input.supplier === null
        ? undefined
        : checkText(errors, 'supplier', input.supplier, { max: 200, required: true });
    if (input.supplier != null && supplier === undefined && errors.length === 0)
      errors.push(userError('BLANK', ['supplier'], 'supplier must not be empty.'));
    const reference = checkText(errors, 'reference', input.reference, { max: 100 });
    const lines = input.lines ? await this.resolveLines(errors, input.lines, input.locationId ?? null) : undefined;
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'updatePurchaseOrder', input, idempotencyKey, {
      keys: () => [],
      apply: (_book, order) => {
        if (supplier !== undefined) order.supplier = supplier;
        if (input.reference !== undefined) order.reference = reference || null;
        if (input.expectedAt !== undefined) order.expectedAt = input.expectedAt;
        return { rows: [], status: 'DRAFT', event: 'PURCHASE_ORDER_UPDATED', replaceLines: lines ?? undefined };
      },
    });
  }

  /** Places a DRAFT order: its lines count as incoming. */
  place(actor: Actor | null, input: { purchaseOrderId: string }, idempotencyKey?: string | null) {
    return this.change(actor, 'placePurchaseOrder', input, idempotencyKey, {
      keys: () => [],
      apply: () => ({ rows: [], status: 'ORDERED', event: 'PURCHASE_ORDER_PLACED' }),
    });
  }

  /** Records what arrived: a RECEIPT per line at its cost, within the line's quantity plus tolerance. */
  async receive(actor: Actor | null, input: ReceivePurchaseOrderInput, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    if (input.lines.length === 0 || input.lines.length > MAX_PURCHASE_ORDER_LINES)
      errors.push(
        userError(
          'OUT_OF_RANGE',
          ['lines'],
          `Send 1 to ${MAX_PURCHASE_ORDER_LINES} lines (got ${input.lines.length}).`,
        ),
      );
    input.lines.forEach((line, index) => {
      const at = ['lines', String(index)];
      if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_MOVEMENT_QUANTITY)
        errors.push(
          userError(
            'OUT_OF_RANGE',
            [...at, 'quantity'],
            `quantity must be a whole number from 1 to ${MAX_MOVEMENT_QUANTITY}.`,
          ),
        );
      const costErrors: UserError[] = [];
      checkMoney(costErrors, 'unitCost', line.unitCost);
      errors.push(...costErrors.map((error) => ({ ...error, field: [...at, 'unitCost'] })));
    });
    if (errors.length > 0) return failedWrite(errors);
    const stored = await linesByIds(
      this.prisma,
      input.lines.map((line) => line.lineId),
    );
    const byId = new Map(stored.map((line) => [line.id, line]));
    const missing = input.lines.flatMap((line, index) =>
      byId.get(line.lineId)?.purchaseOrderId === input.purchaseOrderId
        ? []
        : [userError('NOT_FOUND', ['lines', String(index), 'lineId'], 'The purchase order has no line with this ID.')],
    );
    if (missing.length > 0) return failedWrite(missing);
    return this.change(actor, 'receivePurchaseOrder', input, idempotencyKey, {
      keys: () =>
        input.lines.map((line) => ({
          productId: byId.get(line.lineId)!.productId,
          locationId: byId.get(line.lineId)!.locationId,
        })),
      apply: (book, order) => {
        const asked = new Map<string, number>();
        for (const line of input.lines) asked.set(line.lineId, (asked.get(line.lineId) ?? 0) + line.quantity);
        const problems = input.lines.flatMap((line, index) => {
          const held = order.lines.find((candidate) => candidate.id === line.lineId)!;
          const room = held.quantity + held.tolerance - held.received;
          const total = asked.get(line.lineId)!;
          if (total <= room || input.lines.findIndex((other) => other.lineId === line.lineId) !== index) return [];
          return [
            userError(
              'EXCEEDS_OUTSTANDING',
              ['lines', String(index), 'quantity'],
              `Asked to receive ${total} but the line can take only ${Math.max(room, 0)} more (quantity ${held.quantity}, tolerance ${held.tolerance}, received ${held.received}).`,
            ),
          ];
        });
        if (problems.length > 0) return { errors: problems };
        const rows = input.lines.map((line, index) => {
          const held = order.lines.find((candidate) => candidate.id === line.lineId)!;
          held.received += line.quantity;
          const draft: MovementDraft = {
            kind: 'RECEIPT',
            productId: held.productId,
            fromLocationId: null,
            toLocationId: held.locationId,
            quantity: line.quantity,
            unitCost: line.unitCost ?? new Decimal(held.unitCost),
            unitPrice: null,
            reason: 'RECEIVED',
            reference: order.reference,
            counterparty: order.supplier,
            note: `Purchase order ${order.id}`,
            occurredAt: book.at,
            backDated: false,
            reversalOfId: null,
            fromState: 'AVAILABLE',
            toState: line.state,
            reservationId: null,
          };
          return { draft, field: ['lines', String(index)] };
        });
        return { rows, status: receivingStatus(order.lines), event: 'PURCHASE_ORDER_RECEIVED' };
      },
    });
  }

  /** Closes an open order: the rest will not come. */
  async close(
    actor: Actor | null,
    input: { purchaseOrderId: string; reason?: string | null },
    idempotencyKey?: string | null,
  ) {
    const errors = checkKey(idempotencyKey);
    const reason = checkText(errors, 'reason', input.reason, { max: 1000 }) || null;
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'closePurchaseOrder', input, idempotencyKey, {
      keys: () => [],
      apply: (_book, order) => {
        order.closeReason = reason;
        return { rows: [], status: 'CLOSED', event: 'PURCHASE_ORDER_CLOSED' };
      },
    });
  }

  /** Cancels an order nothing has arrived against. */
  async cancel(
    actor: Actor | null,
    input: { purchaseOrderId: string; reason?: string | null },
    idempotencyKey?: string | null,
  ) {
    const errors = checkKey(idempotencyKey);
    const reason = checkText(errors, 'reason', input.reason, { max: 1000 }) || null;
    if (errors.length > 0) return failedWrite(errors);
    return this.change(actor, 'cancelPurchaseOrder', input, idempotencyKey, {
      keys: () => [],
      apply: (_book, order) => {
        if (order.lines.some((line) => line.received > 0)) return { errors: [receivedRefusal()] };
        order.closeReason = reason;
        return { rows: [], status: 'CANCELLED', event: 'PURCHASE_ORDER_CANCELLED' };
      },
    });
  }

  /**
   * A change to one existing order, as one ledger write: the levels it receives into are locked
   * first, then the order and its lines, read again under the lock; `apply` edits the locked copy,
   * which is saved in the same transaction.
   */
  private async change(
    actor: Actor | null,
    operation: string,
    input: { purchaseOrderId: string },
    idempotencyKey: string | null | undefined,
    steps: {
      keys: () => Array<{ productId: string; locationId: string }>;
      apply: (book: LevelBook, order: PurchaseOrderRecord) => { errors: UserError[] } | Outcome;
    },
  ): Promise<WriteResult> {
    const keyErrors = checkKey(idempotencyKey);
    if (keyErrors.length > 0) return failedWrite(keyErrors);
    const [found] = await purchaseOrdersByIds(this.prisma, [input.purchaseOrderId]);
    if (!found) return failedWrite([userError('NOT_FOUND', ['purchaseOrderId'], 'No purchase order has this ID.')]);
    let saved: { order: PurchaseOrderRecord; event: OrderEvent } | null = null;
    return this.ledger.write({
      actor,
      operation,
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      keys: steps.keys(),
      atomic: true,
      documentId: found.id,
      plan: async (book, tx): Promise<PlannedRow[]> => {
        const order = (await lockPurchaseOrder(tx, found.id))!;
        if (!ALLOWED[operation]!.includes(order.status)) {
          const refusal =
            operation === 'cancelPurchaseOrder' && order.lines.some((line) => line.received > 0)
              ? receivedRefusal()
              : statusRefusal(operation, order.status);
          return [{ errors: [refusal] }];
        }
        const outcome = steps.apply(book, order);
        if ('errors' in outcome) return [{ errors: outcome.errors }];
        order.status = outcome.status;
        order.updatedAt = book.at;
        const history = [...(order.history as unknown as OrderStatusChange[]), change(outcome.status, book.at, actor)];
        await tx.purchaseOrder.update({
          where: { id: order.id },
          data: {
            status: order.status,
            supplier: order.supplier,
            reference: order.reference,
            expectedAt: order.expectedAt,
            closeReason: order.closeReason,
            updatedAt: book.at,
            history: history as unknown as Prisma.InputJsonValue,
          },
        });
        if (outcome.replaceLines) {
          await tx.purchaseOrderLine.deleteMany({ where: { purchaseOrderId: order.id } });
          await tx.purchaseOrderLine.createMany({ data: lineRows(order.id, outcome.replaceLines) });
        } else {
          for (const line of order.lines)
            await tx.purchaseOrderLine.update({ where: { id: line.id }, data: { received: line.received } });
        }
        const [after] = await purchaseOrdersByIds(tx, [order.id]);
        saved = { order: after!, event: outcome.event };
        return outcome.rows.length > 0 ? outcome.rows : [{ nothing: true }];
      },
      documentEvents: () => (saved ? [orderEvent(saved.event, actor, saved.order)] : []),
    });
  }

  /** Checks lines and resolves each one's location (its own, else the order's); null when one cannot be. */
  private async resolveLines(
    errors: UserError[],
    lines: PurchaseOrderLineInput[],
    orderLocationId: string | null,
  ): Promise<ResolvedLine[] | null> {
    if (lines.length === 0 || lines.length > MAX_PURCHASE_ORDER_LINES)
      errors.push(
        userError('OUT_OF_RANGE', ['lines'], `Send 1 to ${MAX_PURCHASE_ORDER_LINES} lines (got ${lines.length}).`),
      );
    const resolved = lines.map((line, index): ResolvedLine | null => {
      const at = ['lines', String(index)];
      if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_MOVEMENT_QUANTITY)
        errors.push(
          userError(
            'OUT_OF_RANGE',
            [...at, 'quantity'],
            `quantity must be a whole number from 1 to ${MAX_MOVEMENT_QUANTITY}.`,
          ),
        );
      const tolerance = line.tolerance ?? 0;
      if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > MAX_MOVEMENT_QUANTITY)
        errors.push(
          userError(
            'OUT_OF_RANGE',
            [...at, 'tolerance'],
            `tolerance must be a whole number from 0 to ${MAX_MOVEMENT_QUANTITY}.`,
          ),
        );
      const costErrors: UserError[] = [];
      const unitCost = checkMoney(costErrors, 'unitCost', line.unitCost);
      errors.push(...costErrors.map((error) => ({ ...error, field: [...at, 'unitCost'] })));
      const locationId = line.locationId ?? orderLocationId;
      if (!locationId) {
        errors.push(userError('BLANK', [...at, 'locationId'], 'Give the line a locationId, or the order one.'));
        return null;
      }
      return unitCost ? { productId: line.productId, locationId, quantity: line.quantity, unitCost, tolerance } : null;
    });
    const found = await catalogRows(
      this.prisma,
      lines.map((line) => line.productId),
      resolved.flatMap((line) => (line ? [line.locationId] : [])),
    );
    lines.forEach((line, index) => {
      const at = ['lines', String(index)];
      const product = found.products.get(line.productId);
      if (!product) errors.push(userError('NOT_FOUND', [...at, 'productId'], 'No product has this ID.'));
      else if (!product.active)
        errors.push(userError('ARCHIVED', [...at, 'productId'], `Product ${product.sku} is archived.`));
      const locationId = resolved[index]?.locationId;
      if (!locationId) return;
      const location = found.locations.get(locationId);
      const field = line.locationId ? [...at, 'locationId'] : ['locationId'];
      if (!location) errors.push(userError('NOT_FOUND', field, 'No location has this ID.'));
      else if (!location.active) errors.push(userError('ARCHIVED', field, `Location ${location.code} is archived.`));
    });
    if (errors.length > 0) return null;
    return resolved as ResolvedLine[];
  }
}

function lineRows(purchaseOrderId: string, lines: ResolvedLine[]) {
  return lines.map((line, position) => ({
    purchaseOrderId,
    position,
    productId: line.productId,
    locationId: line.locationId,
    quantity: line.quantity,
    unitCost: line.unitCost,
    tolerance: line.tolerance,
  }));
}

async function insertOrder(
  tx: Prisma.TransactionClient,
  actor: Actor | null,
  at: Date,
  order: { id: string; supplier: string; reference: string | null; expectedAt: Date | null; lines: ResolvedLine[] },
): Promise<PurchaseOrderRecord> {
  const by = actorColumns(actor);
  await tx.purchaseOrder.create({
    data: {
      id: order.id,
      supplier: order.supplier,
      reference: order.reference,
      expectedAt: order.expectedAt,
      history: [change('DRAFT', at, actor)] as unknown as Prisma.InputJsonValue,
      createdAt: at,
      updatedAt: at,
      recordedByUserId: by.userId,
      recordedByApiKeyId: by.apiKeyId,
    },
  });
  await tx.purchaseOrderLine.createMany({ data: lineRows(order.id, order.lines) });
  const [created] = await purchaseOrdersByIds(tx, [order.id]);
  return created!;
}

function change(status: PurchaseOrderStatus, when: Date, actor: Actor | null): OrderStatusChange {
  const by = actorColumns(actor);
  return { status, at: when.toISOString(), userId: by.userId, apiKeyId: by.apiKeyId };
}

function statusRefusal(operation: string, status: PurchaseOrderStatus): UserError {
  return userError(
    'INVALID_STATUS',
    ['purchaseOrderId'],
    `The purchase order is ${status}; ${operation} needs ${ALLOWED[operation]!.join(', ')}.`,
  );
}

function receivedRefusal(): UserError {
  return userError(
    'INVALID_STATUS',
    ['purchaseOrderId'],
    'Units have been received against this purchase order, so it cannot be cancelled; close it instead.',
  );
}

function orderEvent(type: OrderEvent, actor: Actor | null, order: PurchaseOrderRecord): EventDraft {
  return {
    type,
    actor,
    productIds: [...new Set(order.lines.map((line) => line.productId))],
    locationIds: [...new Set(order.lines.map((line) => line.locationId))],
    payload: purchaseOrderPayload(order),
  };
}
