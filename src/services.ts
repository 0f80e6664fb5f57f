// The application's services, built once per process over one database.
import type { PrismaClient } from './generated/prisma/client';
import { CatalogService } from './modules/catalog/service';
import { LocationService } from './modules/locations/service';

export interface Services {
  catalog: CatalogService;
  locations: LocationService;
}

export function createServices(prisma: PrismaClient): Services {
  return {
    catalog: new CatalogService(prisma),
    locations: new LocationService(prisma),
  };
}
