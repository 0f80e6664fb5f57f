import type { CategoryResolvers } from './../../types.generated';
export const Category: CategoryResolvers = {/* Implement Category resolver logic here */};
