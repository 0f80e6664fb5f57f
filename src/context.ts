// Per-request GraphQL context: the caller's request id, the services, and fresh DataLoaders.
import DataLoader from 'dataloader';
import type { Location, Product } from './generated/prisma/client';
import type { Services } from './services';

export interface Loaders {
  productById: DataLoader<string, Product | null>;
  locationById: DataLoader<string, Location | null>;
}

export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
}

/** Orders batch results to match the keys, as DataLoader requires; missing keys give null. */
function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return async (ids: readonly string[]) => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  };
}

export function createContext(services: Services, requestId: string): Context {
  return {
    requestId,
    services,
    loaders: {
      productById: new DataLoader(byId((ids) => services.catalog.productsByIds(ids))),
      locationById: new DataLoader(byId((ids) => services.locations.locationsByIds(ids))),
    },
  };
}
