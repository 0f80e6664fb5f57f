// The statement of Product.similar, named, its rows parsed.
import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client';

/** How many candidates, nearest by price (half above the base price, half below), help set the bound for Product.similar. */
const SIMILAR_PROBE = 100;
/** How many nearest textual neighbours (from the trigram index) Product.similar scores first. */
const SIMILAR_NEAREST = 100;

const SimilarRows = z.array(
  z.object({
    forId: z.string(),
    productId: z.string(),
    score: z.number(),
    priceScore: z.number(),
    categoryScore: z.number(),
    textScore: z.number(),
  }),
);

/** A product like the product `forId`, with its score and the signals it is made of. */
export type SimilarMatch = z.output<typeof SimilarRows>[number];

export interface SimilarityQuery {
  first: number;
  /** How much each signal counts; at least one above 0, their sum finite. */
  weights: { price: number; category: number; text: number };
}

/**
 * Each weight's share of their sum, worked out here rather than divided in SQL: PostgreSQL refuses a
 * float8 product that underflows to 0 (weights of 1e-300 and 1e300 made every score an error). A
 * share below 1e-12 cannot move a score at the precision shown, so it counts as 0.
 */
export function weightShares(weights: { price: number; category: number; text: number }) {
  const total = weights.price + weights.category + weights.text;
  const share = (weight: number) => (weight / total < 1e-12 ? 0 : weight / total);
  return { priceShare: share(weights.price), categoryShare: share(weights.category), textShare: share(weights.text) };
}

/**
 * The base product's price and category as they are compared, worked out once (OFFSET 0 keeps them
 * a row of their own, not an expression evaluated again for every candidate). Joined after `base`.
 */
const MINE = Prisma.sql`CROSS JOIN LATERAL (SELECT base.price::float8 AS price, lower(base.category) AS category OFFSET 0) AS mine`;

/** The price and category scores (`signal`) of the product row `candidate` against `mine`. Joined after `candidate`. */
const SIGNAL = Prisma.sql`CROSS JOIN LATERAL (
      SELECT CASE WHEN GREATEST(mine.price, candidate.price::float8) <= 0 THEN 1::float8
                  ELSE 1 - abs(mine.price - candidate.price::float8) / GREATEST(mine.price, candidate.price::float8)
             END AS price_score,
             CASE WHEN mine.category = lower(candidate.category) THEN 1 ELSE 0 END::float8 AS category_score
    ) AS signal`;

/**
 * Up to `first` other active products for each product asked, best score first, then SKU, in the
 * order of the products asked.
 *
 * Trigram similarity is the costly signal (tens of microseconds a pair), so it is computed only
 * where it can matter. Price and category scores are cheap. Two small sets are scored in full: the
 * nearest textual neighbours, which the trigram index on search_text yields nearest first, and the
 * nearest by price on either side, which the price index yields. The `first`-th best of those
 * scores is a lower bound on the answer's; every other candidate's text similarity is at most the
 * last neighbour's, so a candidate whose price and category scores cannot reach the bound even with
 * that text score cannot be in the answer. Since a price score falls with the distance from the base
 * price on each side, the candidates that can reach it lie in one price range, read from the price
 * index; only when no range can be set (the price weighs 0, the base price is 0, or the bound is too
 * low to exclude any price) is every candidate read. The result is exact whatever the weights.
 */
export async function similarProducts(
  db: PrismaClient,
  productIds: readonly string[],
  options: SimilarityQuery,
): Promise<SimilarMatch[]> {
  const { priceShare, categoryShare, textShare } = weightShares(options.weights);
  if (priceShare === 0 && categoryShare === 0) return similarByText(db, productIds, options.first);
  const score = (partial: Prisma.Sql, textScore: Prisma.Sql) =>
    Prisma.sql`LEAST(1, GREATEST(0, ${partial} + ${textShare}::float8 * ${textScore}))`;
  /** A candidate's text score: its search_text is read by id, for the few candidates scored on text. */
  const textScore = (id: Prisma.Sql) =>
    Prisma.sql`(SELECT similarity(base.search_text, other.search_text)::float8 FROM product other WHERE other.id = ${id})`;
  /** The price and category scores of the product row `candidate`, and their weighed sum. */
  const signals = Prisma.sql`candidate.id, candidate.sku, signal.price_score, signal.category_score,
      ${priceShare}::float8 * signal.price_score + ${categoryShare}::float8 * signal.category_score AS partial
    FROM product candidate ${SIGNAL}`;
  const inRange = Prisma.sql`candidate.price >= (SELECT low FROM span) AND candidate.price <= (SELECT high FROM span)`;
  return SimilarRows.parse(
    await db.$queryRaw`/* similarProducts */
      SELECT base.id::text AS "forId", match.id::text AS "productId", match.score,
             match.price_score AS "priceScore", match.category_score AS "categoryScore", match.text_score AS "textScore"
      FROM product base ${MINE}
      CROSS JOIN LATERAL (
        WITH nearest AS MATERIALIZED (
          SELECT neighbour.id, similarity(base.search_text, neighbour.search_text)::float8 AS text_score
          FROM product neighbour
          WHERE neighbour.active AND neighbour.id <> base.id
          ORDER BY neighbour.search_text <-> base.search_text
          LIMIT ${SIMILAR_NEAREST}::int
        ), ceiling AS (
          -- What any candidate outside the nearest can score on text at most (0 when none is left out).
          SELECT CASE WHEN count(*) < ${SIMILAR_NEAREST}::int THEN 0 ELSE min(text_score) END AS text_score FROM nearest
        ), probe AS MATERIALIZED (
          SELECT ${signals}
          WHERE candidate.id IN (
            SELECT id FROM nearest
            UNION ALL
            (SELECT id FROM product other WHERE other.active AND other.id <> base.id AND other.price >= base.price
             ORDER BY other.price, other.id LIMIT ${SIMILAR_PROBE / 2}::int)
            UNION ALL
            (SELECT id FROM product other WHERE other.active AND other.id <> base.id AND other.price < base.price
             ORDER BY other.price DESC, other.id LIMIT ${SIMILAR_PROBE / 2}::int))
        ), bound AS (
          SELECT COALESCE((
            SELECT ${score(Prisma.sql`probe.partial`, Prisma.sql`COALESCE(nearest.text_score, ${textScore(Prisma.sql`probe.id`)})`)} AS score
            FROM probe LEFT JOIN nearest USING (id)
            ORDER BY score DESC LIMIT 1 OFFSET ${options.first - 1}::int
          ), 0) - 1e-9 AS lowest
        ), reach AS (
          -- The price score a candidate outside the nearest needs at least, in the base's category.
          SELECT (bound.lowest - ${textShare}::float8 * ceiling.text_score - ${categoryShare}::float8)
                 / NULLIF(${priceShare}::float8, 0) AS price_score
          FROM bound CROSS JOIN ceiling
        ), span AS (
          -- The prices with that score, widened by a margin far above float8's rounding: the price score
          -- is the lower price over the higher, so k around a base price p spans p * k to p / k.
          SELECT CASE WHEN mine.price > 0 AND reach.price_score > 0
                      THEN (mine.price * reach.price_score * (1 - 1e-9))::numeric ELSE '-Infinity'::numeric END AS low,
                 CASE WHEN mine.price > 0 AND reach.price_score > 0
                      THEN (mine.price / (reach.price_score * (1 - 1e-9)))::numeric ELSE 'Infinity'::numeric END AS high
          FROM reach
        ), cheap AS MATERIALIZED (
          SELECT ${signals}
          WHERE candidate.active AND candidate.id <> base.id AND ${inRange}
          UNION ALL
          SELECT ${signals}
          WHERE candidate.id IN (SELECT id FROM nearest) AND NOT (${inRange})
        )
        SELECT scored.*, ${score(Prisma.sql`scored.partial`, Prisma.sql`scored.text_score`)} AS score
        FROM (
          SELECT cheap.id, cheap.sku, cheap.price_score, cheap.category_score, cheap.partial,
                 COALESCE(nearest.text_score, ${textScore(Prisma.sql`cheap.id`)}) AS text_score
          FROM cheap
          CROSS JOIN bound
          CROSS JOIN ceiling
          LEFT JOIN nearest USING (id)
          WHERE nearest.id IS NOT NULL OR cheap.partial + ${textShare}::float8 * ceiling.text_score >= bound.lowest
        ) AS scored
        ORDER BY score DESC, sku ASC
        LIMIT ${options.first}::int
      ) AS match
      WHERE base.id = ANY(${[...productIds]}::uuid[])
      ORDER BY base.id, match.score DESC, match.sku ASC`,
  );
}

/**
 * Product.similar when only text counts (price and category weigh 0): the score is the text
 * similarity itself, so the nearest textual neighbours, which the trigram index yields nearest
 * first, are the answer, and no other product needs scoring. Only when the `first`-th best of
 * them ties with the farthest (a product left out could score as much) are the others scored too,
 * as in similarProducts. Price and category scores are still reported, for the rows returned only.
 */
async function similarByText(db: PrismaClient, productIds: readonly string[], first: number): Promise<SimilarMatch[]> {
  return SimilarRows.parse(
    await db.$queryRaw`/* similarProductsByText */
      SELECT base.id::text AS "forId", match.id::text AS "productId", match.text_score AS score,
             signal.price_score AS "priceScore", signal.category_score AS "categoryScore", match.text_score AS "textScore"
      FROM product base ${MINE}
      CROSS JOIN LATERAL (
        WITH nearest AS MATERIALIZED (
          SELECT neighbour.id, neighbour.sku, similarity(base.search_text, neighbour.search_text)::float8 AS text_score
          FROM product neighbour
          WHERE neighbour.active AND neighbour.id <> base.id
          ORDER BY neighbour.search_text <-> base.search_text
          LIMIT ${SIMILAR_NEAREST}::int
        ), tied AS (
          -- Whether a product outside the nearest could score as much as the first-th best of them.
          SELECT count(*) >= ${SIMILAR_NEAREST}::int
                 AND min(text_score) >= COALESCE((
                   SELECT text_score FROM nearest ORDER BY text_score DESC LIMIT 1 OFFSET ${first - 1}::int
                 ), 0) - 1e-9 AS others
          FROM nearest
        )
        SELECT id, sku, text_score FROM nearest
        UNION ALL
        SELECT other.id, other.sku, similarity(base.search_text, other.search_text)::float8
        FROM product other
        WHERE (SELECT others FROM tied) AND other.active AND other.id <> base.id
              AND other.id NOT IN (SELECT id FROM nearest)
        ORDER BY text_score DESC, sku ASC
        LIMIT ${first}::int
      ) AS match
      JOIN product candidate ON candidate.id = match.id ${SIGNAL}
      WHERE base.id = ANY(${[...productIds]}::uuid[])
      ORDER BY base.id, match.text_score DESC, match.sku ASC`,
  );
}
