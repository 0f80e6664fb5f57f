// The application's services, built once per process over one database.
import type { Database } from './db/client';
import { readSqlOn } from './db/sql';
import { AuthService, type AuthOptions } from './modules/auth';
import { CatalogService } from './modules/catalog';
import { EventService, type EventOptions } from './modules/events';
import { ImportJobService, type ImportJobOptions } from './modules/import';
import { IncomingQueries, PurchaseOrderService, TransferService } from './modules/incoming';
import { LiveService, type BusOptions } from './modules/live';
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
import { WebhookService, type WebhookServiceOptions } from './modules/webhooks';

export interface Services {
  auth: AuthService;
  catalog: CatalogService;
  locations: LocationService;
  stock: StockService;
  stockQueries: StockQueries;
  reservations: ReservationService;
  events: EventService;
  webhooks: WebhookService;
  /** GraphQL subscriptions: follows the change feed once the server starts it. */
  live: LiveService;
  reservationQueries: ReservationQueries;
  persisted: PersistedDocumentService;
  lowStock: LowStockService;
  movementSummary: MovementSummaryService;
  similarProducts: SimilarProductsService;
  valuation: ValuationService;
  sales: SalesService;
  transfers: TransferService;
  purchaseOrders: PurchaseOrderService;
  incoming: IncomingQueries;
  /** Import jobs uploaded over HTTP; ImportJobRunner (started by main.ts) runs them. */
  importJobs: ImportJobService;
}

export interface ServiceOptions {
  /** How long a write may wait for a database connection before it fails. */
  transactionWaitMs: number;
  /** Whether changes record events (on when omitted), and the change feed's retention (30 days when omitted). */
  events?: Partial<EventOptions> & { enabled?: boolean };
  auth: AuthOptions;
  /** Which webhook URLs may be saved; public https only when omitted. */
  webhooks?: Partial<WebhookServiceOptions>;
  /** The APQ cache: its size, and Redis instead of PostgreSQL when a URL is given. */
  apqCache?: Partial<ApqCacheOptions>;
  /** Subscriptions' event bus: the database URL for LISTEN/NOTIFY (polling only without it) and the poll interval. */
  live?: Partial<BusOptions>;
  /** Import jobs' limits; see DEFAULT_IMPORT_JOB_OPTIONS. */
  imports?: Partial<ImportJobOptions>;
}

/** 256 MiB per file, 20 jobs unfinished at once, 2 uploads arriving at once per instance, 10 minutes per upload. */
export const DEFAULT_IMPORT_JOB_OPTIONS: ImportJobOptions = {
  maxBytes: 256 * 1024 * 1024,
  maxUnfinished: 20,
  maxUploads: 2,
  uploadTimeoutMs: 10 * 60_000,
};

export function createServices(
  database: Pick<Database, 'prisma' | 'pool' | 'transaction'>,
  options: ServiceOptions,
): Services {
  const { prisma } = database;
  const readSql = readSqlOn(database.pool);
  const events = options.events?.enabled ?? true;
  const stock = new StockService(
    prisma,
    { transactionWaitMs: options.transactionWaitMs, events },
    readSql,
    database.transaction,
  );
  const reservationQueries = new ReservationQueries(prisma);
  const lowStock = new LowStockService(prisma);
  const valuation = new ValuationService(prisma);
  return {
    // Callers are cached only where changes can be heard: LISTEN on the same database as the bus.
    auth: new AuthService(prisma, { listenUrl: options.live?.listenUrl, ...options.auth }),
    catalog: new CatalogService(prisma, readSql, { events }),
    locations: new LocationService(prisma, { events }),
    stock,
    stockQueries: new StockQueries(prisma, readSql),
    reservations: new ReservationService(prisma, stock.ledger),
    reservationQueries,
    live: new LiveService(prisma, reservationQueries, options.live),
    webhooks: new WebhookService(prisma, {
      allowHttp: options.webhooks?.allowHttp ?? false,
      allowPrivateNetworks: options.webhooks?.allowPrivateNetworks ?? false,
      resolve: options.webhooks?.resolve,
    }),
    events: new EventService(prisma, { retentionDays: options.events?.retentionDays ?? 30 }),
    persisted: new PersistedDocumentService(prisma, options.apqCache),
    lowStock,
    movementSummary: new MovementSummaryService(prisma),
    similarProducts: new SimilarProductsService(prisma),
    valuation,
    sales: new SalesService(prisma),
    transfers: new TransferService(prisma, stock.ledger),
    // Drafting from suggestions reads the low-stock report and the cost ledger through their services.
    purchaseOrders: new PurchaseOrderService(prisma, stock.ledger, {
      suggestions: (locationId, category) => lowStock.suggestions(locationId, category),
      averageCosts: async (productIds) =>
        new Map((await valuation.costStates(productIds)).map((cost) => [cost.productId, cost.averageCost])),
    }),
    incoming: new IncomingQueries(prisma),
    importJobs: new ImportJobService(prisma, { ...DEFAULT_IMPORT_JOB_OPTIONS, ...options.imports }),
  };
}
