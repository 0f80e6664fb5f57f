// The reports' per-request DataLoaders: products' cost positions, days of cover and similar products.
import DataLoader from 'dataloader';
import { loaderPer, type LoaderFactories } from '../../shared/loaders';
import type { CoverOptions, LowStockService } from './low-stock';
import type { SimilarOptions, SimilarProduct, SimilarProductsService } from './similar';
import type { CostState, ValuationService } from './valuation';

export interface ReportLoaders {
  /** A product's current cost position: moving average cost and units on hand. */
  costs: DataLoader<string, CostState>;
  /** Days of cover of a product, one loader per window and location asked about. */
  daysOfCover(options: CoverOptions): DataLoader<string, number | null>;
  /** Products similar to a product, one loader per page size and weights asked about. */
  similarProducts(options: SimilarOptions): DataLoader<string, SimilarProduct[]>;
}

export function reportLoaders(reports: {
  valuation: ValuationService;
  lowStock: LowStockService;
  similarProducts: SimilarProductsService;
}): LoaderFactories<ReportLoaders> {
  return {
    costs: () => new DataLoader((ids) => reports.valuation.costStates(ids)),
    daysOfCover: () => loaderPer((ids, options: CoverOptions) => reports.lowStock.daysOfCover(ids, options)),
    similarProducts: () => loaderPer((ids, options: SimilarOptions) => reports.similarProducts.similarTo(ids, options)),
  };
}
