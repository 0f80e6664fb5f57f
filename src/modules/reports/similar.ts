// Similar products: other active products like a product, scored from price proximity, same
// category and trigram similarity of name and description.
import type { PrismaClient } from '../../generated/prisma/client';
import { RequestError } from '../../shared/errors';
import { similarProducts } from './store/similar';

export interface SimilarProduct {
  productId: string;
  score: number;
  priceScore: number;
  categoryScore: number;
  textScore: number;
}

export interface SimilarityWeights {
  price: number;
  category: number;
  text: number;
}

export interface SimilarOptions {
  first: number;
  weights: SimilarityWeights;
}

const MAX_SIMILAR = 50;

function checkSimilarOptions({ first, weights }: SimilarOptions): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR) {
    throw new RequestError('OUT_OF_RANGE', `\`first\` must be a whole number from 1 to ${MAX_SIMILAR}.`);
  }
  const values = [weights.price, weights.category, weights.text];
  if (values.some((weight) => !Number.isFinite(weight) || weight < 0)) {
    throw new RequestError('OUT_OF_RANGE', 'Each similarity weight must be 0 or more.');
  }
  if (values.every((weight) => weight === 0)) {
    throw new RequestError('OUT_OF_RANGE', 'At least one similarity weight must be above 0.');
  }
  // Only their ratios matter; a sum that overflows would make every score NaN.
  if (!Number.isFinite(weights.price + weights.category + weights.text)) {
    throw new RequestError('OUT_OF_RANGE', 'The similarity weights are too large; only their ratios matter.');
  }
}

export class SimilarProductsService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Up to `first` other active products for each product asked, best score first, then SKU; one
   * statement for the whole batch (see similarProducts for how it stays exact and cheap).
   */
  async similarTo(productIds: readonly string[], options: SimilarOptions): Promise<SimilarProduct[][]> {
    checkSimilarOptions(options);
    const rows = await similarProducts(this.prisma, productIds, options);
    const byProduct = new Map<string, SimilarProduct[]>();
    for (const { forId, ...match } of rows) byProduct.set(forId, [...(byProduct.get(forId) ?? []), match]);
    return productIds.map((id) => byProduct.get(id) ?? []);
  }
}
