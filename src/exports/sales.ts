// The sales report export: `Query.salesReport`, every row unless `first` is given, with the columns
// that fit its grouping; the totals go to the XLSX's "About" sheet.
import { toGlobalId } from '../graphql/global-id';
import type { SalesGroupBy, SalesOrderBy, SalesQuery } from '../modules/reports';
import { identityCells, identityColumns } from './grouping';
import type { Cell, Column, ExportDefinition } from './types';

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
    groupBy: params.enumArgument<SalesGroupBy>('groupBy'),
    orderBy: params.enumArgument<SalesOrderBy>('orderBy'),
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
  async source(query, { services }) {
    const report = await services.sales.salesReport(query);
    const identity = await identityCells(services, query.groupBy, report.rows);
    const rows = report.rows.map((row): Cell[] => [
      ...identity(row),
      row.units,
      row.revenue,
      row.costOfGoodsSold,
      row.margin,
      row.marginPercent,
    ]);
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
