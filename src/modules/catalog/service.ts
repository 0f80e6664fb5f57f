// The product catalogue: listing, lookup and the rules for creating and changing products.
import { Prisma, type EventType, type PrismaClient, type Product } from '../../generated/prisma/client';
import type { ReadSql } from '../../db/sql';
import type { Actor } from '../../shared/actor';
import { audit } from '../../shared/audit';
import { announceEvents, productPayload, recordEvents, type EventDraft } from '../events';
import { productChanged } from '../stock';
import { productColumnsSql, type ProductRow } from './rows';
import type { Decimal } from '../../shared/decimal';
import { userError, type MutationResult, type UserError } from '../../shared/errors';
import {
  keysetSql,
  paginateKeyset,
  type CursorPart,
  type KeysetRead,
  type Page,
  type PageArgs,
} from '../../shared/pagination';
import { isRecordNotFound, isUniqueViolation } from '../../shared/prisma-errors';
import { likeLiteral } from '../../shared/text-match';
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

/** The column each sort field is, and the type its cursor value is compared as (the SKU is citext). */
const SORT_COLUMNS: Record<(typeof SORT_FIELDS)[ProductOrderField], string> = {
  sku: 'sku',
  name: 'name',
  price: 'price',
  category: 'category',
  createdAt: 'created_at',
};
const SORT_TYPES: Partial<Record<(typeof SORT_FIELDS)[ProductOrderField], string>> = { sku: 'citext' };

/**
 * What another module reads in a product page's statement, beside each product: `columns` is one
 * value over the page's product row `p`, `once` one value for the whole page (it may read the CTE
 * `page`, every product of the page), and `read` is handed both once the page is read.
 */
export interface ProductsReadAlong {
  columns: Prisma.Sql;
  once: Prisma.Sql;
  read(rows: ReadonlyArray<ProductRow & { along?: unknown }>, once: unknown): void;
}

const SKU_PATTERN = /^\S+$/u;

export class CatalogService {
  constructor(
    private readonly prisma: PrismaClient,
    /** The hot reads' statements (a catalogue page), sent without Prisma's runtime. */
    private readonly readSql: ReadSql,
    /** Whether changes record events (EVENTS=on, the default). */
    private readonly options: { events?: boolean } = {},
  ) {}

  private get events(): boolean {
    return this.options.events ?? true;
  }

  /**
   * A page of products, read in one statement. With `along`, the same statement reads what another
   * module adds to each product (a catalogue page's levels), so the page costs no second statement.
   */
  async listProducts(
    filter: ProductFilter,
    order: ProductOrder | null | undefined,
    page: PageArgs,
    along?: ProductsReadAlong,
  ): Promise<Page<ProductRow>> {
    const where = productWhereSql(filter);
    const sortField = SORT_FIELDS[order?.field ?? 'SKU'];
    const layout = {
      sortField,
      direction: order?.direction === 'DESC' ? ('desc' as const) : ('asc' as const),
      cursor: { sortValue: SORT_CURSOR[sortField], id: 'uuid' as const },
    };
    const columns = {
      sort: Prisma.raw(`p.${SORT_COLUMNS[sortField]}`),
      id: Prisma.sql`p.id`,
      sortType: SORT_TYPES[sortField],
    };
    const read = async (query: KeysetRead) => {
      const bounds = query.bounds.map((bound) => keysetSql(layout, columns, bound));
      const direction = Prisma.raw(query.direction === 'asc' ? 'ASC' : 'DESC');
      const orderBy = Prisma.sql`${columns.sort} ${direction}, p.id ${direction}`;
      const rows = await this.readSql<
        ProductRow & { along?: unknown; alongOnce?: unknown }
      >(Prisma.sql`/* productPage */
        WITH page AS (
          SELECT p.* FROM product p WHERE ${Prisma.join([where, ...bounds], ' AND ')}
          ORDER BY ${orderBy} LIMIT ${query.take}::int
        )
        SELECT ${productColumnsSql('p')}${
          along
            ? Prisma.sql`, ${along.columns} AS along,
                CASE WHEN row_number() OVER (ORDER BY ${orderBy}) = 1 THEN ${along.once} END AS "alongOnce"`
            : Prisma.empty
        }
        FROM page p ORDER BY ${orderBy}`);
      if (!along) return rows;
      along.read(rows, rows[0]?.alongOnce);
      return rows.map(({ along: _along, alongOnce: _once, ...product }) => product);
    };
    const count = async () => {
      const [row] = await this.readSql<{ count: number }>(
        Prisma.sql`/* productCount */ SELECT count(*)::int AS count FROM product p WHERE ${where}`,
      );
      return row!.count;
    };
    return paginateKeyset<ProductRow>({ ...layout, read, count }, page);
  }

  productById(id: string): Promise<Product | null> {
    return this.prisma.product.findUnique({ where: { id } });
  }

  /** The products with these ids that exist (in no particular order): behind productById, on every page that names products. */
  productsByIds(ids: readonly string[]): Promise<ProductRow[]> {
    return this.readSql<ProductRow>(Prisma.sql`/* productsByIds */
      SELECT ${productColumnsSql('p')} FROM product p WHERE p.id = ANY (${[...ids]}::uuid[])`);
  }

  /**
   * The products with these ids that exist, with only `fields` read (productFieldsRead): for a
   * read that names thousands of products and shows a few of their fields. The rows are partial,
   * so they go to the fields that asked for them and never into productById.
   */
  productsReading(ids: readonly string[], fields: ReadonlyArray<keyof ProductRow>): Promise<ProductRow[]> {
    return this.readSql<ProductRow>(Prisma.sql`/* productsReading */
      SELECT ${productColumnsSql('p', fields)} FROM product p WHERE p.id = ANY (${[...ids]}::uuid[])`);
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

/** The filter's conditions over the product row `p`, every value a bind parameter. */
function productWhereSql(filter: ProductFilter): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`true`];
  if (filter.active !== null && filter.active !== undefined) and.push(Prisma.sql`p.active = ${filter.active}`);
  if (filter.category) and.push(Prisma.sql`p.category ILIKE ${likeLiteral(filter.category.trim())}`);
  if (filter.minPrice) and.push(Prisma.sql`p.price >= ${filter.minPrice}::numeric`);
  if (filter.maxPrice) and.push(Prisma.sql`p.price <= ${filter.maxPrice}::numeric`);
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${likeLiteral(search)}%`;
    and.push(Prisma.sql`(p.sku ILIKE ${pattern} OR p.name ILIKE ${pattern} OR p.description ILIKE ${pattern})`);
  }
  return Prisma.join(and, ' AND ');
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
