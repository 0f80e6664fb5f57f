// The application's services, built once per process over one database.
import type { PrismaClient } from './generated/prisma/client';
import { AuthService, type AuthOptions } from './modules/auth';
import { CatalogService } from './modules/catalog';
import { LocationService } from './modules/locations';
import { PersistedDocumentService, type ApqCacheOptions } from './modules/persisted';
import { LowStockService } from './modules/reports/low-stock';
import { MovementSummaryService } from './modules/reports/movement-summary';
import { SalesService } from './modules/reports/sales';
import { SimilarProductsService } from './modules/reports/similar';
import { ValuationService } from './modules/reports/valuation';
import { StockQueries } from './modules/stock/queries';
import { StockService } from './modules/stock/service';

export interface Services {
  auth: AuthService;
  catalog: CatalogService;
  locations: LocationService;
  stock: StockService;
  stockQueries: StockQueries;
  persisted: PersistedDocumentService;
  lowStock: LowStockService;
  movementSummary: MovementSummaryService;
  similarProducts: SimilarProductsService;
  valuation: ValuationService;
  sales: SalesService;
}

export interface ServiceOptions {
  /** How long a write may wait for a database connection before it fails. */
  transactionWaitMs: number;
  auth: AuthOptions;
  /** The APQ cache: its size, and Redis instead of PostgreSQL when a URL is given. */
  apqCache?: Partial<ApqCacheOptions>;
}

export function createServices(prisma: PrismaClient, options: ServiceOptions): Services {
  return {
    auth: new AuthService(prisma, options.auth),
    catalog: new CatalogService(prisma),
    locations: new LocationService(prisma),
    stock: new StockService(prisma, options),
    stockQueries: new StockQueries(prisma),
    persisted: new PersistedDocumentService(prisma, options.apqCache),
    lowStock: new LowStockService(prisma),
    movementSummary: new MovementSummaryService(prisma),
    similarProducts: new SimilarProductsService(prisma),
    valuation: new ValuationService(prisma),
    sales: new SalesService(prisma),
  };
}
