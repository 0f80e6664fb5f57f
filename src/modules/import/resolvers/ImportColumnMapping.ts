import type { ImportColumnMappingResolvers } from './../../types.generated';
export const ImportColumnMapping: ImportColumnMappingResolvers = {
  /* Implement ImportColumnMapping resolver logic here */
};
