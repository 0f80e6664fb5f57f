import type { StockVerificationResolvers } from './../../types.generated';
export const StockVerification: StockVerificationResolvers = {/* Implement StockVerification resolver logic here */};
