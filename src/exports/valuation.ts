// The inventory valuation export: every row of `Query.inventoryValuation` (not one page), with the
// columns that fit its grouping; the totals go to the XLSX's "About" sheet.
import { toGlobalId } from '../graphql/global-id';
import type { ValuationGroupBy, ValuationQuery } from '../modules/reports/valuation';
import { locationNames, productNames } from './names';
import type { Cell, Column, ExportDefinition } from './types';

const GROUPS: readonly ValuationGroupBy[] = ['PRODUCT', 'CATEGORY', 'LOCATION'];

const FIGURES: Column[] = [
  { header: 'quantity', type: 'integer', width: 10 },
  { header: 'averageCost', type: 'decimal' },
  { header: 'value', type: 'decimal', width: 16 },
];

export const valuationExport: ExportDefinition<ValuationQuery> = {
  name: 'valuation',
  title: 'Valuation',
  parameters: ['at', 'locationId', 'category', 'groupBy'],
  parse: (params) => ({
    at: params.dateTime('at'),
    locationId: params.id('locationId', 'Location'),
    category: params.text('category'),
    groupBy: params.oneOf('groupBy', GROUPS) ?? 'PRODUCT',
  }),
  columns: (query) => [...identityColumns(query.groupBy), ...FIGURES],
  describe: (query) => [
    ['at', query.at ?? null],
    ['locationId', query.locationId ? toGlobalId('Location', query.locationId) : null],
    ['category', query.category ?? null],
    ['groupBy', query.groupBy],
  ],
  async source(query, { services, pool }) {
    const valuation = await services.valuation.inventoryValuation(query, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    const [products, locations] = await Promise.all([
      productNames(
        pool,
        valuation.nodes.map((row) => row.productId),
      ),
      locationNames(
        pool,
        valuation.nodes.map((row) => row.locationId),
      ),
    ]);
    const rows = valuation.nodes.map((row): Cell[] => {
      const figures = [row.quantity, row.averageCost, row.value];
      switch (query.groupBy) {
        case 'PRODUCT': {
          const product = products.get(row.productId!);
          return [toGlobalId('Product', row.productId!), row.key, product?.name ?? null, row.category, ...figures];
        }
        case 'CATEGORY':
          return [row.key, ...figures];
        case 'LOCATION':
          return [
            toGlobalId('Location', row.locationId!),
            row.key,
            locations.get(row.locationId!)?.name ?? null,
            ...figures,
          ];
      }
    });
    return {
      kind: 'report',
      rows,
      summary: [
        ['Valued at (UTC)', valuation.at],
        ['Total quantity', valuation.totalQuantity],
        ['Total value', valuation.totalValue],
      ],
    };
  },
};

function identityColumns(groupBy: ValuationGroupBy): Column[] {
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
  }
}
