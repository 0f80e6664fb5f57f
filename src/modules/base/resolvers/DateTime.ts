// RFC 3339 date-times (graphql-scalars' parser), limited to the moments Stockroom accepts anywhere.
import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { isWithinMomentRange, MOMENT_RANGE } from '../../../shared/validation';

/** Every refusal is BAD_USER_INPUT, whether the value came as a variable or as a literal. */
function refuse(message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function withinRange(parse: () => unknown, shown: unknown): Date {
  let moment: Date;
  try {
    moment = parse() as Date;
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error));
  }
  if (!isWithinMomentRange(moment)) refuse(`DateTime must be ${MOMENT_RANGE}; got ${JSON.stringify(shown)}.`);
  return moment;
}

export const DateTime = new GraphQLScalarType<Date, Date>({
  name: 'DateTime',
  // graphql-tools puts this description in place of the SDL's, so it says the same.
  description:
    'A point in time, as an ISO 8601 / RFC 3339 string with a time zone, e.g. "2026-11-21T09:30:00Z", ' +
    `${MOMENT_RANGE}; others are refused with BAD_USER_INPUT.`,
  serialize: (value) => DateTimeResolver.serialize(value) as Date,
  parseValue: (value) => withinRange(() => DateTimeResolver.parseValue(value), value),
  parseLiteral: (ast: ValueNode) =>
    withinRange(() => DateTimeResolver.parseLiteral(ast, undefined), 'value' in ast ? ast.value : ast.kind),
  extensions: DateTimeResolver.extensions,
});
