// A product row read by another module's statement (a product page reads its levels in the same
// statement), with the column names and types Prisma gives a Product.
import { Prisma, type Product } from '../../generated/prisma/client';

/**
 * A product as the API reads it: every field of the model but `searchText`, which only SQL reads
 * (the trigram index behind similar products). It repeats the name and description, and a page of
 * products would carry that text twice.
 */
export type ProductRow = Omit<Product, 'searchText'>;

/** Each field of a ProductRow: its column in the product table (the model's @map). */
export const PRODUCT_ROW_COLUMNS: { readonly [K in keyof ProductRow]-?: string } = {
  id: 'id',
  sku: 'sku',
  name: 'name',
  description: 'description',
  category: 'category',
  unit: 'unit',
  price: 'price',
  reorderPoint: 'reorder_point',
  reorderQuantity: 'reorder_quantity',
  belowReorderPoint: 'below_reorder_point',
  eventPosition: 'event_position',
  active: 'active',
  archivedAt: 'archived_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  preferredSupplier: 'preferred_supplier',
  leadTimeDays: 'lead_time_days',
};

/** Fields read as text: the uuid and the citext SKU, as the Product model types them. */
const READ_AS_TEXT = new Set<keyof ProductRow>(['id', 'sku']);

const EVERY_FIELD = Object.keys(PRODUCT_ROW_COLUMNS) as Array<keyof ProductRow>;

/**
 * The columns of the product row `alias` behind `fields` (every one but search_text unless told),
 * named as the Product model names its fields.
 */
export function productColumnsSql(alias: string, fields: ReadonlyArray<keyof ProductRow> = EVERY_FIELD): Prisma.Sql {
  const read = (field: keyof ProductRow) =>
    `${alias}.${PRODUCT_ROW_COLUMNS[field]}${READ_AS_TEXT.has(field) ? '::text' : ''} AS "${field}"`;
  return Prisma.raw(fields.map(read).join(', '));
}

/**
 * What each field of the GraphQL type Product reads of its parent row. A scalar reads its own
 * column; a field answered by a loader or a statement keyed by the product reads `id` alone. A
 * field not listed here may read anything, so no partial row is made for a selection with one.
 */
const PRODUCT_FIELD_READS: Readonly<Record<string, ReadonlyArray<keyof ProductRow>>> = {
  __typename: [],
  id: ['id'],
  sku: ['sku'],
  name: ['name'],
  description: ['description'],
  category: ['category'],
  unit: ['unit'],
  price: ['price'],
  reorderPoint: ['reorderPoint'],
  reorderQuantity: ['reorderQuantity'],
  active: ['active'],
  archivedAt: ['archivedAt'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  preferredSupplier: ['preferredSupplier'],
  leadTimeDays: ['leadTimeDays'],
  ...Object.fromEntries(
    [
      'available',
      'averageCost',
      'committed',
      'damaged',
      'daysOfCover',
      'incoming',
      'incomingSchedule',
      'inventoryValue',
      'movements',
      'onHand',
      'qualityControl',
      'reserved',
      'safetyStock',
      'similar',
      'stockAsOf',
      'stockLevels',
    ].map((field) => [field, ['id'] as const]),
  ),
};

/**
 * The row fields a selection of Product's `fields` reads (always `id`), or null when one of them
 * may read any: the caller then reads whole rows.
 */
export function productFieldsRead(fields: Iterable<string>): Array<keyof ProductRow> | null {
  const read = new Set<keyof ProductRow>(['id']);
  for (const field of fields) {
    const columns = PRODUCT_FIELD_READS[field];
    if (!columns) return null;
    for (const column of columns) read.add(column);
  }
  return EVERY_FIELD.filter((field) => read.has(field));
}
