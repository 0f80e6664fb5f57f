// Per-request GraphQL context: the caller's request id, the services, and fresh DataLoaders (each
// module builds its own, in its loaders.ts).
import { authLoaders, type AuthLoaders, type Authentication } from './modules/auth';
import { catalogLoaders, type CatalogLoaders } from './modules/catalog';
import { incomingLoaders, type IncomingLoaders } from './modules/incoming';
import { locationLoaders, type LocationLoaders } from './modules/locations';
import { reportLoaders, type ReportLoaders } from './modules/reports';
import { stockLoaders, type StockLoaders } from './modules/stock';
import type { Services } from './services';
import type { Actor } from './shared/actor';
import { lazily, primeAll } from './shared/loaders';

/** Every module's DataLoaders, each module's from its own loaders.ts. */
export type Loaders = AuthLoaders & CatalogLoaders & LocationLoaders & StockLoaders & ReportLoaders & IncomingLoaders;

export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
  /** The authenticated caller; null when anonymous or refused. */
  viewer: Actor | null;
  /** Why the credentials sent were refused (expired, revoked, ...); null when none were refused. */
  authProblem: string | null;
  /** The client's address, for sign-in throttling. */
  clientAddress: string;
  /** Hashes of APQ documents this request may register once they validate (see graphql/persisted). */
  apqRegistrations?: ReadonlySet<string>;
}

export interface RequestInfo {
  requestId: string;
  authentication: Authentication;
  clientAddress: string;
  apqRegistrations?: ReadonlySet<string>;
}

export function createContext(services: Services, request: RequestInfo): Context {
  const { requestId, authentication, clientAddress, apqRegistrations } = request;
  return {
    requestId,
    services,
    viewer: 'actor' in authentication ? authentication.actor : null,
    authProblem: 'problem' in authentication ? authentication.problem : null,
    clientAddress,
    apqRegistrations,
    // Fresh for every request (a loader caches what it loaded), and built when first used.
    loaders: requestLoaders(services),
  };
}

/** Every module's loaders for one request, built when first used. */
function requestLoaders(services: Services): Loaders {
  const loaders: Loaders = lazily<Loaders>({
    ...authLoaders(services.auth),
    ...catalogLoaders(services.catalog),
    ...locationLoaders(services.locations),
    // Stock statements read locations and products along with levels (one statement, not three).
    ...stockLoaders(services.stockQueries, services.reservationQueries, {
      locations: (rows) => primeAll(loaders.locationById, rows),
      products: (rows) => primeAll(loaders.productById, rows),
    }),
    ...reportLoaders(services),
    ...incomingLoaders(services),
  });
  return loaders;
}
