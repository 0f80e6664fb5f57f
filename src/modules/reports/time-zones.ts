// The IANA time zones PostgreSQL knows, which the reports cut days, weeks and months in: read once
// per service, matched ignoring case.
import type { PrismaClient } from '../../generated/prisma/client';
import { RequestError } from '../../shared/errors';
import { timeZoneNames } from './store/movement-summary';

export class TimeZones {
  private zones: Promise<Map<string, string>> | null = null;

  constructor(private readonly prisma: PrismaClient) {}

  /** The zone's name as PostgreSQL knows it; INVALID_TIME_ZONE for anything but an IANA zone name. */
  async named(name: string): Promise<string> {
    this.zones ??= timeZoneNames(this.prisma).then(
      (names) => new Map(names.map((known) => [known.toLowerCase(), known])),
      (error: unknown) => {
        this.zones = null;
        throw error;
      },
    );
    const zone = (await this.zones).get(name.trim().toLowerCase());
    if (!zone) {
      throw new RequestError(
        'INVALID_TIME_ZONE',
        `"${name.slice(0, 60)}" is not a time zone; give an IANA name such as "Europe/Berlin" or "UTC".`,
      );
    }
    return zone;
  }
}
