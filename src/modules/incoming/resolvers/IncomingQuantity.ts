import type { IncomingQuantityResolvers } from './../../types.generated';
export const IncomingQuantity: IncomingQuantityResolvers = {/* Implement IncomingQuantity resolver logic here */};
