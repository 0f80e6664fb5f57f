import type { SalesReportRowResolvers } from './../../types.generated';

export const SalesReportRow: SalesReportRowResolvers = {
  product: (row, _args, ctx) => (row.productId ? ctx.loaders.productById.load(row.productId) : null),
  location: (row, _args, ctx) => (row.locationId ? ctx.loaders.locationById.load(row.locationId) : null),
};
