import type { SalesReportResolvers } from './../../types.generated';

export const SalesReport: SalesReportResolvers = {};
