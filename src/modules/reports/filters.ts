// Checks shared by the reports and their exports: a filter that names nothing is a client bug,
// so it gets NOT_FOUND rather than an empty report; a backwards range gets INVALID_DATE_RANGE.
import type { PrismaClient } from '../../generated/prisma/client';
import { RequestError } from '../../shared/errors';

export function checkRange(from: Date, to: Date): void {
  if (from.getTime() > to.getTime()) {
    throw new RequestError(
      'INVALID_DATE_RANGE',
      `\`from\` (${from.toISOString()}) is later than \`to\` (${to.toISOString()}); give the earlier moment as \`from\`.`,
    );
  }
}

/** Throws NOT_FOUND unless the product and the location given (if any) exist. */
export async function checkFilterTargets(
  prisma: PrismaClient,
  filter: { productId?: string | null; locationId?: string | null },
): Promise<void> {
  const [product, location] = await Promise.all([
    filter.productId ? prisma.product.findUnique({ where: { id: filter.productId }, select: { id: true } }) : true,
    filter.locationId ? prisma.location.findUnique({ where: { id: filter.locationId }, select: { id: true } }) : true,
  ]);
  if (!product) throw new RequestError('NOT_FOUND', 'No product has the ID given as `productId`.');
  if (!location) throw new RequestError('NOT_FOUND', 'No location has the ID given as `locationId`.');
}
