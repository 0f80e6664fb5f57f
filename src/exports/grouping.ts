// The columns that say what a grouped report row stands for (a product, category, location or
// customer), shared by the valuation and sales exports.
import type pg from 'pg';
import { toGlobalId } from '../graphql/global-id';
import { locationNames, productNames } from './names';
import type { Cell, Column } from './types';

export type Grouping = 'PRODUCT' | 'CATEGORY' | 'LOCATION' | 'COUNTERPARTY';

export interface GroupedRow {
  key: string;
  productId: string | null;
  category: string | null;
  locationId: string | null;
}

export function identityColumns(groupBy: Grouping): Column[] {
  switch (groupBy) {
    case 'PRODUCT':
      return [
        { header: 'productId', type: 'text', width: 22 },
        { header: 'sku', type: 'text', width: 16 },
        { header: 'productName', type: 'text', width: 32 },
        { header: 'category', type: 'text', width: 16 },
      ];
    case 'CATEGORY':
      return [{ header: 'category', type: 'text', width: 20 }];
    case 'LOCATION':
      return [
        { header: 'locationId', type: 'text', width: 22 },
        { header: 'locationCode', type: 'text', width: 14 },
        { header: 'locationName', type: 'text', width: 24 },
      ];
    case 'COUNTERPARTY':
      return [{ header: 'counterparty', type: 'text', width: 28 }];
  }
}

/** Looks the rows' product and location names up once, and returns the cells for each row. */
export async function identityCells(
  pool: pg.Pool,
  groupBy: Grouping,
  rows: readonly GroupedRow[],
): Promise<(row: GroupedRow) => Cell[]> {
  const [products, locations] = await Promise.all([
    productNames(
      pool,
      rows.map((row) => row.productId),
    ),
    locationNames(
      pool,
      rows.map((row) => row.locationId),
    ),
  ]);
  return (row) => {
    switch (groupBy) {
      case 'PRODUCT':
        return [
          toGlobalId('Product', row.productId!),
          row.key,
          products.get(row.productId!)?.name ?? null,
          row.category,
        ];
      case 'LOCATION':
        return [toGlobalId('Location', row.locationId!), row.key, locations.get(row.locationId!)?.name ?? null];
      case 'CATEGORY':
      case 'COUNTERPARTY':
        return [row.key];
    }
  };
}
