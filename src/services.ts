// The application's services, built once per process over one database.
import type { PrismaClient } from './generated/prisma/client';
import { AuthService, type AuthOptions } from './modules/auth';
import { CatalogService } from './modules/catalog';
import { LocationService } from './modules/locations';
import { PersistedDocumentService, type ApqCacheOptions } from './modules/persisted';
import {
  LowStockService,
  MovementSummaryService,
  SalesService,
  SimilarProductsService,
  ValuationService,
} from './modules/reports';
import { ReservationQueries, ReservationService, StockQueries, StockService } from './modules/stock';

export interface Services {
  auth: AuthService;
  catalog: CatalogService;
  locations: LocationService;
  stock: StockService;
  stockQueries: StockQueries;
  reservations: ReservationService;
  reservationQueries: ReservationQueries;
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
  const stock = new StockService(prisma, options);
  return {
    auth: new AuthService(prisma, options.auth),
    catalog: new CatalogService(prisma),
    locations: new LocationService(prisma),
    stock,
    stockQueries: new StockQueries(prisma),
    reservations: new ReservationService(prisma, stock.ledger),
    reservationQueries: new ReservationQueries(prisma),
    persisted: new PersistedDocumentService(prisma, options.apqCache),
    lowStock: new LowStockService(prisma),
    movementSummary: new MovementSummaryService(prisma),
    similarProducts: new SimilarProductsService(prisma),
    valuation: new ValuationService(prisma),
    sales: new SalesService(prisma),
  };
}
