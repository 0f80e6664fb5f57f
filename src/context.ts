// Per-request GraphQL context: the caller's request id, the services, and fresh DataLoaders.
import DataLoader from 'dataloader';
import type { ApiKey, Location, Movement, Product, User } from './generated/prisma/client';
import type { Authentication } from './modules/auth/service';
import type { CoverOptions } from './modules/reports/low-stock';
import type { SimilarOptions, SimilarProduct } from './modules/reports/similar';
import type { CostState } from './modules/reports/valuation';
import type { LevelState } from './modules/stock/ledger';
import type { StockTotals } from './modules/stock/queries';
import type { Services } from './services';
import type { Actor } from './shared/actor';

export interface Loaders {
  userById: DataLoader<string, User | null>;
  apiKeyById: DataLoader<string, ApiKey | null>;
  productById: DataLoader<string, Product | null>;
  locationById: DataLoader<string, Location | null>;
  movementById: DataLoader<string, Movement | null>;
  reversalOf: DataLoader<string, Movement | null>;
  stockTotals: DataLoader<string, StockTotals>;
  /** A product's current cost position: moving average cost and units on hand. */
  costs: DataLoader<string, CostState>;
  /** Levels of a product at every location. */
  stockLevels: DataLoader<string, LevelState[]>;
  /** Levels of a product at one location, one loader per location asked about. */
  stockLevelsAt(locationId: string): DataLoader<string, LevelState[]>;
  /** Days of cover of a product, one loader per window and location asked about. */
  daysOfCover(options: CoverOptions): DataLoader<string, number | null>;
  /** Products similar to a product, one loader per page size and weights asked about. */
  similarProducts(options: SimilarOptions): DataLoader<string, SimilarProduct[]>;
}

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

/** Orders batch results to match the keys, as DataLoader requires; missing keys give null. */
function byKey<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return async (keys: readonly string[]) => {
    const rows = new Map((await load(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  };
}

/** One loader per distinct set of field arguments, made on first use within the request. */
function loaderPer<O, V>(batch: (ids: readonly string[], options: O) => Promise<V[]>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (options: O) => {
    const key = JSON.stringify(options);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => batch(ids, options));
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** Groups batch results by key; keys with no rows get an empty list. */
function groupedBy<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return async (keys: readonly string[]) => {
    const groups = new Map<string, T[]>();
    for (const row of await load(keys)) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
    return keys.map((key) => groups.get(key) ?? []);
  };
}

export function createContext(services: Services, request: RequestInfo): Context {
  const { auth, catalog, locations, stockQueries } = services;
  const { requestId, authentication, clientAddress, apqRegistrations } = request;
  const levelsAt = new Map<string, DataLoader<string, LevelState[]>>();
  const movementIds = (keys: readonly string[]) => keys.map((key) => BigInt(key));
  return {
    requestId,
    services,
    viewer: 'actor' in authentication ? authentication.actor : null,
    authProblem: 'problem' in authentication ? authentication.problem : null,
    clientAddress,
    apqRegistrations,
    loaders: {
      userById: new DataLoader(
        byKey(
          (ids) => auth.usersByIds(ids),
          (row) => row.id,
        ),
      ),
      apiKeyById: new DataLoader(
        byKey(
          (ids) => auth.apiKeysByIds(ids),
          (row) => row.id,
        ),
      ),
      productById: new DataLoader(
        byKey(
          (ids) => catalog.productsByIds(ids),
          (row) => row.id,
        ),
      ),
      locationById: new DataLoader(
        byKey(
          (ids) => locations.locationsByIds(ids),
          (row) => row.id,
        ),
      ),
      movementById: new DataLoader(
        byKey(
          (ids) => stockQueries.movementsByIds(movementIds(ids)),
          (row) => String(row.id),
        ),
      ),
      reversalOf: new DataLoader(
        byKey(
          (ids) => stockQueries.reversalsOf(movementIds(ids)),
          (row) => String(row.reversalOfId),
        ),
      ),
      stockTotals: new DataLoader(async (ids) => {
        const totals = await stockQueries.totalsByProduct(ids);
        return ids.map((id) => totals.get(id) ?? { onHand: 0, reserved: 0 });
      }),
      costs: new DataLoader((ids) => services.valuation.costStates(ids)),
      stockLevels: new DataLoader(
        groupedBy(
          (ids) => stockQueries.levelsByProduct(ids),
          (row) => row.productId,
        ),
      ),
      daysOfCover: loaderPer((ids, options: CoverOptions) => services.lowStock.daysOfCover(ids, options)),
      similarProducts: loaderPer((ids, options: SimilarOptions) => services.similarProducts.similarTo(ids, options)),
      stockLevelsAt(locationId) {
        let loader = levelsAt.get(locationId);
        if (!loader) {
          loader = new DataLoader(
            groupedBy(
              (ids) => stockQueries.levelsByProduct(ids, locationId),
              (row) => row.productId,
            ),
          );
          levelsAt.set(locationId, loader);
        }
        return loader;
      },
    },
  };
}
