// Exact decimals in and out: strings on the wire, Prisma's Decimal inside.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Decimal as DecimalValue } from '../../../shared/decimal';

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const MAX_DIGITS = 40;

function parse(value: unknown): DecimalValue {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || text.length > MAX_DIGITS + 10 || !DECIMAL_TEXT.test(text.trim())) {
    throw new GraphQLError(
      `Decimal must be a number written as a string, such as "12.50"; got ${JSON.stringify(value)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  const decimal = new DecimalValue(text.trim());
  if (decimal.precision(true) > MAX_DIGITS) {
    throw new GraphQLError(`Decimal has more than ${MAX_DIGITS} significant digits.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return decimal;
}

export const Decimal = new GraphQLScalarType<DecimalValue, string>({
  name: 'Decimal',
  description: 'An exact decimal number, serialised as a string such as "12.50".',
  serialize: (value) => (value instanceof DecimalValue ? value.toFixed() : parse(value).toFixed()),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parse(ast.value);
    throw new GraphQLError('Decimal must be a string or a number literal.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
