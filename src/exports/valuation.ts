// The inventory valuation export: every row of `Query.inventoryValuation` (not one page), with the
// columns that fit its grouping; the totals go to the XLSX's "About" sheet.
import { toGlobalId } from '../graphql/global-id';
import type { ValuationGroupBy, ValuationQuery } from '../modules/reports';
import { identityCells, identityColumns } from './grouping';
import type { Cell, Column, ExportDefinition } from './types';

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
    groupBy: params.enumArgument<ValuationGroupBy>('groupBy'),
  }),
  columns: (query) => [...identityColumns(query.groupBy), ...FIGURES],
  describe: (query) => [
    ['at', query.at ?? null],
    ['locationId', query.locationId ? toGlobalId('Location', query.locationId) : null],
    ['category', query.category ?? null],
    ['groupBy', query.groupBy],
  ],
  async source(query, { services }) {
    const valuation = await services.valuation.inventoryValuation(query, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    const identity = await identityCells(services, query.groupBy, valuation.nodes);
    const rows = valuation.nodes.map((row): Cell[] => [...identity(row), row.quantity, row.averageCost, row.value]);
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
