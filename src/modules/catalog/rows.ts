// A product row read by another module's statement (a product page reads its levels in the same
// statement), with the column names and types Prisma gives a Product.
import { Prisma, type Product } from '../../generated/prisma/client';

/**
 * A product as the API reads it: every field of the model but `searchText`, which only SQL reads
 * (the trigram index behind similar products). It repeats the name and description, and a page of
 * products would carry that text twice.
 */
export type ProductRow = Omit<Product, 'searchText'>;

/** Every column of the product row `alias` but search_text, named as the Product model names its fields. */
export function productColumnsSql(alias: string): Prisma.Sql {
  const p = Prisma.raw(alias);
  return Prisma.sql`${p}.id::text AS id, ${p}.sku::text AS sku, ${p}.name, ${p}.description, ${p}.category, ${p}.unit,
    ${p}.price, ${p}.reorder_point AS "reorderPoint", ${p}.reorder_quantity AS "reorderQuantity",
    ${p}.below_reorder_point AS "belowReorderPoint", ${p}.event_position AS "eventPosition", ${p}.active,
    ${p}.archived_at AS "archivedAt", ${p}.created_at AS "createdAt", ${p}.updated_at AS "updatedAt",
    ${p}.preferred_supplier AS "preferredSupplier",
    ${p}.lead_time_days AS "leadTimeDays"`;
}
