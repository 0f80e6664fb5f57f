// Stock commands: the rules for each kind of movement, turned into drafts the ledger records.
import {
  Prisma,
  type Location,
  type MovementKind,
  type MovementReason,
  type PrismaClient,
  type Product,
  type StockState,
} from '../../generated/prisma/client';
import { readSqlThrough, transactionsThrough, type ReadSql, type RunTransaction } from '../../db/sql';
import type { Decimal } from '../../shared/decimal';
import type { Actor } from '../../shared/actor';
import { userError, type UserError } from '../../shared/errors';
import { TRANSIT_LOCATION_ID } from '../../shared/transit';
import { checkMoney, checkText } from '../../shared/validation';
import { audit } from '../../shared/audit';
import { buildDueCheckpoints } from './checkpoints';
import {
  failedWrite,
  Ledger,
  takeableFor,
  type LedgerOptions,
  type LevelKey,
  type MovementDraft,
  type PlannedRow,
  type WriteRequest,
  type WriteResult,
} from './ledger';

// What every command answers; resolvers read it from here, since the ledger is the service's own.
export { failedWrite, type WriteResult } from './ledger';

export const MAX_MOVEMENT_QUANTITY = 1_000_000_000;
export const MAX_BATCH_ROWS = 500;
/** Clock skew tolerated between a client and the server before an occurredAt counts as future. */
const FUTURE_TOLERANCE_MS = 60_000;

/** Text and time fields every movement may carry. */
export interface MovementDetails {
  reason?: MovementReason | null;
  reference?: string | null;
  counterparty?: string | null;
  note?: string | null;
  occurredAt?: Date | null;
}

/** Any movement, with its direction given by the locations (ids already decoded). */
export interface MovementRow extends MovementDetails {
  kind: MovementKind;
  productId: string;
  fromLocationId?: string | null;
  toLocationId?: string | null;
  quantity: number;
  unitCost?: Decimal | null;
  unitPrice?: Decimal | null;
  /** The state the units leave: WRITE_OFF and STATE_CHANGE only; AVAILABLE when omitted. */
  fromState?: StockState | null;
  /** The state the units arrive in: STATE_CHANGE only. */
  toState?: StockState | null;
  /** The reservation whose held units a SHIPMENT takes. */
  reservationId?: string | null;
}

export interface ChangeStateInput extends MovementDetails {
  productId: string;
  locationId: string;
  quantity: number;
  from: StockState;
  to: StockState;
}

export interface SafetyStockInput {
  productId: string;
  locationId: string;
  quantity: number;
}

export interface AdjustInput extends MovementDetails {
  productId: string;
  locationId: string;
  delta?: number | null;
  countedQuantity?: number | null;
  expectedOnHand?: number | null;
}

export interface ReverseInput {
  movementId: string;
  reason?: MovementReason | null;
  note?: string | null;
  occurredAt?: Date | null;
}

/** A batch row whose IDs could not even be decoded: reported as is. */
export interface RejectedRow {
  errors: UserError[];
}

export type ErrorPolicy = 'REJECT_ALL' | 'REJECT_FAILED_ROWS';

const DEFAULT_REASON: Record<MovementKind, MovementReason> = {
  RECEIPT: 'RECEIVED',
  SHIPMENT: 'SOLD',
  TRANSFER: 'TRANSFER',
  ADJUSTMENT: 'CORRECTION',
  RETURN: 'RETURNED',
  WRITE_OFF: 'DAMAGED',
  STATE_CHANGE: 'OTHER',
};

/** A state change's reason when none is given: why units usually go to that state. */
const STATE_REASON: Record<StockState, MovementReason> = {
  AVAILABLE: 'CORRECTION',
  DAMAGED: 'DAMAGED',
  QUALITY_CONTROL: 'QUALITY_CHECK',
};

/** Which locations each kind needs: 'from', 'to', 'both', or 'either' (adjustments go either way). */
const DIRECTION: Record<MovementKind, 'from' | 'to' | 'both' | 'either'> = {
  RECEIPT: 'to',
  SHIPMENT: 'from',
  TRANSFER: 'both',
  ADJUSTMENT: 'either',
  RETURN: 'to',
  WRITE_OFF: 'from',
  STATE_CHANGE: 'both',
};

/** The products and locations a batch names, by id, with what checkRow reads of them. */
export interface Catalog {
  products: Map<string, Pick<Product, 'id' | 'sku' | 'active' | 'price'>>;
  locations: Map<string, Pick<Location, 'id' | 'code' | 'active'>>;
}

export class StockService {
  /** The write path; reservations share it, so their keys and locks are the ledger's. */
  readonly ledger: Ledger;

  constructor(
    private readonly prisma: PrismaClient,
    options: LedgerOptions,
    /** Statements outside a transaction: the pool's prepared ones in the server (db/sql.ts). */
    private readonly readSql: ReadSql = readSqlThrough(prisma),
    /** The ledger's transactions: in the server, on a connection its statements go to directly (db/client.ts). */
    transaction: RunTransaction = transactionsThrough(prisma),
  ) {
    this.ledger = new Ledger(prisma, options, readSql, transaction);
  }

  /**
   * Builds the monthly checkpoints of the levels that are due (a month, a day after it ends) and
   * returns how many; the background sweep calls it. Reads never wait for it: they sum from the
   * latest month built.
   */
  buildCheckpoints(): Promise<number> {
    return buildDueCheckpoints(this.prisma);
  }

  /**
   * Records one movement of a fixed kind (receipt, shipment, transfer, return, write-off).
   * `inputNames` maps the row's field names to the mutation input's, so errors point at what the
   * client sent (a shipment's `fromLocationId` is its input's `locationId`).
   */
  async recordOne(
    actor: Actor | null,
    operation: string,
    row: MovementRow,
    idempotencyKey?: string | null,
    inputNames: FieldNames = {},
  ): Promise<WriteResult> {
    return renameFields(await this.recordRow(actor, operation, row, idempotencyKey), inputNames);
  }

  private async recordRow(
    actor: Actor | null,
    operation: string,
    row: MovementRow,
    idempotencyKey?: string | null,
  ): Promise<WriteResult> {
    const keyErrors = checkKey(idempotencyKey);
    if (keyErrors.length > 0) return failedWrite(keyErrors);
    const catalog = await this.loadCatalog([row]);
    const checked = checkRow(row, [], catalog);
    if ('errors' in checked) return failedWrite(checked.errors);
    const draft = checked.draft;
    return this.ledger.write({
      actor,
      operation,
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: row,
      keys: levelKeys(draft),
      atomic: true,
      // Held units were counted when the hold was made; only unheld units are prechecked.
      precheck:
        draft.fromLocationId && !draft.reservationId
          ? [
              {
                productId: draft.productId,
                locationId: draft.fromLocationId,
                quantity: draft.quantity,
                field: ['quantity'],
                takeable: (level) => takeableFor(level, draft),
              },
            ]
          : [],
      ...holdsOf([draft]),
      plan: async () => [{ draft, field: [] }],
    });
  }

  /** An adjustment by delta or to a counted quantity, optionally compare-and-set on the on-hand quantity. */
  async adjust(actor: Actor | null, input: AdjustInput, idempotencyKey?: string | null): Promise<WriteResult> {
    const byCount = input.countedQuantity !== null && input.countedQuantity !== undefined;
    return renameFields(await this.adjustLevel(actor, input, idempotencyKey), {
      fromLocationId: 'locationId',
      toLocationId: 'locationId',
      quantity: byCount ? 'countedQuantity' : 'delta',
    });
  }

  private async adjustLevel(
    actor: Actor | null,
    input: AdjustInput,
    idempotencyKey?: string | null,
  ): Promise<WriteResult> {
    const errors = checkKey(idempotencyKey);
    const byDelta = input.delta !== null && input.delta !== undefined;
    const byCount = input.countedQuantity !== null && input.countedQuantity !== undefined;
    if (byDelta === byCount)
      errors.push(userError('INVALID_FORMAT', null, 'Give exactly one of `delta` and `countedQuantity`.'));
    if (byDelta && (input.delta === 0 || Math.abs(input.delta!) > MAX_MOVEMENT_QUANTITY)) {
      errors.push(
        userError('OUT_OF_RANGE', ['delta'], `delta must be non-zero and at most ${MAX_MOVEMENT_QUANTITY} either way.`),
      );
    }
    if (errors.length > 0) return failedWrite(errors);
    // Checked as an upward adjustment of one unit; the real direction and size are known only under the lock.
    const probe: MovementRow = { ...input, kind: 'ADJUSTMENT', toLocationId: input.locationId, quantity: 1 };
    const catalog = await this.loadCatalog([probe]);
    const checked = checkRow(
      { ...probe, reason: input.reason ?? (byCount ? 'CYCLE_COUNT' : 'CORRECTION') },
      [],
      catalog,
    );
    if ('errors' in checked) return failedWrite(checked.errors);
    const key = { productId: input.productId, locationId: input.locationId };
    return this.ledger.write({
      actor,
      operation: 'adjustStock',
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      keys: [key],
      atomic: true,
      plan: async (levels) => {
        const { onHand } = levels.get(key);
        if (input.expectedOnHand !== null && input.expectedOnHand !== undefined && input.expectedOnHand !== onHand) {
          const message = `The on-hand quantity is ${onHand}, not the expected ${input.expectedOnHand}; nothing was changed.`;
          return [{ errors: [userError('STALE_QUANTITY', ['expectedOnHand'], message)] }];
        }
        const delta = byCount ? input.countedQuantity! - onHand : input.delta!;
        if (delta === 0) return [{ nothing: true }];
        // A count is a movement of the difference, held to the same bound as any other movement.
        if (Math.abs(delta) > MAX_MOVEMENT_QUANTITY) {
          const message = `The count differs from the on-hand quantity (${onHand}) by ${Math.abs(delta)}; one adjustment moves at most ${MAX_MOVEMENT_QUANTITY}.`;
          return [{ errors: [userError('OUT_OF_RANGE', ['countedQuantity'], message)] }];
        }
        const direction =
          delta > 0
            ? { fromLocationId: null, toLocationId: input.locationId }
            : { fromLocationId: input.locationId, toLocationId: null };
        return [{ draft: { ...checked.draft, ...direction, quantity: Math.abs(delta) }, field: [] }];
      },
    });
  }

  /** Records the mirror image of a movement: same kind and amounts, locations swapped. */
  async reverse(actor: Actor | null, input: ReverseInput, idempotencyKey?: string | null): Promise<WriteResult> {
    const errors = checkKey(idempotencyKey);
    const note = checkText(errors, 'note', input.note, { max: 1000 });
    if (errors.length > 0) return failedWrite(errors);
    const original = await this.prisma.movement.findUnique({ where: { id: BigInt(input.movementId) } });
    if (!original) return failedWrite([userError('NOT_FOUND', ['movementId'], 'No movement has this ID.')]);
    // A transfer's leg in or out of transit is undone through the transfer (cancel or close it):
    // reversed alone, the transfer would count units in transit that the ledger had moved.
    if (original.fromLocationId === TRANSIT_LOCATION_ID || original.toLocationId === TRANSIT_LOCATION_ID) {
      return failedWrite([
        userError(
          'NOT_APPLICABLE',
          ['movementId'],
          'This movement belongs to a transfer in transit; cancel or close the transfer instead.',
        ),
      ]);
    }
    if (original.reversalOfId !== null) {
      return failedWrite([
        userError(
          'CANNOT_REVERSE_REVERSAL',
          ['movementId'],
          'This movement is itself a reversal; record a new movement instead.',
        ),
      ]);
    }
    const occurredAt = input.occurredAt ?? new Date();
    const timeErrors = checkOccurredAt(occurredAt, ['occurredAt']);
    if (occurredAt < original.occurredAt) {
      timeErrors.push(
        userError('OUT_OF_RANGE', ['occurredAt'], 'A reversal cannot take effect before the movement it reverses.'),
      );
    }
    if (timeErrors.length > 0) return failedWrite(timeErrors);
    const draft: MovementDraft = {
      ...original,
      fromLocationId: original.toLocationId,
      toLocationId: original.fromLocationId,
      fromState: original.toState,
      toState: original.fromState,
      // Units a reversal brings back are not held again: the order they were shipped for is done.
      reservationId: null,
      reason: input.reason ?? 'CORRECTION',
      note: note ?? `Reversal of movement ${original.id}`,
      occurredAt,
      backDated: input.occurredAt !== null && input.occurredAt !== undefined,
      reversalOfId: original.id,
    };
    return this.ledger.write({
      actor,
      operation: 'reverseMovement',
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      keys: levelKeys(draft),
      atomic: true,
      plan: async (_levels, tx) => {
        // Under the locks, so two concurrent reversals of one movement cannot both pass.
        const reversal = await tx.movement.findUnique({ where: { reversalOfId: original.id }, select: { id: true } });
        if (reversal)
          return [
            {
              errors: [userError('ALREADY_REVERSED', ['movementId'], `Movement ${original.id} was already reversed.`)],
            },
          ];
        return [{ draft, field: [] }];
      },
    });
  }

  /** Up to 500 movements of any kind, applied in order. */
  async recordMany(
    actor: Actor | null,
    rows: Array<MovementRow | RejectedRow>,
    policy: ErrorPolicy,
    idempotencyKey?: string | null,
  ): Promise<WriteResult> {
    const errors = checkKey(idempotencyKey);
    if (rows.length === 0 || rows.length > MAX_BATCH_ROWS) {
      errors.push(
        userError('OUT_OF_RANGE', ['movements'], `Send 1 to ${MAX_BATCH_ROWS} movements (got ${rows.length}).`),
      );
    }
    if (errors.length > 0) return failedWrite(errors);
    const catalog = await this.loadCatalog(rows.filter((row): row is MovementRow => !('errors' in row)));
    const planned: PlannedRow[] = rows.map((row, index) => {
      if ('errors' in row) return row;
      const checked = checkRow(row, ['movements', String(index)], catalog);
      return 'errors' in checked ? checked : { draft: checked.draft, field: ['movements', String(index)] };
    });
    const rejectedUpfront = planned.some((row) => 'errors' in row);
    if (policy === 'REJECT_ALL' && rejectedUpfront)
      return failedWrite(planned.flatMap((row) => ('errors' in row ? row.errors : [])));
    const drafts = planned.flatMap((row) => ('draft' in row ? [row.draft] : []));
    return this.ledger.write({
      actor,
      operation: 'recordMovements',
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: { rows, policy },
      keys: drafts.flatMap(levelKeys),
      atomic: policy === 'REJECT_ALL',
      ...holdsOf(drafts),
      plan: async () => planned,
    });
  }

  /** Moves units between AVAILABLE, DAMAGED and QUALITY_CONTROL at one location, as a movement of its own. */
  async changeState(actor: Actor | null, input: ChangeStateInput, idempotencyKey?: string | null) {
    const { locationId, from, to, ...details } = input;
    const row: MovementRow = {
      ...details,
      kind: 'STATE_CHANGE',
      fromLocationId: locationId,
      toLocationId: locationId,
      fromState: from,
      toState: to,
    };
    return this.recordOne(actor, 'changeStockState', row, idempotencyKey, {
      fromLocationId: 'locationId',
      toLocationId: 'locationId',
      fromState: 'from',
      toState: 'to',
    });
  }

  /** Sets the units of a level that are never offered as available; audited. */
  async setSafetyStock(actor: Actor | null, input: SafetyStockInput, idempotencyKey?: string | null) {
    const errors = checkKey(idempotencyKey);
    if (!Number.isInteger(input.quantity) || input.quantity < 0 || input.quantity > MAX_MOVEMENT_QUANTITY)
      errors.push(userError('OUT_OF_RANGE', ['quantity'], `quantity must be from 0 to ${MAX_MOVEMENT_QUANTITY}.`));
    if (errors.length > 0) return failedWrite(errors);
    const probe: MovementRow = {
      kind: 'RECEIPT',
      productId: input.productId,
      toLocationId: input.locationId,
      quantity: 1,
    };
    const catalogErrors = catalogProblems(probe, await this.loadCatalog([probe]), { toLocationId: 'locationId' });
    if (catalogErrors.length > 0) return failedWrite(catalogErrors);
    const key = { productId: input.productId, locationId: input.locationId };
    return this.ledger.write({
      actor,
      operation: 'setSafetyStock',
      idempotencyKey: idempotencyKey ?? null,
      fingerprint: input,
      keys: [key],
      atomic: true,
      plan: async (levels, tx) => {
        const level = levels.get(key);
        // Touched even when unchanged, so the payload carries the level.
        levels.touch(key);
        if (level.safetyStock === input.quantity) return [{ nothing: true }];
        await audit(tx, actor, {
          action: 'stock.safety_stock_set',
          targetType: 'StockLevel',
          targetId: `${input.productId}/${input.locationId}`,
          details: { from: level.safetyStock, to: input.quantity },
        });
        level.safetyStock = input.quantity;
        return [{ nothing: true }];
      },
    });
  }

  /** The products and locations the rows name, in one statement whatever the number of rows. */
  private async loadCatalog(rows: MovementRow[]): Promise<Catalog> {
    const productIds = [...new Set(rows.map((row) => row.productId))];
    const locationIds = [
      ...new Set(rows.flatMap((row) => [row.fromLocationId, row.toLocationId]).filter((id): id is string => !!id)),
    ];
    const found = await this.readSql<{
      product: boolean;
      id: string;
      label: string;
      active: boolean;
      price: Decimal | null;
    }>(
      Prisma.sql`/* writeCatalog */
        SELECT true AS product, p.id::text AS id, p.sku::text AS label, p.active, p.price FROM product p
        WHERE p.id = ANY (${productIds}::uuid[])
        UNION ALL
        SELECT false, l.id::text, l.code::text, l.active, NULL FROM location l WHERE l.id = ANY (${locationIds}::uuid[])`,
    );
    const catalog: Catalog = { products: new Map(), locations: new Map() };
    for (const { product, id, label, active, price } of found) {
      if (product) catalog.products.set(id, { id, sku: label, active, price: price! });
      else catalog.locations.set(id, { id, code: label, active });
    }
    return catalog;
  }
}

/** Row field name -> mutation input field name. */
export type FieldNames = Partial<Record<string, string>>;

function renameFields(result: WriteResult, names: FieldNames): WriteResult {
  const rename = (field: string[] | null) =>
    field && field.map((name, index) => (index === 0 ? (names[name] ?? name) : name));
  return { ...result, userErrors: result.userErrors.map((error) => ({ ...error, field: rename(error.field) })) };
}

/** The reservations shipments take held units from: locked by the write, answered with when there is one. */
function holdsOf(drafts: MovementDraft[]): Pick<WriteRequest, 'reservationIds' | 'reservationId'> {
  const ids = [...new Set(drafts.flatMap((draft) => (draft.reservationId ? [draft.reservationId] : [])))];
  return { reservationIds: ids, reservationId: ids.length === 1 ? ids[0] : null };
}

/** Catalogue problems of a row only (missing or archived product and locations), named as the input names them. */
function catalogProblems(row: MovementRow, catalog: Catalog, names: FieldNames): UserError[] {
  const checked = checkRow(row, [], catalog);
  if (!('errors' in checked)) return [];
  const relevant = checked.errors.filter((error) => error.code === 'NOT_FOUND' || error.code === 'ARCHIVED');
  return renameFields(failedWrite(relevant), names).userErrors;
}

function levelKeys(draft: MovementDraft): LevelKey[] {
  return [draft.fromLocationId, draft.toLocationId]
    .filter((id): id is string => id !== null)
    .map((locationId) => ({ productId: draft.productId, locationId }));
}

/** The idempotency key every stock command takes: optional, up to 255 characters. */
export function checkKey(key: string | null | undefined): UserError[] {
  const errors: UserError[] = [];
  checkText(errors, 'idempotencyKey', key, { max: 255, required: true });
  return errors;
}

function checkOccurredAt(occurredAt: Date, field: string[]): UserError[] {
  if (occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    return [userError('OUT_OF_RANGE', field, 'occurredAt may not be in the future.')];
  }
  return [];
}

/** Validates one movement against the rules of its kind and the catalogue; returns the draft to record. */
export function checkRow(
  row: MovementRow,
  at: string[],
  catalog: Catalog,
): { draft: MovementDraft } | { errors: UserError[] } {
  const errors: UserError[] = [];
  const field = (name: string) => [...at, name];
  const push = (error: UserError) => errors.push(error);

  if (!Number.isInteger(row.quantity) || row.quantity < 1 || row.quantity > MAX_MOVEMENT_QUANTITY) {
    push(
      userError(
        'OUT_OF_RANGE',
        field('quantity'),
        `quantity must be a whole number from 1 to ${MAX_MOVEMENT_QUANTITY}.`,
      ),
    );
  }
  const direction = DIRECTION[row.kind];
  const from = row.fromLocationId ?? null;
  const to = row.toLocationId ?? null;
  const needs = (name: 'fromLocationId' | 'toLocationId', present: boolean, wanted: boolean) => {
    if (wanted && !present) push(userError('BLANK', field(name), `A ${row.kind} needs ${name}.`));
    if (!wanted && present) push(userError('NOT_APPLICABLE', field(name), `A ${row.kind} has no ${name}.`));
  };
  if (direction === 'either') {
    if ((from === null) === (to === null)) {
      push(
        userError(
          'INVALID_FORMAT',
          field('toLocationId'),
          'An ADJUSTMENT needs exactly one of fromLocationId (remove stock) and toLocationId (add stock).',
        ),
      );
    }
  } else {
    needs('fromLocationId', from !== null, direction === 'from' || direction === 'both');
    needs('toLocationId', to !== null, direction === 'to' || direction === 'both');
  }
  const fromState = row.fromState ?? 'AVAILABLE';
  const toState = row.toState ?? 'AVAILABLE';
  if (row.kind === 'STATE_CHANGE') {
    if (from !== null && to !== null && from !== to)
      push(userError('INVALID_FORMAT', field('toLocationId'), 'A STATE_CHANGE happens at one location.'));
    if (fromState === toState)
      push(userError('INVALID_FORMAT', field('toState'), 'A STATE_CHANGE must go to a different state.'));
  } else {
    if (from !== null && from === to)
      push(userError('INVALID_FORMAT', field('toLocationId'), 'A transfer must go to a different location.'));
    if (row.toState != null && row.toState !== 'AVAILABLE')
      push(userError('NOT_APPLICABLE', field('toState'), 'toState applies to STATE_CHANGE only.'));
    if (row.fromState != null && row.fromState !== 'AVAILABLE' && row.kind !== 'WRITE_OFF')
      push(userError('NOT_APPLICABLE', field('fromState'), 'fromState applies to WRITE_OFF and STATE_CHANGE only.'));
  }
  if (row.reservationId != null && row.kind !== 'SHIPMENT')
    push(userError('NOT_APPLICABLE', field('reservationId'), 'reservationId applies to shipments only.'));

  // The shared checks name bare fields; they get the row's path below.
  const bare: UserError[] = [];
  const unitCost = checkMoney(bare, 'unitCost', row.unitCost);
  const unitPrice = checkMoney(bare, 'unitPrice', row.unitPrice);
  const reference = checkText(bare, 'reference', row.reference, { max: 100 });
  const counterparty = checkText(bare, 'counterparty', row.counterparty, { max: 200 });
  const note = checkText(bare, 'note', row.note, { max: 1000 });
  for (const error of bare) push({ ...error, field: [...at, ...(error.field ?? [])] });
  if (row.kind === 'RECEIPT' && (row.unitCost === null || row.unitCost === undefined)) {
    push(userError('BLANK', field('unitCost'), 'A RECEIPT needs unitCost, so stock can be valued.'));
  }
  if (row.unitCost != null && row.kind !== 'RECEIPT' && row.kind !== 'RETURN') {
    push(userError('NOT_APPLICABLE', field('unitCost'), 'unitCost applies to receipts and returns only.'));
  }
  if (row.unitPrice != null && row.kind !== 'SHIPMENT') {
    push(userError('NOT_APPLICABLE', field('unitPrice'), 'unitPrice applies to shipments only.'));
  }
  const occurredAt = row.occurredAt ?? new Date();
  errors.push(...checkOccurredAt(occurredAt, field('occurredAt')));

  const product = catalog.products.get(row.productId);
  if (!product) push(userError('NOT_FOUND', field('productId'), 'No product has this ID.'));
  else if (!product.active) push(userError('ARCHIVED', field('productId'), `Product ${product.sku} is archived.`));
  for (const [name, id] of [
    ['fromLocationId', from],
    ['toLocationId', to],
  ] as const) {
    if (id === null) continue;
    const location = catalog.locations.get(id);
    if (!location) push(userError('NOT_FOUND', field(name), 'No location has this ID.'));
    else if (!location.active) push(userError('ARCHIVED', field(name), `Location ${location.code} is archived.`));
  }
  if (errors.length > 0 || !product) return { errors };

  return {
    draft: {
      kind: row.kind,
      productId: row.productId,
      fromLocationId: from,
      toLocationId: to,
      quantity: row.quantity,
      unitCost: unitCost ?? null,
      // A shipment without a price sells at the catalogue price of the moment.
      unitPrice: row.kind === 'SHIPMENT' ? (unitPrice ?? product.price) : null,
      reason: row.reason ?? (row.kind === 'STATE_CHANGE' ? STATE_REASON[toState] : DEFAULT_REASON[row.kind]),
      reference: reference || null,
      counterparty: counterparty || null,
      note: note || null,
      occurredAt,
      backDated: row.occurredAt !== null && row.occurredAt !== undefined,
      reversalOfId: null,
      fromState: from === null ? 'AVAILABLE' : fromState,
      toState: to === null ? 'AVAILABLE' : toState,
      reservationId: row.reservationId ?? null,
    },
  };
}
