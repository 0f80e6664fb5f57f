import type { ImportJobErrorResolvers } from './../../types.generated';
export const ImportJobError: ImportJobErrorResolvers = {/* Implement ImportJobError resolver logic here */};
