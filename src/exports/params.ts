// An export's filters from the URL's query string, checked by the rules the GraphQL arguments of
// the same name follow: global IDs, RFC 3339 date-times in Stockroom's range, the schema's enum
// values and defaults (read from the field the export mirrors), and no NUL character in any text.
import { getNamedType, isEnumType, type GraphQLField } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { idOf, type NodeType } from '../graphql/global-id';
import { RequestError } from '../shared/errors';
import { isWithinMomentRange, MOMENT_RANGE, unstorableCharacter, unstorableTextMessage } from '../shared/validation';

const badInput = (message: string) => new RequestError('BAD_USER_INPUT', message);

export class QueryParams {
  constructor(
    private readonly raw: Record<string, unknown>,
    accepted: readonly string[],
    /** The field the export mirrors (its @export), whose arguments' enums and defaults these follow. */
    private readonly field?: GraphQLField<unknown, unknown>,
  ) {
    const unknown = Object.keys(raw).filter((name) => !accepted.includes(name));
    if (unknown.length > 0) {
      const list = accepted.length > 0 ? accepted.map((name) => `\`${name}\``).join(', ') : 'none';
      throw badInput(
        `Unknown query parameter ${unknown.map((name) => `\`${name}\``).join(', ')}; this export accepts ${list}.`,
      );
    }
  }

  /** The parameter's values, in order; a repeated parameter gives several. */
  private values(name: string): string[] {
    const value = this.raw[name];
    if (value === undefined) return [];
    const values = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(values) || !values.every((item) => typeof item === 'string')) {
      throw badInput(`\`${name}\` must be a plain value.`);
    }
    const unstorable = values.map(unstorableCharacter).find(Boolean);
    if (unstorable) throw badInput(unstorableTextMessage(name, unstorable));
    return values;
  }

  /** One value; absent or empty gives null, as an omitted GraphQL argument does. */
  text(name: string): string | null {
    const values = this.values(name);
    if (values.length > 1) throw badInput(`\`${name}\` was given more than once.`);
    return values[0] ? values[0] : null;
  }

  /** A global ID of the given type, as row id; fails with INVALID_ID like the API. */
  id(name: string, type: NodeType): string | null {
    const value = this.text(name);
    return value === null ? null : idOf(value, type, name);
  }

  dateTime(name: string): Date | null {
    const value = this.text(name);
    if (value === null) return null;
    let moment: Date;
    try {
      moment = DateTimeResolver.parseValue(value) as Date;
    } catch {
      const hint = value.includes(' ') ? ' (a `+` in a URL must be sent as `%2B`)' : '';
      throw badInput(
        `\`${name}\` must be a date-time with a time zone, such as 2026-11-21T09:30:00Z; got ${JSON.stringify(value)}${hint}.`,
      );
    }
    if (!isWithinMomentRange(moment))
      throw badInput(`\`${name}\` must be ${MOMENT_RANGE}; got ${JSON.stringify(value)}.`);
    return moment;
  }

  /** A date-time the GraphQL field requires (`DateTime!`). */
  requiredDateTime(name: string): Date {
    const value = this.dateTime(name);
    if (value === null) throw badInput(`\`${name}\` is required: a date-time such as 2026-11-21T09:30:00Z.`);
    return value;
  }

  /**
   * An enum argument of the mirrored field that has a default in the SDL: one of its enum's values,
   * or that default when absent. The schema is the one place both are written.
   */
  enumArgument<T extends string>(name: string): T {
    const argument = this.field?.args.find((candidate) => candidate.name === name);
    const type = argument && getNamedType(argument.type);
    if (!argument || !isEnumType(type) || argument.defaultValue === undefined) {
      throw new Error(`\`${name}\` is not an enum argument with a default of the field this export mirrors.`);
    }
    const value = this.text(name);
    if (value === null) return argument.defaultValue as T;
    return checkMember(
      name,
      value,
      type.getValues().map((member) => member.name as T),
    );
  }

  /** A list, as comma-separated values, a repeated parameter, or both; null when absent. */
  listOf<T extends string>(name: string, allowed: readonly T[]): T[] | null {
    const items = this.values(name)
      .flatMap((value) => value.split(','))
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length === 0) return null;
    return [...new Set(items.map((item) => checkMember(name, item, allowed)))];
  }

  boolean(name: string): boolean | null {
    const value = this.text(name);
    if (value === null) return null;
    if (value === 'true' || value === 'false') return value === 'true';
    throw badInput(`\`${name}\` must be true or false; got ${JSON.stringify(value)}.`);
  }

  positiveInt(name: string): number | null {
    const value = this.text(name);
    if (value === null) return null;
    const number = /^\d{1,9}$/.test(value) ? Number(value) : 0;
    if (number < 1) throw badInput(`\`${name}\` must be a whole number of 1 or more; got ${JSON.stringify(value)}.`);
    return number;
  }
}

function checkMember<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw badInput(`\`${name}\` must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`);
}
