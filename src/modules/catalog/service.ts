// The product catalogue: listing, lookup and the rules for creating and changing products.
import type { EventType, Prisma, PrismaClient, Product } from '../../generated/prisma/client';
import type { Actor } from '../../shared/actor';
import { audit } from '../../shared/audit';
import { announceEvents, productPayload, recordEvents, type EventDraft } from '../events';
import { productChanged } from '../stock';
import type { Decimal } from '../../shared/decimal';
import { userError, type MutationResult, type UserError } from '../../shared/errors';
import { paginate, type CursorPart, type Page, type PageArgs } from '../../shared/pagination';
import { isRecordNotFound, isUniqueViolation } from '../../shared/prisma-errors';
import { containsText, sameTextIgnoringCase } from '../../shared/text-match';
import { checkCount, checkMoney, checkText } from '../../shared/validation';

export type ProductOrderField = 'SKU' | 'NAME' | 'PRICE' | 'CATEGORY' | 'CREATED_AT';

export interface ProductFilter {
  search?: string | null;
  category?: string | null;
  /** true: active only; false: archived only; null: both. */
  active?: boolean | null;
  minPrice?: Decimal | null;
  maxPrice?: Decimal | null;
}

export interface ProductOrder {
  field: ProductOrderField;
  direction?: 'ASC' | 'DESC' | null;
}

export interface ProductFields {
  sku?: string | null;
  name?: string | null;
  description?: string | null;
  category?: string | null;
  unit?: string | null;
  price?: Decimal | null;
  reorderPoint?: number | null;
  reorderQuantity?: number | null;
  preferredSupplier?: string | null;
  leadTimeDays?: number | null;
}

export interface CategorySummary {
  name: string;
  productCount: number;
}

type ProductResult = MutationResult<'product', Product>;

const SORT_FIELDS = {
  SKU: 'sku',
  NAME: 'name',
  PRICE: 'price',
  CATEGORY: 'category',
  CREATED_AT: 'createdAt',
} as const satisfies Record<ProductOrderField, keyof Product>;

/** What a cursor holds for each sort field. */
const SORT_CURSOR: Record<(typeof SORT_FIELDS)[ProductOrderField], CursorPart> = {
  sku: 'text',
  name: 'text',
  price: 'decimal',
  category: 'text',
  createdAt: 'moment',
};

const SKU_PATTERN = /^\S+$/u;

export class CatalogService {
  constructor(
    private readonly prisma: PrismaClient,
    /** Whether changes record events (EVENTS=on, the default). */
    private readonly options: { events?: boolean } = {},
  ) {}

  private get events(): boolean {
    return this.options.events ?? true;
  }

  async listProducts(
    filter: ProductFilter,
    order: ProductOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Product>> {
    const where = productWhere(filter);
    const sortField = SORT_FIELDS[order?.field ?? 'SKU'];
    return paginate<Product>(
      {
        where,
        sortField,
        direction: order?.direction === 'DESC' ? 'desc' : 'asc',
        cursor: { sortValue: SORT_CURSOR[sortField], id: 'uuid' },
        findMany: (args) => this.prisma.product.findMany(args as Prisma.ProductFindManyArgs),
        count: (args) => this.prisma.product.count(args as Prisma.ProductCountArgs),
      },
      page,
    );
  }

  productById(id: string): Promise<Product | null> {
    return this.prisma.product.findUnique({ where: { id } });
  }

  productsByIds(ids: readonly string[]): Promise<Product[]> {
    return this.prisma.product.findMany({ where: { id: { in: [...ids] } } });
  }

  /** SKUs are citext, so this lookup ignores case. */
  productBySku(sku: string): Promise<Product | null> {
    return this.prisma.product.findUnique({ where: { sku: sku.trim() } });
  }

  async categories(active: boolean | null | undefined): Promise<CategorySummary[]> {
    const groups = await this.prisma.product.groupBy({
      by: ['category'],
      where: active === null || active === undefined ? {} : { active },
      _count: { _all: true },
      orderBy: { category: 'asc' },
    });
    return groups.map((group) => ({ name: group.category, productCount: group._count._all }));
  }

  async createProduct(
    actor: Actor,
    input: ProductFields & { sku: string; name: string; price: Decimal },
  ): Promise<ProductResult> {
    const events = this.events;
    const errors: UserError[] = [];
    const data = checkProductFields(errors, input);
    if (errors.length > 0) return { product: null, userErrors: errors };
    try {
      const product = await this.prisma.$transaction(async (tx) => {
        const created = await tx.product.create({
          data: {
            sku: data.sku!,
            name: data.name!,
            price: data.price!,
            description: data.description,
            category: data.category,
            unit: data.unit,
            reorderPoint: data.reorderPoint,
            reorderQuantity: data.reorderQuantity,
            preferredSupplier: data.preferredSupplier,
            leadTimeDays: data.leadTimeDays,
          },
        });
        await audit(tx, actor, {
          action: 'product.created',
          targetType: 'Product',
          targetId: created.id,
          details: data,
        });
        if (events) await recordEvents(tx, [productEvent('PRODUCT_CREATED', actor, created)]);
        return created;
      });
      if (events) announceEvents();
      return { product, userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return duplicateSku(input.sku);
      throw error;
    }
  }

  async updateProduct(actor: Actor, id: string, input: ProductFields): Promise<ProductResult> {
    const events = this.events;
    const errors: UserError[] = [];
    const data = checkProductFields(errors, input);
    if (errors.length > 0) return { product: null, userErrors: errors };
    try {
      const product = await this.prisma.$transaction(async (tx) => {
        const updated = await tx.product.update({ where: { id }, data });
        await audit(tx, actor, { action: 'product.updated', targetType: 'Product', targetId: id, details: data });
        // The update holds the product's lock, so a new reorder point is judged against every
        // write before it, like a stock write's (stock/events.ts).
        if (events) {
          const crossings = await productChanged(tx, updated, actor, data.reorderPoint !== undefined);
          await recordEvents(
            tx,
            [productEvent('PRODUCT_UPDATED', actor, updated), ...crossings],
            updated.eventPosition,
          );
        }
        return updated;
      });
      if (events) announceEvents();
      return { product, userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return duplicateSku(input.sku ?? '');
      if (isRecordNotFound(error)) return productNotFound();
      throw error;
    }
  }

  /** Archiving keeps the row and its history; it only hides the product from default listings. */
  async setProductArchived(actor: Actor, id: string, archived: boolean): Promise<ProductResult> {
    const events = this.events;
    // Only a product in the other state changes, so repeating the call is harmless.
    const changed = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.product.updateMany({
        where: { id, active: archived },
        data: archived ? { active: false, archivedAt: new Date() } : { active: true, archivedAt: null },
      });
      if (changed.count === 0) return false;
      const action = archived ? 'product.archived' : 'product.restored';
      await audit(tx, actor, { action, targetType: 'Product', targetId: id });
      if (!events) return false;
      const product = await tx.product.findUniqueOrThrow({ where: { id } });
      await productChanged(tx, product, actor, false);
      await recordEvents(
        tx,
        [productEvent(archived ? 'PRODUCT_ARCHIVED' : 'PRODUCT_RESTORED', actor, product)],
        product.eventPosition,
      );
      return true;
    });
    if (changed) announceEvents();
    const product = await this.productById(id);
    return product ? { product, userErrors: [] } : productNotFound();
  }
}

function productEvent(type: EventType, actor: Actor, product: Product): EventDraft {
  return { type, actor, productIds: [product.id], locationIds: [], payload: productPayload(product) };
}

function productWhere(filter: ProductFilter): Prisma.ProductWhereInput {
  const and: Prisma.ProductWhereInput[] = [];
  if (filter.active !== null && filter.active !== undefined) and.push({ active: filter.active });
  if (filter.category) and.push({ category: sameTextIgnoringCase(filter.category.trim()) });
  if (filter.minPrice) and.push({ price: { gte: filter.minPrice } });
  if (filter.maxPrice) and.push({ price: { lte: filter.maxPrice } });
  const search = filter.search?.trim();
  if (search) {
    and.push({
      OR: [{ sku: containsText(search) }, { name: containsText(search) }, { description: containsText(search) }],
    });
  }
  return { AND: and };
}

/** Validates every given field; returns the cleaned values to write. The bulk import (src/modules/import) applies the same rules. */
export function checkProductFields(errors: UserError[], input: ProductFields) {
  return {
    sku: checkText(errors, 'sku', input.sku, {
      max: 64,
      required: true,
      pattern: SKU_PATTERN,
      formatHint: 'must not contain white space',
    }),
    name: checkText(errors, 'name', input.name, { max: 200, required: true }),
    description: checkText(errors, 'description', input.description, { max: 5000 }),
    category: checkText(errors, 'category', input.category, { max: 100, required: true }),
    unit: checkText(errors, 'unit', input.unit, { max: 20, required: true }),
    price: checkMoney(errors, 'price', input.price),
    reorderPoint: checkCount(errors, 'reorderPoint', input.reorderPoint),
    reorderQuantity: checkCount(errors, 'reorderQuantity', input.reorderQuantity),
    // An empty supplier removes it (null); omitted leaves it as it is.
    preferredSupplier: supplierOf(checkText(errors, 'preferredSupplier', input.preferredSupplier, { max: 200 })),
    leadTimeDays: checkCount(errors, 'leadTimeDays', input.leadTimeDays),
  };
}

function supplierOf(checked: string | undefined): string | null | undefined {
  return checked === '' ? null : checked;
}

function duplicateSku(sku: string): ProductResult {
  return {
    product: null,
    userErrors: [
      userError('DUPLICATE_SKU', ['sku'], `Another product already has the SKU "${sku.trim()}" (SKUs ignore case).`),
    ],
  };
}

function productNotFound(): ProductResult {
  return { product: null, userErrors: [userError('NOT_FOUND', ['id'], 'No product has this ID.')] };
}
