// A seeded generator of hostile requests for the fuzz test: GraphQL operations built from the
// schema (every root field, arguments from their types, bounded selection sets) and export
// downloads with random query strings. One seed and one set of pools always give the same
// requests, so a failure reproduces from the seed the test prints.
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { NodeType } from '../../src/graphql/global-id';
import { globalIdOf, rowIdOf } from './ids';

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Up to `count` distinct items, in a random order. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(this.int(0, pool.length - 1), 1)[0]!);
    return chosen;
  }
}

/** Real values read from the server before fuzzing, so some requests reach deep into resolvers. */
export interface FuzzPools {
  ids: Record<NodeType, string[]>;
  /** Cursors of every kind of list, so most of them are foreign to the list they are sent to. */
  cursors: string[];
  skus: string[];
  locationCodes: string[];
  categories: string[];
  emails: string[];
}

export type FuzzRequest =
  | {
      kind: 'graphql';
      /** The root fields asked for, e.g. `Mutation.receiveStock`, to group failures by. */
      fields: string[];
      /** The exact JSON body POSTed to /graphql. */
      body: string;
    }
  | { kind: 'export'; path: string };

/** An enum value: printed bare in a document, as its name in variables. */
class EnumLiteral {
  constructor(readonly name: string) {}
}

const NODE_TYPES: NodeType[] = ['Product', 'Location', 'Movement', 'User', 'ApiKey'];

const PAGE_SIZES = [0, -1, 100, 101, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 53, 1e308, 1.5];
const QUANTITIES = [
  0,
  -1,
  1_000_000_000,
  1_000_000_000,
  999_999_999,
  1_000_000_001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  1e308,
  1.5,
];
const INTS = [0, -1, 1, 7, 365, 366, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 53, 1e308, 0.5];
const FLOATS = [0, 1, 0.5, -1, 1e308, -1e308, 5e-324, 2 ** 53, 1e-308, 3];
const DECIMALS = [
  '0',
  '9.99',
  '0.0001',
  '0.00001',
  '-1',
  '1e5',
  '1E-3',
  '99999999999999999999.9999',
  '1e400',
  '1'.repeat(41),
  'NaN',
  'Infinity',
  '-0',
  '1,5',
  ' 12.5 ',
  '',
  '.5',
  '5.',
  '0x10',
];
const DATES = [
  '2026-01-01T00:00:00Z',
  '2025-06-15T12:30:00.123+02:00',
  '2099-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '1900-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2026-01-01T00:00:00+25:00',
  '2026-01-01T00:00:00-23:59',
  '2026-02-30T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2016-12-31T23:59:60Z',
  '2026-01-01T00:00:00.123456789Z',
  '2026-01-01',
  '2026-01-01T00:00:00',
  'now',
  '',
];
const TIME_ZONES = ['UTC', 'Europe/Berlin', 'Asia/Kathmandu', 'Etc/GMT+12', '+05:30', 'Mars/Olympus', 'utc', 'Local'];
const WRONG_TYPES: unknown[] = [42, -1, 1.5, 'fuzz', true, [], { fuzz: 1 }, new EnumLiteral('PRODUCT'), 2 ** 53, 1e308];

/** Ways to make a plausible string hostile. None adds text that looks like a leak (SQL errors, paths, stacks). */
const HOSTILE: Array<(base: string, random: Random) => string> = [
  (base) => `${base}\u0000`,
  (base) => `\u0000${base}`,
  (base) => `${base.slice(0, 1)}\u0000${base.slice(1)}`,
  (base) => `\u200f${base}`,
  (base) => `\u202e${base}\u202c`,
  (base) => `${base}📦👩‍👩‍👧`,
  (base) => `${base}e\u0301\u0301\u0301`,
  // Lone and reversed surrogates: JSON carries them escaped, JavaScript keeps them, UTF-8 cannot.
  (base) => `${base}\ud800`,
  (base) => `\udfff${base}`,
  (base) => `${base.slice(0, 1)}\ud83d${base.slice(1)}`,
  (base) => `${base}\udc00\ud800`,
  (base) => `\ufeff${base}\u200b`,
  (base) => `İ${base}ß`,
  (base) => base.toUpperCase(),
  (base) => `Ｆｕｚｚ${base}`,
  (base, random) => (base || 'x').repeat(Math.ceil(random.pick([201, 1_001, 5_001, 70_000]) / (base.length || 1))),
  () => ' ',
  () => '',
  () => '\t\r\n',
  (base) => `${base}%`,
  () => '%',
  () => '_',
  () => '\\',
  () => "' OR '1'='1",
  () => "'; DROP TABLE product; --",
  () => '=HYPERLINK("http://x.test")',
  () => '<script>alert(1)</script>',
  () => '../../etc/passwd',
];

export interface FuzzerOptions {
  schema: GraphQLSchema;
  pools: FuzzPools;
  seed: number;
  /** Share of GraphQL operations that are mutations. */
  mutationShare: number;
  /** Share of requests that go to the export routes instead of /graphql. */
  exportShare: number;
  /** Extra weight for `signIn`, the one field an anonymous caller may use. */
  signInShare: number;
  /** Export names and the query parameters each accepts (from the export definitions). */
  exports: Array<{ name: string; parameters: readonly string[] }>;
}

/** Where a value goes, to choose plausible bases: the field or input type, and the name. */
interface Hint {
  parent: string;
  name: string;
}

/** Depth of the selection below a root field (a connection spends two levels on edges and node). */
const MAX_SELECTION_DEPTH = 4;

export class Fuzzer {
  private readonly random: Random;
  private readonly queries: GraphQLField<unknown, unknown>[];
  private readonly mutations: GraphQLField<unknown, unknown>[];
  private readonly signIn: GraphQLField<unknown, unknown> | undefined;

  constructor(private readonly options: FuzzerOptions) {
    this.random = new Random(options.seed);
    this.queries = Object.values(options.schema.getQueryType()?.getFields() ?? {});
    this.mutations = Object.values(options.schema.getMutationType()?.getFields() ?? {});
    this.signIn = this.mutations.find((field) => field.name === 'signIn');
  }

  next(): FuzzRequest {
    if (this.random.chance(this.options.exportShare)) return this.exportRequest();
    return this.graphqlRequest();
  }

  // ---- GraphQL operations ----

  private graphqlRequest(): FuzzRequest {
    const random = this.random;
    const signIn = this.signIn && random.chance(this.options.signInShare) ? this.signIn : undefined;
    const operation = signIn || random.chance(this.options.mutationShare) ? 'mutation' : 'query';
    const roots = operation === 'mutation' ? this.mutations : this.queries;
    const fields = signIn ? [signIn] : random.some(roots, random.chance(0.15) ? 2 : 1);
    const variables = new Variables(random);
    const selections = fields.map(
      (field, index) =>
        `a${index}: ${field.name}${this.argumentsOf(field, variables)}${this.selectionOf(field.type, 1, variables)}`,
    );
    const root = operation === 'mutation' ? 'Mutation' : 'Query';
    let query = `${operation} Fuzz${variables.declarations()} { ${selections.join(' ')} }`;
    // A few documents are broken on purpose: they must still get a 4xx with a code.
    if (random.chance(0.02)) query = query.slice(0, random.int(1, query.length - 1));
    const body: Record<string, unknown> = { query, variables: variables.values };
    if (random.chance(0.5)) body.operationName = random.chance(0.98) ? 'Fuzz' : 'Other';
    return {
      kind: 'graphql',
      fields: fields.map((field) => `${root}.${field.name}`),
      body: JSON.stringify(body, (_key, value: unknown) => (value instanceof EnumLiteral ? value.name : value)),
    };
  }

  /** `(a: 1, b: $v0)`, each argument given as a literal or as a variable. */
  private argumentsOf(field: GraphQLField<unknown, unknown>, variables: Variables, nested = false): string {
    const given: string[] = [];
    for (const argument of field.args) {
      const required = isNonNullType(argument.type);
      if (required ? this.random.chance(0.01) : this.random.chance(0.5)) continue;
      const value = this.valueOf(argument.type, { parent: field.name, name: argument.name }, false);
      // Below the root a page size goes inline, or the cost check counts it as the maximum and refuses most queries.
      const inline = this.random.chance(0.5) || (nested && /^(first|last)$/.test(argument.name));
      given.push(`${argument.name}: ${inline ? literal(value) : variables.add(argument, value)}`);
    }
    return given.length > 0 ? `(${given.join(', ')})` : '';
  }

  private selectionOf(type: GraphQLOutputType, depth: number, variables: Variables): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    const random = this.random;
    const parts = ['__typename'];
    if (isAbstractType(named)) {
      for (const possible of random.some(this.options.schema.getPossibleTypes(named), random.int(1, 2))) {
        parts.push(`... on ${possible.name} ${this.selectionOf(possible, depth, variables)}`);
      }
      return ` { ${parts.join(' ')} }`;
    }
    const fields = Object.values((named as GraphQLObjectType).getFields());
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    const objects = fields.filter((field) => !isLeafType(getNamedType(field.type)));
    for (const field of random.some(leaves, random.int(0, 4))) {
      parts.push(`${field.name}${this.argumentsOf(field, variables, true)}`);
    }
    if (depth < MAX_SELECTION_DEPTH) {
      // Connections always open their edges or nodes, so lists are actually read.
      const wanted = objects.filter((field) => ['edges', 'nodes'].includes(field.name));
      const chosen = new Set([...random.some(wanted, 1), ...random.some(objects, random.int(0, depth === 1 ? 3 : 2))]);
      for (const field of chosen) {
        parts.push(
          `${field.name}${this.argumentsOf(field, variables, true)}${this.selectionOf(field.type, depth + 1, variables)}`,
        );
      }
    }
    return ` { ${parts.join(' ')} }`;
  }

  // ---- Values ----

  /** A value for an input type: usually of the right type and often hostile, sometimes of the wrong type. */
  private valueOf(type: GraphQLInputType, hint: Hint, small: boolean): unknown {
    const random = this.random;
    if (random.chance(0.02)) return random.chance(0.2) ? null : random.pick(WRONG_TYPES);
    const required = isNonNullType(type);
    const inner = required ? type.ofType : type;
    if (!required && random.chance(0.05)) return null;
    if (isListType(inner)) {
      const itemType = inner.ofType as GraphQLInputType;
      if (random.chance(0.08)) return [];
      // A huge list repeats one small item: the size is the test, not the bytes.
      if (!small && random.chance(0.05)) {
        const item = this.valueOf(itemType, hint, true);
        return Array.from({ length: random.pick([101, 501, 1_001]) }, () => item);
      }
      // A single value where a list is expected is coerced to a list of one by GraphQL.
      if (random.chance(0.05)) return this.valueOf(itemType, hint, small);
      return Array.from({ length: random.int(1, 3) }, () => this.valueOf(itemType, hint, small));
    }
    if (isInputObjectType(inner)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        const needed = isNonNullType(field.type);
        if (needed ? random.chance(0.01) : random.chance(0.5)) continue;
        value[field.name] = this.valueOf(field.type, { parent: inner.name, name: field.name }, small);
      }
      if (random.chance(0.02)) value.fuzzUnknownField = 'x';
      return value;
    }
    if (isEnumType(inner)) {
      if (random.chance(0.05)) return new EnumLiteral(random.pick(['NOT_A_VALUE', 'product', 'ADMIN ', '__proto__']));
      return new EnumLiteral(random.pick(inner.getValues()).name);
    }
    return this.scalarOf(inner as GraphQLNamedType, hint, small);
  }

  private scalarOf(type: GraphQLNamedType, hint: Hint, small: boolean): unknown {
    const random = this.random;
    const name = hint.name;
    switch (type.name) {
      case 'ID':
        return this.globalId(hint);
      case 'Int':
      case 'NonNegativeInt':
        if (/^(first|last)$/.test(name)) return random.chance(0.75) ? random.int(1, 5) : random.pick(PAGE_SIZES);
        if (/quantity|delta|onhand/i.test(name))
          return random.chance(0.6) ? random.int(1, 50) : random.pick(QUANTITIES);
        return random.chance(0.4) ? random.int(0, 30) : random.pick(INTS);
      case 'Float':
        return random.chance(0.4) ? random.next() : random.pick(FLOATS);
      case 'Boolean':
        return random.chance(0.5);
      case 'Decimal':
        return random.chance(0.75) ? `${random.int(0, 500)}.${random.int(0, 99)}` : random.pick(DECIMALS);
      case 'DateTime':
        return random.chance(0.7) ? recentDate(random) : random.pick(DATES);
      case 'JSON':
        return this.json();
      default:
        return this.text(hint, small);
    }
  }

  /** A string: plausible for its name, then often made hostile. */
  private text(hint: Hint, small: boolean): string {
    const random = this.random;
    const pools = this.options.pools;
    const name = hint.name;
    if (/^(after|before)$/.test(name)) return this.cursor();
    let base: string;
    if (name === 'sku')
      base = random.chance(0.5) && pools.skus.length ? random.pick(pools.skus) : `FZ-${random.int(1, 999)}`;
    else if (name === 'code')
      base =
        random.chance(0.5) && pools.locationCodes.length
          ? random.pick(pools.locationCodes)
          : `FZL-${random.int(1, 99)}`;
    else if (name === 'category')
      base = random.chance(0.7) && pools.categories.length ? random.pick(pools.categories) : 'Fuzz';
    else if (name === 'email')
      base = random.pick([...pools.emails, `fuzz-${random.int(1, 999)}@fuzz.test`, 'not-an-email']);
    else if (/password/i.test(name)) base = random.pick(['fuzz-password-1234', 'short', '']);
    else if (name === 'timeZone') base = random.pick(TIME_ZONES);
    else if (name === 'idempotencyKey') base = `fuzz-key-${random.int(1, 4)}`;
    else if (name === 'search') base = random.pick(['Fuzz', 'a', 'SKU', '%', '_', 'a%b', 'Test']);
    else base = random.pick(['Fuzz', 'Fuzz thing', 'Wareh', 'x', 'ACME Ltd', '42']);
    if (random.chance(0.7)) return base;
    const hostile = random.pick(HOSTILE)(base, random);
    // A huge list's item stays small, or one request would be megabytes.
    return small ? hostile.slice(0, 40) : hostile;
  }

  /** A global ID: a real one of the wanted type, a real one of another type, or a forgery. */
  private globalId(hint: Hint): string {
    const random = this.random;
    const ids = this.options.pools.ids;
    const wanted = nodeTypeOf(hint) ?? random.pick(NODE_TYPES);
    const roll = random.next();
    if (roll < 0.55 && ids[wanted].length > 0) return random.pick(ids[wanted]);
    const others = NODE_TYPES.flatMap((type) => ids[type]);
    if (roll < 0.7 && others.length > 0) return random.pick(others);
    const uuid = randomUuid(random);
    return random.pick([
      () => globalIdOf(wanted, uuid),
      () => globalIdOf(random.pick(NODE_TYPES), '00000000-0000-0000-0000-000000000000'),
      () =>
        globalIdOf(
          'Movement',
          random.pick([
            '0',
            '-1',
            '1',
            '9223372036854775807',
            '9223372036854775808',
            '99999999999999999999',
            '1e3',
            ' 1',
          ]),
        ),
      () => globalIdOf(wanted, random.pick(['not-a-uuid', '', `${uuid}\u0000`, uuid.toUpperCase(), `{${uuid}}`])),
      () => globalIdOf('Nope', uuid),
      () => globalIdOf(`${wanted}:${wanted}`, uuid),
      () => Buffer.from(`${wanted}:${uuid}`, 'utf8').toString('base64'),
      () => randomBase64(random, random.int(1, 300)),
      () => this.text({ parent: hint.parent, name: 'id' }, false),
      () => random.pick(['', 'null', '0', '-1']),
    ])();
  }

  /** A cursor: a real one (usually from another list), or a forgery of the shape lists issue. */
  private cursor(): string {
    const random = this.random;
    const pools = this.options.pools;
    if (random.chance(0.5) && pools.cursors.length > 0) return random.pick(pools.cursors);
    const realRows = NODE_TYPES.flatMap((type) => pools.ids[type].map(rowIdOf));
    const value = random.pick<unknown>([
      recentDate(random),
      ...DATES,
      'not a date',
      ...pools.skus,
      '9.99',
      '1e400',
      'NaN',
      '99999999999999999999999.5',
      '9223372036854775808',
      0,
      -1,
      1e308,
      2 ** 53,
      null,
      true,
      {},
      [],
      'x'.repeat(1_000),
      'Fuzz\u0000',
    ]);
    const id = random.pick<unknown>([
      ...realRows,
      randomUuid(random),
      '5286',
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      '',
      '-1',
      '99999999999999999999',
      `${randomUuid(random)}\u0000`,
      1,
      null,
    ]);
    const shape = random.pick<unknown>([
      [value, id],
      [value, id],
      [value, id],
      [value],
      [value, id, id],
      { value, id },
      value,
    ]);
    return random.pick([
      () => Buffer.from(JSON.stringify(shape), 'utf8').toString('base64url'),
      () => Buffer.from(JSON.stringify(shape), 'utf8').toString('base64'),
      () => Buffer.from('not json', 'utf8').toString('base64url'),
      () => randomBase64(random, random.int(1, 60)),
      () => random.pick(['', '====', '!!!', '\u0000']),
    ])();
  }

  /** A `JSON` value: a manifest-like object most of the time, anything else otherwise. */
  private json(): unknown {
    const random = this.random;
    const body = random.pick(['query Q { me { __typename } }', 'query { ', '{ products { totalCount } }', '']);
    const operation = {
      id: random.chance(0.5) ? '0'.repeat(64) : random.pick(['abc', '', 'f'.repeat(64)]),
      body: random.chance(0.3) ? `${body}\u0000` : body,
      name: random.pick(['Q', '', null]),
      type: random.pick(['query', 'mutation', 'subscription', 'QUERY', 1]),
    };
    return random.pick<unknown>([
      { format: 'apollo-persisted-query-manifest', version: 1, operations: [operation] },
      { format: 'apollo-persisted-query-manifest', version: 1, operations: random.pick([[], {}, null, 'x']) },
      { format: random.pick(['nope', '']), version: random.pick([2, '1', -1]), operations: [] },
      { [`${'0'.repeat(64)}`]: body },
      [],
      'manifest',
      42,
      null,
      { nested: { deeper: { deepest: [1, 'two', { three: true }] } } },
    ]);
  }

  // ---- Exports ----

  private exportRequest(): FuzzRequest {
    const random = this.random;
    const known = random.pick(this.options.exports);
    const name = random.chance(0.95)
      ? known.name
      : random.pick(['nope', 'STOCK-LEVELS', 'stock_levels', '..%2Fpackage', 'stock-levels.csv%00']);
    const format = random.chance(0.95)
      ? random.pick(['csv', 'csv', 'xlsx'])
      : random.pick(['pdf', 'CSV', '', 'csv%00']);
    const pairs: string[] = [];
    for (const parameter of known.parameters) {
      // The sales export requires its range; leaving it out is tried, but not most of the time.
      if (!random.chance(/^(from|to)$/.test(parameter) ? 0.9 : 0.45)) continue;
      const repeats = random.chance(0.05) ? 2 : 1;
      for (let time = 0; time < repeats; time += 1) {
        const key = random.chance(0.03) ? `${parameter}[]` : parameter;
        pairs.push(`${key}=${this.exportValue(parameter)}`);
      }
    }
    if (random.chance(0.08)) pairs.push(`${random.pick(['limit', 'format', '__proto__', 'x%00', ''])}=1`);
    return { kind: 'export', path: `/exports/${name}.${format}${pairs.length ? `?${pairs.join('&')}` : ''}` };
  }

  /** A query-string value, percent-encoded, and sometimes broken in its encoding. */
  private exportValue(parameter: string): string {
    const random = this.random;
    if (random.chance(0.05)) return random.pick(['%', '%ZZ', '%ED%A0%80', '%FF%FE', '%00', '%C0%80']);
    let value: unknown;
    if (/Id$/.test(parameter)) value = this.globalId({ parent: 'export', name: parameter });
    else if (/^(from|to|at|occurredFrom|occurredTo)$/.test(parameter))
      value = random.chance(0.7) ? recentDate(random) : random.pick(DATES);
    else if (parameter === 'kinds')
      value = random.pick(['RECEIPT', 'RECEIPT,SHIPMENT', 'receipt', 'NOPE', ',', 'TRANSFER,,WRITE_OFF']);
    else if (parameter === 'groupBy')
      value = random.pick(['PRODUCT', 'CATEGORY', 'LOCATION', 'COUNTERPARTY', 'product', 'NOPE']);
    else if (parameter === 'orderBy') value = random.pick(['REVENUE', 'UNITS', 'MARGIN', 'NOPE', '']);
    else if (parameter === 'first') value = random.pick(['1', '5', '0', '-1', '1e3', '999999999', '9999999999', 'x']);
    else if (parameter === 'onlyInStock') value = random.pick(['true', 'false', 'TRUE', '1', '']);
    else value = this.text({ parent: 'export', name: parameter }, true);
    return percentEncode(String(value));
  }
}

/** The variables of one operation: their declarations and their values. */
class Variables {
  readonly values: Record<string, unknown> = {};
  private readonly declared: string[] = [];

  constructor(private readonly random: Random) {}

  /** Declares a variable of the argument's own type and returns its reference, e.g. `$v3`. */
  add(argument: GraphQLArgument, value: unknown): string {
    const name = `v${this.declared.length}`;
    this.declared.push(`$${name}: ${String(argument.type)}`);
    // Sometimes a declared variable is left out of the values: the argument is then omitted (or required).
    if (!this.random.chance(0.03)) this.values[name] = value;
    return `$${name}`;
  }

  declarations(): string {
    return this.declared.length > 0 ? `(${this.declared.join(', ')})` : '';
  }
}

/** A value as a GraphQL literal; JSON string escapes are GraphQL string escapes too. */
function literal(value: unknown): string {
  if (value instanceof EnumLiteral) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const fields = Object.entries(value as Record<string, unknown>).filter(([key]) => /^[_A-Za-z]\w*$/.test(key));
  return `{${fields.map(([key, item]) => `${key}: ${literal(item)}`).join(', ')}}`;
}

/** The node type an ID argument names, from its name or its input type's name. */
function nodeTypeOf(hint: Hint): NodeType | null {
  const text = /^ids?$/.test(hint.name) ? hint.parent : hint.name;
  if (/apikey/i.test(text)) return 'ApiKey';
  if (/product/i.test(text)) return 'Product';
  if (/location/i.test(text)) return 'Location';
  if (/movement/i.test(text)) return 'Movement';
  if (/user/i.test(text)) return 'User';
  return null;
}

/** A moment in the last two years, to the millisecond: ordinary input. */
function recentDate(random: Random): string {
  return new Date(Date.UTC(2026, 0, 1) - random.int(0, 730 * 86_400) * 1000).toISOString();
}

function randomUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function randomBase64(random: Random, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from({ length }, () => random.pick(alphabet.split(''))).join('');
}

/** Percent-encodes the UTF-8 bytes (a lone surrogate becomes U+FFFD's); never throws as encodeURIComponent does. */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

// ---- Judging responses ----

/** Text that must never reach a client: database errors, Prisma's, file paths, stack traces. */
const LEAKS: Array<[string, RegExp]> = [
  [
    'SQL',
    /\b(SELECT|INSERT|UPDATE|DELETE FROM|relation|violates|syntax error at|invalid input syntax|duplicate key|out of range for type)\b/,
  ],
  ['Prisma', /prisma|\bP[12]\d{3}\b/i],
  ['a file path', /\/work\b|node_modules|\.ts:|\.js:\d/],
  ['a stack trace', /\n?\s{4}at /],
];

/** Codes that mean the server failed rather than the request. */
const FAULT_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DATABASE_BUSY']);

interface ErrorLike {
  message?: unknown;
  path?: Array<string | number>;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

/** Everything wrong with one /graphql response; empty when it is a proper answer or a proper refusal. */
export function graphqlProblems(status: number, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  let body: { data?: unknown; errors?: ErrorLike[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return [...problems, `a body that is not JSON: ${text.slice(0, 200)}`];
  }
  if (body.errors === undefined && (body.data === undefined || body.data === null))
    problems.push('neither data nor errors');
  if (status >= 400 && !body.errors?.length) problems.push(`HTTP ${status} without errors`);
  for (const error of body.errors ?? []) problems.push(...errorProblems(error));
  for (const message of userErrorMessages(body.data)) problems.push(...leaksIn(`a userErrors message`, message));
  return problems;
}

/** Everything wrong with one export response: a 5xx, an error without a code, a leak. */
export function exportProblems(status: number, contentType: string, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (status === 200) return problems;
  if (!contentType.startsWith('application/json'))
    return [...problems, `HTTP ${status} with ${contentType || 'no content type'}`];
  try {
    const body = JSON.parse(text) as { errors?: ErrorLike[] };
    if (!body.errors?.length) problems.push(`HTTP ${status} without errors`);
    for (const error of body.errors ?? []) problems.push(...errorProblems(error));
  } catch {
    problems.push(`a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return problems;
}

function errorProblems(error: ErrorLike): string[] {
  const code = error.extensions?.code;
  const problems: string[] = [];
  if (typeof code !== 'string') problems.push(`an error without a code: ${String(error.message).slice(0, 200)}`);
  else if (FAULT_CODES.has(code)) problems.push(`${code}${error.path ? ` at ${JSON.stringify(error.path)}` : ''}`);
  problems.push(...leaksIn('an error', JSON.stringify(error)));
  return problems;
}

function leaksIn(where: string, text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(
    ([what]) => `${where} leaks ${what}: ${text.slice(0, 300)}`,
  );
}

/** The messages of every `userErrors` entry anywhere in the data. */
function userErrorMessages(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(userErrorMessages);
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const own = Array.isArray(record.userErrors)
    ? record.userErrors.map((entry) => String((entry as { message?: unknown }).message))
    : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'userErrors')
      .flatMap(([, value]) => userErrorMessages(value)),
  ];
}

/** Root fields of the schema, for the test to check it covers them all. */
export function rootFieldsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()]
    .filter((root): root is GraphQLObjectType => root !== null && root !== undefined && isObjectType(root))
    .flatMap((root) => Object.keys(root.getFields()).map((name) => `${root.name}.${name}`));
}
