// The JSON payloads events carry, one builder per shape. They hold global IDs (what every API
// answer holds) and figures as they stood when the change committed; the SDL's payload types
// (schema.graphql) describe them field for field, and webhook bodies carry them as `data`.
import { toGlobalId } from '../../shared/global-id';

/** A stock level's figures after the change. */
export interface LevelPayload {
  productId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  committed: number;
  damaged: number;
  qualityControl: number;
  safetyStock: number;
  available: number;
}

/** A level's payload from its figures, which name the product and location by row id. */
export function levelPayload(level: LevelPayload): LevelPayload {
  return {
    productId: toGlobalId('Product', level.productId),
    locationId: toGlobalId('Location', level.locationId),
    onHand: level.onHand,
    reserved: level.reserved,
    committed: level.committed,
    damaged: level.damaged,
    qualityControl: level.qualityControl,
    safetyStock: level.safetyStock,
    available: level.available,
  };
}

export interface MovementFields {
  id: bigint;
  kind: string;
  productId: string;
  fromLocationId: string | null;
  toLocationId: string | null;
  quantity: number;
  fromState: string;
  toState: string;
  reason: string;
  reference: string | null;
  occurredAt: Date;
  reservationId: string | null;
  reversalOfId: bigint | null;
}

export function movementPayload(movement: MovementFields, stockLevels: LevelPayload[]) {
  return {
    movement: {
      id: toGlobalId('Movement', movement.id),
      kind: movement.kind,
      productId: toGlobalId('Product', movement.productId),
      fromLocationId: movement.fromLocationId && toGlobalId('Location', movement.fromLocationId),
      toLocationId: movement.toLocationId && toGlobalId('Location', movement.toLocationId),
      quantity: movement.quantity,
      fromState: movement.fromState,
      toState: movement.toState,
      reason: movement.reason,
      reference: movement.reference,
      occurredAt: movement.occurredAt.toISOString(),
      reservationId: movement.reservationId && toGlobalId('Reservation', movement.reservationId),
      reversalOfId: movement.reversalOfId === null ? null : toGlobalId('Movement', movement.reversalOfId),
    },
    stockLevels,
  };
}

export interface ReservationFields {
  id: string;
  status: string;
  expiresAt: Date | null;
  reference: string | null;
  holder: string | null;
  lines: Array<{ productId: string; locationId: string; quantity: number; fulfilled: number; released: number }>;
}

export function reservationPayload(reservation: ReservationFields, stockLevels: LevelPayload[]) {
  return {
    reservation: {
      id: toGlobalId('Reservation', reservation.id),
      status: reservation.status,
      expiresAt: reservation.expiresAt?.toISOString() ?? null,
      reference: reservation.reference,
      holder: reservation.holder,
      lines: reservation.lines.map((line) => ({
        productId: toGlobalId('Product', line.productId),
        locationId: toGlobalId('Location', line.locationId),
        quantity: line.quantity,
        fulfilled: line.fulfilled,
        released: line.released,
        outstanding: line.quantity - line.fulfilled - line.released,
      })),
    },
    stockLevels,
  };
}

export interface ProductFields {
  id: string;
  sku: string;
  name: string;
  category: string;
  active: boolean;
  reorderPoint: number;
}

export function productPayload(product: ProductFields) {
  return {
    product: {
      id: toGlobalId('Product', product.id),
      sku: product.sku,
      name: product.name,
      category: product.category,
      active: product.active,
      reorderPoint: product.reorderPoint,
    },
  };
}

/** A product that crossed its reorder point: its figures company-wide after the change. */
export function reorderPayload(product: ProductFields, available: number) {
  return { ...productPayload(product), available };
}

export interface LocationFields {
  id: string;
  code: string;
  name: string;
  kind: string;
  active: boolean;
}

export function locationPayload(location: LocationFields) {
  return {
    location: {
      id: toGlobalId('Location', location.id),
      code: location.code,
      name: location.name,
      kind: location.kind,
      active: location.active,
    },
  };
}

export interface TransferFields {
  id: string;
  status: string;
  fromLocationId: string;
  toLocationId: string;
  reference: string | null;
  lines: Array<{
    productId: string;
    quantity: number;
    shipped: number;
    received: number;
    lost: number;
    returned: number;
  }>;
}

export function transferPayload(transfer: TransferFields) {
  return {
    transfer: {
      id: toGlobalId('Transfer', transfer.id),
      status: transfer.status,
      fromLocationId: toGlobalId('Location', transfer.fromLocationId),
      toLocationId: toGlobalId('Location', transfer.toLocationId),
      reference: transfer.reference,
      lines: transfer.lines.map((line) => ({
        productId: toGlobalId('Product', line.productId),
        quantity: line.quantity,
        shipped: line.shipped,
        received: line.received,
        lost: line.lost,
        returned: line.returned,
      })),
    },
  };
}

export interface PurchaseOrderFields {
  id: string;
  status: string;
  supplier: string;
  reference: string | null;
  lines: Array<{
    id: string;
    productId: string;
    locationId: string;
    quantity: number;
    unitCost: { toFixed(): string };
    received: number;
  }>;
}

export function purchaseOrderPayload(order: PurchaseOrderFields) {
  return {
    purchaseOrder: {
      id: toGlobalId('PurchaseOrder', order.id),
      status: order.status,
      supplier: order.supplier,
      reference: order.reference,
      lines: order.lines.map((line) => ({
        id: toGlobalId('PurchaseOrderLine', line.id),
        productId: toGlobalId('Product', line.productId),
        locationId: toGlobalId('Location', line.locationId),
        quantity: line.quantity,
        unitCost: line.unitCost.toFixed(),
        received: line.received,
      })),
    },
  };
}
