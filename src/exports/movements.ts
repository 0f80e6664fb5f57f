// The movement ledger export: every movement the filters of `Query.movements` select, oldest first.
import { MovementKind } from '../generated/prisma/enums';
import { toGlobalId } from '../graphql/global-id';
import { checkFilterTargets } from '../modules/reports/filters';
import { RequestError } from '../shared/errors';
import { Conditions } from './sql';
import type { ExportDefinition } from './types';

export interface MovementExportFilter {
  productId: string | null;
  locationId: string | null;
  kinds: MovementKind[] | null;
  reference: string | null;
  counterparty: string | null;
  occurredFrom: Date | null;
  occurredTo: Date | null;
}

interface MovementRow {
  id: string;
  kind: string;
  reason: string;
  sku: string;
  product_name: string;
  from_code: string | null;
  to_code: string | null;
  quantity: number;
  unit_cost: string | null;
  unit_price: string | null;
  reference: string | null;
  counterparty: string | null;
  note: string | null;
  occurred_at: Date;
  recorded_at: Date;
  reversal_of_id: string | null;
}

export const movementsExport: ExportDefinition<MovementExportFilter> = {
  name: 'movements',
  title: 'Movements',
  parameters: ['productId', 'locationId', 'kinds', 'reference', 'counterparty', 'occurredFrom', 'occurredTo'],
  parse(params) {
    const filter = {
      productId: params.id('productId', 'Product'),
      locationId: params.id('locationId', 'Location'),
      kinds: params.listOf('kinds', Object.values(MovementKind)),
      reference: params.text('reference'),
      counterparty: params.text('counterparty'),
      occurredFrom: params.dateTime('occurredFrom'),
      occurredTo: params.dateTime('occurredTo'),
    };
    if (filter.occurredFrom && filter.occurredTo && filter.occurredFrom > filter.occurredTo) {
      throw new RequestError('INVALID_DATE_RANGE', '`occurredFrom` is later than `occurredTo`.');
    }
    return filter;
  },
  columns: () => [
    { header: 'id', type: 'text', width: 22 },
    { header: 'occurredAt', type: 'datetime', width: 20 },
    { header: 'recordedAt', type: 'datetime', width: 20 },
    { header: 'kind', type: 'text' },
    { header: 'reason', type: 'text' },
    { header: 'sku', type: 'text', width: 16 },
    { header: 'productName', type: 'text', width: 32 },
    { header: 'fromLocation', type: 'text', width: 14 },
    { header: 'toLocation', type: 'text', width: 14 },
    { header: 'quantity', type: 'integer', width: 10 },
    { header: 'unitCost', type: 'decimal' },
    { header: 'unitPrice', type: 'decimal' },
    { header: 'reference', type: 'text', width: 18 },
    { header: 'counterparty', type: 'text', width: 20 },
    { header: 'note', type: 'text', width: 30 },
    { header: 'reversalOf', type: 'text', width: 22 },
  ],
  describe: (filter) => [
    ['productId', filter.productId && toGlobalId('Product', filter.productId)],
    ['locationId', filter.locationId && toGlobalId('Location', filter.locationId)],
    ['kinds', filter.kinds?.join(', ') ?? null],
    ['reference', filter.reference],
    ['counterparty', filter.counterparty],
    ['occurredFrom', filter.occurredFrom],
    ['occurredTo', filter.occurredTo],
  ],
  async source(filter, { prisma }) {
    // A filter naming nothing is a client bug: NOT_FOUND, as the reports answer it.
    await checkFilterTargets(prisma, { productId: filter.productId, locationId: filter.locationId });
    // The same conditions as the GraphQL movements list (StockQueries.movementWhere).
    const conditions = new Conditions();
    if (filter.productId) conditions.add('m.product_id = ?::uuid', filter.productId);
    if (filter.locationId) {
      conditions.add(
        '(m.from_location_id = ?::uuid OR m.to_location_id = ?::uuid)',
        filter.locationId,
        filter.locationId,
      );
    }
    if (filter.kinds) conditions.add('m.kind = ANY(?::"MovementKind"[])', filter.kinds);
    if (filter.reference) conditions.add('m.reference = ?', filter.reference);
    if (filter.counterparty) conditions.add('m.counterparty = ?', filter.counterparty);
    if (filter.occurredFrom) conditions.add('m.occurred_at >= ?', filter.occurredFrom);
    if (filter.occurredTo) conditions.add('m.occurred_at < ?', filter.occurredTo);
    const where = conditions.where();
    return {
      kind: 'query',
      // trim_scale: decimals as the API prints them ("12.5", not "12.5000").
      select: conditions.sql(`
        SELECT m.id, m.kind, m.reason, p.sku, p.name AS product_name,
               f.code AS from_code, t.code AS to_code, m.quantity,
               trim_scale(m.unit_cost)::text AS unit_cost, trim_scale(m.unit_price)::text AS unit_price,
               m.reference, m.counterparty, m.note, m.occurred_at, m.recorded_at, m.reversal_of_id
          FROM movement m
          JOIN product p ON p.id = m.product_id
          LEFT JOIN location f ON f.id = m.from_location_id
          LEFT JOIN location t ON t.id = m.to_location_id
          ${where}
         ORDER BY m.occurred_at, m.id`),
      count: conditions.sql(`SELECT count(*) AS count FROM movement m ${where}`),
      cells: (row: MovementRow) => [
        toGlobalId('Movement', row.id),
        row.occurred_at,
        row.recorded_at,
        row.kind,
        row.reason,
        row.sku,
        row.product_name,
        row.from_code,
        row.to_code,
        row.quantity,
        row.unit_cost,
        row.unit_price,
        row.reference,
        row.counterparty,
        row.note,
        row.reversal_of_id && toGlobalId('Movement', row.reversal_of_id),
      ],
    };
  },
};
