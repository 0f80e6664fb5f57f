// Location GraphQL types are backed by Prisma rows.
import type { Location } from '../../generated/prisma/client';
import type { Page } from '../../shared/pagination';

export type LocationMapper = Location;
export type LocationConnectionMapper = Page<Location>;
