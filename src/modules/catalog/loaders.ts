// The catalog's per-request DataLoaders: products by id.
import DataLoader from 'dataloader';
import type { ProductRow } from './rows';
import { byKey, type LoaderFactories } from '../../shared/loaders';
import type { CatalogService } from './service';

export interface CatalogLoaders {
  productById: DataLoader<string, ProductRow | null>;
}

export function catalogLoaders(catalog: CatalogService): LoaderFactories<CatalogLoaders> {
  return {
    productById: () =>
      new DataLoader(
        byKey(
          (ids) => catalog.productsByIds(ids),
          (row) => row.id,
        ),
      ),
  };
}
