// The stock-level export: on hand, reserved and available per product and location, from the
// projection (what `Product.stockLevels` and `Location.stockLevels` return), by SKU then location;
// the stock module's levelRows reads them, available by its one definition; incoming is added by the
// incoming module's withIncoming.
import { Prisma } from '../generated/prisma/client';
import { toGlobalId } from '../graphql/global-id';
import { withIncoming } from '../modules/incoming';
import { checkFilterTargets } from '../modules/reports';
import type { LevelFilter, LevelRow } from '../modules/stock';
import type { ExportDefinition } from './types';

export const stockLevelsExport: ExportDefinition<LevelFilter> = {
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
    // Added with reservations and stock states; at the end, so readers that go by position keep working.
    { header: 'committed', type: 'integer' },
    { header: 'damaged', type: 'integer' },
    { header: 'qualityControl', type: 'integer' },
    { header: 'safetyStock', type: 'integer' },
    // Added with transfers and purchase orders: units on their way (StockLevel.incoming).
    { header: 'incoming', type: 'integer' },
  ],
  describe: (filter) => [
    ['productId', filter.productId && toGlobalId('Product', filter.productId)],
    ['locationId', filter.locationId && toGlobalId('Location', filter.locationId)],
    ['category', filter.category],
    ['onlyInStock', String(filter.onlyInStock)],
  ],
  async source(filter, { services, prisma }) {
    // A filter naming nothing is a client bug: NOT_FOUND, as the reports answer it.
    await checkFilterTargets(prisma, filter);
    return {
      kind: 'query',
      rows: withIncoming(services.stockQueries.levelRows(filter), Prisma.sql`r.sku, r."locationCode"`),
      cells: (row: LevelRow & { incoming: number }) => [
        toGlobalId('Product', row.productId),
        row.sku,
        row.productName,
        row.category,
        row.unit,
        toGlobalId('Location', row.locationId),
        row.locationCode,
        row.locationName,
        row.onHand,
        row.reserved,
        row.available,
        row.reorderPoint,
        row.updatedAt,
        row.committed,
        row.damaged,
        row.qualityControl,
        row.safetyStock,
        row.incoming,
      ],
    };
  },
};
