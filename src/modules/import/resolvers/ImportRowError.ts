import type { ImportRowErrorResolvers } from './../../types.generated';
export const ImportRowError: ImportRowErrorResolvers = {/* Implement ImportRowError resolver logic here */};
