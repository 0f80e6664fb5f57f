// Export parameters without a database: enum arguments follow the mirrored field's SDL, values
// and default alike.
import { buildSchema } from 'graphql';
import { RequestError } from '../shared/errors';
import { QueryParams } from './params';

const field = buildSchema(`
  enum Grouping { PRODUCT CATEGORY LOCATION }
  type Query { report(groupBy: Grouping! = CATEGORY, plain: Grouping, text: String = "x"): Int }
`)
  .getQueryType()!
  .getFields().report!;

const paramsOf = (raw: Record<string, unknown>) => new QueryParams(raw, ['groupBy', 'plain', 'text'], field);

describe('QueryParams.enumArgument', () => {
  it('takes the default the SDL gives when the parameter is absent or empty', () => {
    expect(paramsOf({}).enumArgument('groupBy')).toBe('CATEGORY');
    expect(paramsOf({ groupBy: '' }).enumArgument('groupBy')).toBe('CATEGORY');
  });

  it("takes any value of the argument's enum", () => {
    expect(paramsOf({ groupBy: 'LOCATION' }).enumArgument('groupBy')).toBe('LOCATION');
  });

  it('refuses anything else with BAD_USER_INPUT, listing the enum as the SDL orders it', () => {
    let refusal: unknown;
    try {
      paramsOf({ groupBy: 'COUNTERPARTY' }).enumArgument('groupBy');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(RequestError);
    expect((refusal as RequestError).code).toBe('BAD_USER_INPUT');
    expect((refusal as RequestError).message).toBe(
      '`groupBy` must be one of PRODUCT, CATEGORY, LOCATION; got "COUNTERPARTY".',
    );
  });

  it('is a programming error for an argument without a default, not an enum, or not there', () => {
    for (const name of ['plain', 'text', 'missing']) {
      expect(() => paramsOf({}).enumArgument(name)).toThrow(/not an enum argument with a default/);
    }
    expect(() => new QueryParams({}, []).enumArgument('groupBy')).toThrow(/not an enum argument/);
  });
});
