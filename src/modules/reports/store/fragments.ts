// SQL fragments more than one report's statements share.
import { Prisma } from '../../../generated/prisma/client';

/** Products whose category (in the product row `p`) is the one asked, ignoring case; none asked, all. */
export function categoryFilter(category: string | null | undefined): Prisma.Sql {
  return category ? Prisma.sql`AND lower(p.category) = lower(${category})` : Prisma.empty;
}

/** As categoryFilter, over any column, with the category asked trimmed (blank means all). */
export function trimmedCategoryFilter(column: Prisma.Sql, category: string | null | undefined): Prisma.Sql {
  return category?.trim() ? Prisma.sql`AND lower(${column}) = lower(${category.trim()})` : Prisma.empty;
}
