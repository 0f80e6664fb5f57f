// Every statement of the incoming module (transfers, incoming figures), named, rows parsed.
import { z } from 'zod';
import {
  Prisma,
  type PrismaClient,
  type PurchaseOrder,
  type PurchaseOrderLine,
  type PurchaseOrderStatus,
  type Transfer,
  type TransferLine,
  type TransferStatus,
} from '../../generated/prisma/client';
import { paginate, type Page, type PageArgs } from '../../shared/pagination';
import type { RowCursor } from '../../shared/row-cursor';
import { TRANSIT_LOCATION_CODE, TRANSIT_LOCATION_ID } from '../../shared/transit';

/** A transfer as the API reads it, with its lines in product order. */
export type TransferRecord = Transfer & { lines: TransferLine[] };

/** The transit location exists before any level at it is locked (its id is a foreign key of stock_level). */
export async function ensureTransitLocation(db: PrismaClient): Promise<void> {
  await db.$executeRaw`/* ensureTransitLocation */
    INSERT INTO location (id, code, name, kind, active, archived_at, updated_at)
    VALUES (${TRANSIT_LOCATION_ID}::uuid, ${TRANSIT_LOCATION_CODE}, 'In transit', 'OTHER', false, now(), now())
    ON CONFLICT (id) DO NOTHING`;
}

export function transfersByIds(db: PrismaClient | Prisma.TransactionClient, ids: readonly string[]) {
  return db.transfer.findMany({
    where: { id: { in: [...ids] } },
    include: { lines: { orderBy: { productId: 'asc' } } },
  });
}

/** Locks a transfer's row for the rest of the transaction (after the ledger's level locks) and reads it. */
export async function lockTransfer(tx: Prisma.TransactionClient, id: string): Promise<TransferRecord | null> {
  await tx.$queryRaw`/* lockTransfer */ SELECT 1 FROM transfer WHERE id = ${id}::uuid FOR UPDATE`;
  const [transfer] = await transfersByIds(tx, [id]);
  return transfer ?? null;
}

/** Products and locations a document names: whether each exists and is active. */
export async function catalogRows(db: PrismaClient, productIds: string[], locationIds: string[]) {
  const [products, locations] = await Promise.all([
    db.product.findMany({
      where: { id: { in: [...new Set(productIds)] } },
      select: { id: true, sku: true, active: true },
    }),
    db.location.findMany({
      where: { id: { in: [...new Set(locationIds)] } },
      select: { id: true, code: true, active: true },
    }),
  ]);
  return {
    products: new Map(products.map((product) => [product.id, product])),
    locations: new Map(locations.map((location) => [location.id, location])),
  };
}

const IncomingRows = z.array(
  z.object({
    product_id: z.string(),
    location_id: z.string(),
    expected_on: z.date().nullable(),
    quantity: z.bigint().transform(Number),
  }),
);

export type IncomingRow = z.output<typeof IncomingRows>[number];

/**
 * Units on their way to each asked (product, location), by expected day: the in-transit units of
 * shipped transfers to it, plus the open remainders of placed purchase orders. One statement for
 * any number of levels; a product asked with no location sums every location.
 */
export async function incomingRows(
  db: PrismaClient,
  levels: ReadonlyArray<{ productId: string; locationId: string | null }>,
): Promise<IncomingRow[]> {
  if (levels.length === 0) return [];
  const asked = Prisma.join(levels.map((level) => Prisma.sql`(${level.productId}::uuid, ${level.locationId}::uuid)`));
  return IncomingRows.parse(
    await db.$queryRaw`/* incomingByLevel */
      WITH asked (product_id, location_id) AS (VALUES ${asked}),
      open AS (${openIncomingSql()})
      SELECT a.product_id::text AS product_id, COALESCE(a.location_id::text, '') AS location_id, open.expected_on,
             SUM(open.quantity)::bigint AS quantity
      FROM asked a
      JOIN open ON open.product_id = a.product_id AND (a.location_id IS NULL OR open.location_id = a.location_id)
      WHERE open.quantity > 0 AND open.product_id IN (SELECT product_id FROM asked)
      GROUP BY a.product_id, a.location_id, open.expected_on
      ORDER BY open.expected_on NULLS LAST`,
  );
}

/** A purchase order as the API reads it, with its lines in their order. */
export type PurchaseOrderRecord = PurchaseOrder & { lines: PurchaseOrderLine[] };

export function purchaseOrdersByIds(db: PrismaClient | Prisma.TransactionClient, ids: readonly string[]) {
  return db.purchaseOrder.findMany({
    where: { id: { in: [...ids] } },
    include: { lines: { orderBy: { position: 'asc' } } },
  });
}

/**
 * Locks a purchase order and its lines for the rest of the transaction (after the ledger's level
 * locks), and reads them: two clerks receiving one line take turns, and the second sees the first's
 * units.
 */
export async function lockPurchaseOrder(tx: Prisma.TransactionClient, id: string): Promise<PurchaseOrderRecord | null> {
  await tx.$queryRaw`/* lockPurchaseOrder */
    WITH o AS (SELECT id FROM purchase_order WHERE id = ${id}::uuid FOR UPDATE)
    SELECT 1 FROM purchase_order_line l WHERE l.purchase_order_id = (SELECT id FROM o) FOR UPDATE`;
  const [order] = await purchaseOrdersByIds(tx, [id]);
  return order ?? null;
}

/** The order a purchase-order line belongs to, for each line id asked about. */
export async function linesByIds(db: PrismaClient, ids: string[]) {
  return db.purchaseOrderLine.findMany({ where: { id: { in: ids } } });
}

/**
 * The one definition of open incoming in SQL, for statements that sum it (lowStock): rows of
 * (product_id, location_id, expected_on, quantity) for units of shipped transfers still in transit to a location
 * and open remainders of placed purchase orders, by expected day.
 */
export function openIncomingSql(): Prisma.Sql {
  return Prisma.sql`
    SELECT l.product_id, t.to_location_id AS location_id, date_trunc('day', t.expected_arrival, 'UTC') AS expected_on,
           l.shipped - l.received - l.lost - l.returned AS quantity
    FROM transfer t JOIN transfer_line l ON l.transfer_id = t.id
    WHERE t.status IN ('IN_TRANSIT', 'PARTIALLY_RECEIVED')
    UNION ALL
    SELECT l.product_id, l.location_id, date_trunc('day', o.expected_at, 'UTC') AS expected_on,
           GREATEST(l.quantity - l.received, 0) AS quantity
    FROM purchase_order o JOIN purchase_order_line l ON l.purchase_order_id = o.id
    WHERE o.status IN ('ORDERED', 'PARTIALLY_RECEIVED')`;
}

/**
 * `rows` with each level's incoming units added (openIncomingSql, summed per product and location),
 * in the same order: `orderBy` repeats the inner statement's order over its output columns, since an
 * outer query does not keep a subquery's. For the stock-level export.
 */
export function withIncoming<R extends { productId: string; locationId: string }>(
  rows: RowCursor<R>,
  orderBy: Prisma.Sql,
): RowCursor<R & { incoming: number }> {
  return {
    select: Prisma.sql`/* withIncoming */
      SELECT r.*, COALESCE(i.quantity, 0)::int AS incoming
      FROM (${rows.select}) AS r
      LEFT JOIN LATERAL (
        SELECT SUM(open.quantity) AS quantity FROM (${openIncomingSql()}) AS open
        WHERE open.product_id = r."productId"::uuid AND open.location_id = r."locationId"::uuid
      ) AS i ON true
      ORDER BY ${orderBy}`,
    count: rows.count,
    parse: (row) => {
      const { incoming, ...rest } = row as { incoming: unknown };
      return { ...rows.parse(rest), incoming: z.number().parse(incoming) };
    },
  };
}

export interface TransferFilter {
  status?: TransferStatus | null;
  locationId?: string | null;
  productId?: string | null;
  reference?: string | null;
}

export interface PurchaseOrderFilter {
  status?: PurchaseOrderStatus | null;
  supplier?: string | null;
  locationId?: string | null;
  productId?: string | null;
  reference?: string | null;
}

/** A page of transfers, newest first. */
export function transferPage(db: PrismaClient, filter: TransferFilter, page: PageArgs): Promise<Page<TransferRecord>> {
  const and: Prisma.TransferWhereInput[] = [];
  if (filter.status) and.push({ status: filter.status });
  if (filter.locationId) and.push({ OR: [{ fromLocationId: filter.locationId }, { toLocationId: filter.locationId }] });
  if (filter.productId) and.push({ lines: { some: { productId: filter.productId } } });
  if (filter.reference) and.push({ reference: filter.reference });
  return paginate<TransferRecord>(
    {
      where: { AND: and },
      sortField: 'createdAt',
      direction: 'desc',
      cursor: { sortValue: 'moment', id: 'uuid' },
      findMany: (args) =>
        db.transfer.findMany({ ...args, include: { lines: { orderBy: { productId: 'asc' } } } } as never) as Promise<
          TransferRecord[]
        >,
      count: (args) => db.transfer.count(args as never),
    },
    page,
  );
}

/** A page of purchase orders, newest first. */
export function purchaseOrderPage(
  db: PrismaClient,
  filter: PurchaseOrderFilter,
  page: PageArgs,
): Promise<Page<PurchaseOrderRecord>> {
  const and: Prisma.PurchaseOrderWhereInput[] = [];
  if (filter.status) and.push({ status: filter.status });
  if (filter.supplier) and.push({ supplier: filter.supplier });
  if (filter.locationId || filter.productId)
    and.push({
      lines: {
        some: {
          ...(filter.locationId ? { locationId: filter.locationId } : {}),
          ...(filter.productId ? { productId: filter.productId } : {}),
        },
      },
    });
  if (filter.reference) and.push({ reference: filter.reference });
  return paginate<PurchaseOrderRecord>(
    {
      where: { AND: and },
      sortField: 'createdAt',
      direction: 'desc',
      cursor: { sortValue: 'moment', id: 'uuid' },
      findMany: (args) =>
        db.purchaseOrder.findMany({
          ...args,
          include: { lines: { orderBy: { position: 'asc' } } },
        } as never) as Promise<PurchaseOrderRecord[]>,
      count: (args) => db.purchaseOrder.count(args as never),
    },
    page,
  );
}
