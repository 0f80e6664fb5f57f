// The sales report export: `Query.salesReport`, every row unless `first` is given, with the columns
// that fit its grouping; the totals go to the XLSX's "About" sheet.
import { toGlobalId } from '../graphql/global-id';
import type { SalesGroupBy, SalesOrderBy, SalesQuery } from '../modules/reports/valuation';
import { locationNames, productNames } from './names';
import type { Cell, Column, ExportDefinition } from './types';

const GROUPS: readonly SalesGroupBy[] = ['PRODUCT', 'CATEGORY', 'LOCATION', 'COUNTERPARTY'];
const ORDERS: readonly SalesOrderBy[] = ['UNITS', 'REVENUE', 'MARGIN'];

const FIGURES: Column[] = [
  { header: 'units', type: 'integer', width: 10 },
  { header: 'revenue', type: 'decimal', width: 16 },
  { header: 'costOfGoodsSold', type: 'decimal', width: 16 },
  { header: 'margin', type: 'decimal', width: 16 },
  { header: 'marginPercent', type: 'percent', width: 14 },
];

export const salesExport: ExportDefinition<SalesQuery> = {
  name: 'sales',
  title: 'Sales',
  parameters: ['from', 'to', 'groupBy', 'orderBy', 'first', 'productId', 'locationId', 'category', 'counterparty'],
  parse: (params) => ({
    from: params.requiredDateTime('from'),
    to: params.requiredDateTime('to'),
    groupBy: params.oneOf('groupBy', GROUPS) ?? 'PRODUCT',
    orderBy: params.oneOf('orderBy', ORDERS) ?? 'REVENUE',
    // Unlike the field (20 by default), an export has every row unless asked for the top few.
    first: params.positiveInt('first'),
    productId: params.id('productId', 'Product'),
    locationId: params.id('locationId', 'Location'),
    category: params.text('category'),
    counterparty: params.text('counterparty'),
  }),
  columns: (query) => [...identityColumns(query.groupBy), ...FIGURES],
  describe: (query) => [
    ['from', query.from],
    ['to', query.to],
    ['groupBy', query.groupBy],
    ['orderBy', query.orderBy],
    ['first', query.first],
    ['productId', query.productId ? toGlobalId('Product', query.productId) : null],
    ['locationId', query.locationId ? toGlobalId('Location', query.locationId) : null],
    ['category', query.category ?? null],
    ['counterparty', query.counterparty ?? null],
  ],
  async source(query, { services, pool }) {
    const report = await services.valuation.salesReport(query);
    const [products, locations] = await Promise.all([
      productNames(
        pool,
        report.rows.map((row) => row.productId),
      ),
      locationNames(
        pool,
        report.rows.map((row) => row.locationId),
      ),
    ]);
    const rows = report.rows.map((row): Cell[] => {
      const figures = [row.units, row.revenue, row.costOfGoodsSold, row.margin, row.marginPercent];
      switch (query.groupBy) {
        case 'PRODUCT':
          return [
            toGlobalId('Product', row.productId!),
            row.key,
            products.get(row.productId!)?.name ?? null,
            row.category,
            ...figures,
          ];
        case 'CATEGORY':
          return [row.key, ...figures];
        case 'LOCATION':
          return [
            toGlobalId('Location', row.locationId!),
            row.key,
            locations.get(row.locationId!)?.name ?? null,
            ...figures,
          ];
        case 'COUNTERPARTY':
          return [row.counterparty, ...figures];
      }
    });
    const { totals } = report;
    return {
      kind: 'report',
      rows,
      summary: [
        ['Rows in the report', report.rowCount],
        ['Total units', totals.units],
        ['Total revenue', totals.revenue],
        ['Total cost of goods sold', totals.costOfGoodsSold],
        ['Total margin', totals.margin],
        ['Total margin %', totals.marginPercent],
      ],
    };
  },
};

function identityColumns(groupBy: SalesGroupBy): Column[] {
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
