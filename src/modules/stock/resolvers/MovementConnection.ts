import type { MovementConnectionResolvers } from './../../types.generated';

export const MovementConnection: MovementConnectionResolvers = {
  totalCount: (page) => page.countAll(),
};
