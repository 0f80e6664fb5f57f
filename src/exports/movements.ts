// The movement ledger export: every movement the filters of `Query.movements` select, oldest first,
// read by the stock module's movementLedger with the same filter as the GraphQL list.
import { MovementKind } from '../generated/prisma/enums';
import { toGlobalId } from '../graphql/global-id';
import { checkFilterTargets } from '../modules/reports';
import type { LedgerRow, MovementFilter } from '../modules/stock';
import { RequestError } from '../shared/errors';
import type { ExportDefinition } from './types';

export const movementsExport: ExportDefinition<Required<MovementFilter>> = {
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
  async source(filter, { services, prisma }) {
    // A filter naming nothing is a client bug: NOT_FOUND, as the reports answer it.
    await checkFilterTargets(prisma, { productId: filter.productId, locationId: filter.locationId });
    return {
      kind: 'query',
      rows: services.stockQueries.movementLedger(filter),
      cells: (row: LedgerRow) => [
        toGlobalId('Movement', row.id),
        row.occurredAt,
        row.recordedAt,
        row.kind,
        row.reason,
        row.sku,
        row.productName,
        row.fromLocationCode,
        row.toLocationCode,
        row.quantity,
        row.unitCost,
        row.unitPrice,
        row.reference,
        row.counterparty,
        row.note,
        row.reversalOfId && toGlobalId('Movement', row.reversalOfId),
      ],
    };
  },
};
