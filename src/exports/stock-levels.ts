// The stock-level export: on hand, reserved and available per product and location, from the
// projection (what `Product.stockLevels` and `Location.stockLevels` return), by SKU then location.
import { toGlobalId } from '../graphql/global-id';
import { checkFilterTargets } from '../modules/reports/filters';
import { Conditions } from './sql';
import type { ExportDefinition } from './types';

export interface StockLevelExportFilter {
  productId: string | null;
  locationId: string | null;
  category: string | null;
  /** Leave out levels with nothing on hand. */
  onlyInStock: boolean;
}

interface StockLevelRow {
  product_id: string;
  sku: string;
  product_name: string;
  category: string;
  unit: string;
  location_id: string;
  location_code: string;
  location_name: string;
  on_hand: number;
  reserved: number;
  reorder_point: number;
  updated_at: Date;
}

export const stockLevelsExport: ExportDefinition<StockLevelExportFilter> = {
  name: 'stock-levels',
  title: 'Stock levels',
  parameters: ['productId', 'locationId', 'category', 'onlyInStock'],
  parse: (params) => ({
    productId: params.id('productId', 'Product'),
    locationId: params.id('locationId', 'Location'),
    category: params.text('category')?.trim() || null,
    onlyInStock: params.boolean('onlyInStock') ?? false,
  }),
  columns: () => [
    { header: 'productId', type: 'text', width: 22 },
    { header: 'sku', type: 'text', width: 16 },
    { header: 'productName', type: 'text', width: 32 },
    { header: 'category', type: 'text', width: 16 },
    { header: 'unit', type: 'text', width: 8 },
    { header: 'locationId', type: 'text', width: 22 },
    { header: 'locationCode', type: 'text', width: 14 },
    { header: 'locationName', type: 'text', width: 24 },
    { header: 'onHand', type: 'integer' },
    { header: 'reserved', type: 'integer' },
    { header: 'available', type: 'integer' },
    { header: 'reorderPoint', type: 'integer' },
    { header: 'updatedAt', type: 'datetime', width: 20 },
  ],
  describe: (filter) => [
    ['productId', filter.productId && toGlobalId('Product', filter.productId)],
    ['locationId', filter.locationId && toGlobalId('Location', filter.locationId)],
    ['category', filter.category],
    ['onlyInStock', String(filter.onlyInStock)],
  ],
  async source(filter, { prisma }) {
    // A filter naming nothing is a client bug: NOT_FOUND, as the reports answer it.
    await checkFilterTargets(prisma, filter);
    const conditions = new Conditions();
    if (filter.productId) conditions.add('s.product_id = ?::uuid', filter.productId);
    if (filter.locationId) conditions.add('s.location_id = ?::uuid', filter.locationId);
    // As the catalogue filters it: the whole name, ignoring case.
    if (filter.category) conditions.add('lower(p.category) = lower(?)', filter.category);
    if (filter.onlyInStock) conditions.add('s.on_hand > 0');
    const from = `FROM stock_level s JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id
                  ${conditions.where()}`;
    return {
      kind: 'query',
      select: conditions.sql(`
        SELECT s.product_id, p.sku, p.name AS product_name, p.category, p.unit,
               s.location_id, l.code AS location_code, l.name AS location_name,
               s.on_hand, s.reserved, p.reorder_point, s.updated_at
          ${from}
         ORDER BY p.sku, l.code`),
      count: conditions.sql(`SELECT count(*) AS count ${from}`),
      cells: (row: StockLevelRow) => [
        toGlobalId('Product', row.product_id),
        row.sku,
        row.product_name,
        row.category,
        row.unit,
        toGlobalId('Location', row.location_id),
        row.location_code,
        row.location_name,
        row.on_hand,
        row.reserved,
        row.on_hand - row.reserved,
        row.reorder_point,
        row.updated_at,
      ],
    };
  },
};
