// Locations: where stock is kept. Listing, lookup and the rules for changing them.
import type { EventType, Location, LocationKind, Prisma, PrismaClient } from '../../generated/prisma/client';
import type { Actor } from '../../shared/actor';
import { audit } from '../../shared/audit';
import { announceEvents, locationPayload, recordEvents, type EventDraft } from '../events';
import { userError, type MutationResult, type UserError } from '../../shared/errors';
import { paginate, type Page, type PageArgs } from '../../shared/pagination';
import { isRecordNotFound, isUniqueViolation } from '../../shared/prisma-errors';
import { containsText } from '../../shared/text-match';
import { TRANSIT_LOCATION_ID } from '../../shared/transit';
import { checkText } from '../../shared/validation';

export type LocationOrderField = 'CODE' | 'NAME' | 'CREATED_AT';

export interface LocationFilter {
  search?: string | null;
  kinds?: LocationKind[] | null;
  /** true: active only; false: archived only; null: both. */
  active?: boolean | null;
}

export interface LocationOrder {
  field: LocationOrderField;
  direction?: 'ASC' | 'DESC' | null;
}

export interface LocationFields {
  code?: string | null;
  name?: string | null;
  address?: string | null;
  kind?: LocationKind | null;
  allocationPriority?: number | null;
}

type LocationResult = MutationResult<'location', Location>;

const SORT_FIELDS: Record<LocationOrderField, 'code' | 'name' | 'createdAt'> = {
  CODE: 'code',
  NAME: 'name',
  CREATED_AT: 'createdAt',
};

export class LocationService {
  constructor(
    private readonly prisma: PrismaClient,
    /** Whether changes record events (EVENTS=on, the default). */
    private readonly options: { events?: boolean } = {},
  ) {}

  private get events(): boolean {
    return this.options.events ?? true;
  }

  async listLocations(
    filter: LocationFilter,
    order: LocationOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Location>> {
    const sortField = SORT_FIELDS[order?.field ?? 'CODE'];
    return paginate<Location>(
      {
        where: locationWhere(filter),
        sortField,
        direction: order?.direction === 'DESC' ? 'desc' : 'asc',
        cursor: { sortValue: sortField === 'createdAt' ? 'moment' : 'text', id: 'uuid' },
        findMany: (args) => this.prisma.location.findMany(args as Prisma.LocationFindManyArgs),
        count: (args) => this.prisma.location.count(args as Prisma.LocationCountArgs),
      },
      page,
    );
  }

  locationById(id: string): Promise<Location | null> {
    return this.prisma.location.findUnique({ where: { id } });
  }

  locationsByIds(ids: readonly string[]): Promise<Location[]> {
    return this.prisma.location.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Codes are citext, so this lookup ignores case. */
  locationByCode(code: string): Promise<Location | null> {
    return this.prisma.location.findUnique({ where: { code: code.trim() } });
  }

  async createLocation(actor: Actor, input: LocationFields & { code: string; name: string }): Promise<LocationResult> {
    const events = this.events;
    const errors: UserError[] = [];
    const data = checkLocationFields(errors, input);
    if (errors.length > 0) return { location: null, userErrors: errors };
    try {
      const location = await this.prisma.$transaction(async (tx) => {
        const created = await tx.location.create({
          data: {
            code: data.code!,
            name: data.name!,
            address: data.address,
            kind: data.kind,
            allocationPriority: data.allocationPriority,
          },
        });
        await audit(tx, actor, {
          action: 'location.created',
          targetType: 'Location',
          targetId: created.id,
          details: data,
        });
        if (events) await recordEvents(tx, [locationEvent('LOCATION_CREATED', actor, created)]);
        return created;
      });
      if (events) announceEvents();
      return { location, userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return duplicateCode(input.code);
      throw error;
    }
  }

  async updateLocation(actor: Actor, id: string, input: LocationFields): Promise<LocationResult> {
    if (id === TRANSIT_LOCATION_ID) return transitLocation();
    const events = this.events;
    const errors: UserError[] = [];
    const data = checkLocationFields(errors, input);
    if (errors.length > 0) return { location: null, userErrors: errors };
    try {
      const location = await this.prisma.$transaction(async (tx) => {
        const updated = await tx.location.update({ where: { id }, data });
        await audit(tx, actor, { action: 'location.updated', targetType: 'Location', targetId: id, details: data });
        if (events) await recordEvents(tx, [locationEvent('LOCATION_UPDATED', actor, updated)]);
        return updated;
      });
      if (events) announceEvents();
      return { location, userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return duplicateCode(input.code ?? '');
      if (isRecordNotFound(error)) return locationNotFound();
      throw error;
    }
  }

  /** Archiving keeps the row and its history; it only hides the location from default listings. */
  async setLocationArchived(actor: Actor, id: string, archived: boolean): Promise<LocationResult> {
    if (id === TRANSIT_LOCATION_ID) return transitLocation();
    const events = this.events;
    // Only a location in the other state changes, so repeating the call is harmless.
    const changed = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.location.updateMany({
        where: { id, active: archived },
        data: archived ? { active: false, archivedAt: new Date() } : { active: true, archivedAt: null },
      });
      if (changed.count === 0) return false;
      const action = archived ? 'location.archived' : 'location.restored';
      await audit(tx, actor, { action, targetType: 'Location', targetId: id });
      if (!events) return false;
      const location = await tx.location.findUniqueOrThrow({ where: { id } });
      await recordEvents(tx, [locationEvent(archived ? 'LOCATION_ARCHIVED' : 'LOCATION_RESTORED', actor, location)]);
      return true;
    });
    if (changed) announceEvents();
    const location = await this.locationById(id);
    return location ? { location, userErrors: [] } : locationNotFound();
  }
}

function locationEvent(type: EventType, actor: Actor, location: Location): EventDraft {
  return { type, actor, productIds: [], locationIds: [location.id], payload: locationPayload(location) };
}

function locationWhere(filter: LocationFilter): Prisma.LocationWhereInput {
  const and: Prisma.LocationWhereInput[] = [];
  if (filter.active !== null && filter.active !== undefined) and.push({ active: filter.active });
  if (filter.kinds && filter.kinds.length > 0) and.push({ kind: { in: filter.kinds } });
  const search = filter.search?.trim();
  if (search) {
    and.push({
      OR: [{ code: containsText(search) }, { name: containsText(search) }, { address: containsText(search) }],
    });
  }
  return { AND: and };
}

function checkLocationFields(errors: UserError[], input: LocationFields) {
  return {
    code: checkText(errors, 'code', input.code, {
      max: 32,
      required: true,
      pattern: /^\S+$/u,
      formatHint: 'must not contain white space',
    }),
    name: checkText(errors, 'name', input.name, { max: 200, required: true }),
    address: checkText(errors, 'address', input.address, { max: 1000 }),
    kind: input.kind ?? undefined,
    allocationPriority: checkPriority(errors, input.allocationPriority),
  };
}

function checkPriority(errors: UserError[], priority: number | null | undefined): number | undefined {
  if (priority === null || priority === undefined) return undefined;
  if (!Number.isInteger(priority) || priority < -1000 || priority > 1000) {
    errors.push(userError('OUT_OF_RANGE', ['allocationPriority'], 'allocationPriority must be from -1,000 to 1,000.'));
    return undefined;
  }
  return priority;
}

function duplicateCode(code: string): LocationResult {
  return {
    location: null,
    userErrors: [
      userError(
        'DUPLICATE_LOCATION_CODE',
        ['code'],
        `Another location already has the code "${code.trim()}" (codes ignore case).`,
      ),
    ],
  };
}

/** The in-transit location is Stockroom's own: it stays archived, and transfers alone move stock through it. */
function transitLocation(): LocationResult {
  return {
    location: null,
    userErrors: [
      userError('NOT_APPLICABLE', ['id'], 'The in-transit location is kept by Stockroom and cannot be changed.'),
    ],
  };
}

function locationNotFound(): LocationResult {
  return { location: null, userErrors: [userError('NOT_FOUND', ['id'], 'No location has this ID.')] };
}
