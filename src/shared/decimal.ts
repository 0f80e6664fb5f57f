// Money and costs are exact decimals end to end; this is the one Decimal class the code uses.
import { Prisma } from '../generated/prisma/client';

export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;
