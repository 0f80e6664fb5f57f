// The columns that say what a grouped report row stands for (a product, category, location or
// customer), shared by the valuation and sales exports.
import { toGlobalId } from '../graphql/global-id';
import type { Services } from '../services';
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

/** Each id given once, without nulls. */
const idsOf = (ids: ReadonlyArray<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))];

/**
 * Looks the rows' products and locations up once, through the catalogue's and the locations'
 * services, and returns the cells for each row.
 */
export async function identityCells(
  services: Pick<Services, 'catalog' | 'locations'>,
  groupBy: Grouping,
  rows: readonly GroupedRow[],
): Promise<(row: GroupedRow) => Cell[]> {
  const productIds = idsOf(rows.map((row) => row.productId));
  const locationIds = idsOf(rows.map((row) => row.locationId));
  const [products, locations] = await Promise.all([
    productIds.length > 0 ? services.catalog.productsByIds(productIds) : [],
    locationIds.length > 0 ? services.locations.locationsByIds(locationIds) : [],
  ]);
  const productNames = new Map(products.map((product) => [product.id, product.name]));
  const locationNames = new Map(locations.map((location) => [location.id, location.name]));
  return (row) => {
    switch (groupBy) {
      case 'PRODUCT':
        return [toGlobalId('Product', row.productId!), row.key, productNames.get(row.productId!) ?? null, row.category];
      case 'LOCATION':
        return [toGlobalId('Location', row.locationId!), row.key, locationNames.get(row.locationId!) ?? null];
      case 'CATEGORY':
      case 'COUNTERPARTY':
        return [row.key];
    }
  };
}
