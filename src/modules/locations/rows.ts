// A location row carried inside another module's statement as JSON (the levels of a catalogue page
// bring their locations along, so the page needs no statement for them), and read back into the
// same shape Prisma gives a Location.
import { Prisma, type Location } from '../../generated/prisma/client';

/** The location row `alias` as a JSON object keyed by the model's field names. */
export function locationJsonSql(alias: string): Prisma.Sql {
  const l = Prisma.raw(alias);
  return Prisma.sql`json_build_object('id', ${l}.id, 'code', ${l}.code, 'name', ${l}.name, 'address', ${l}.address,
    'kind', ${l}.kind, 'allocationPriority', ${l}.allocation_priority, 'active', ${l}.active,
    'archivedAt', ${l}.archived_at, 'createdAt', ${l}.created_at, 'updatedAt', ${l}.updated_at)`;
}

/** A location built by locationJsonSql, as parsed JSON: its times arrive as text. */
export type LocationJson = Omit<Location, 'archivedAt' | 'createdAt' | 'updatedAt'> & {
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export function locationFromJson(row: LocationJson): Location {
  return {
    ...row,
    archivedAt: row.archivedAt === null ? null : new Date(row.archivedAt),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}
