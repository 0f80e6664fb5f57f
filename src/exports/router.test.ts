// The exports the server serves are the ones the SDL declares with @export, each once and with a
// role; the router refuses to start otherwise. Read from the committed schema.graphql.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { declaredExports } from '../graphql/auth';
import type { Services } from '../services';
import type { Logger } from '../shared/log';
import { exportRoutes, type ExportRouteDeps } from './router';

const sdl = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');

/** What the router needs to be built; nothing here is called before a request arrives. */
const depsWith = (schema: GraphQLSchema): ExportRouteDeps => ({
  schema,
  services: {} as Services,
  database: { pool: { options: { max: 8 } } } as ExportRouteDeps['database'],
  logger: {} as Logger,
});

describe('@export', () => {
  it('declares every export once, on the field it mirrors, with the role it needs', () => {
    const declared = [...declaredExports(buildSchema(sdl)).values()];
    expect(
      Object.fromEntries(declared.map(({ name, coordinate, requires }) => [name, [coordinate, requires]])),
    ).toEqual({
      'stock-levels': ['Product.stockLevels', 'MANAGER'],
      movements: ['Query.movements', 'MANAGER'],
      valuation: ['Query.inventoryValuation', 'MANAGER'],
      sales: ['Query.salesReport', 'MANAGER'],
    });
  });

  it("takes the field's @auth role when it names none, and refuses a name used twice or no role at all", () => {
    const extended = (extra: string) => declaredExports(buildSchema(`${sdl}\nextend type Query { ${extra} }`));
    expect(extended('admins: Int @auth(requires: ADMIN) @export(name: "admins")').get('admins')?.requires).toBe(
      'ADMIN',
    );
    expect(() => extended('again: Int @auth(requires: ADMIN) @export(name: "sales")')).toThrow(
      '@export(name: "sales") is declared on both Query.salesReport and Query.again.',
    );
    expect(() => extended('roleless: Int @export(name: "roleless")')).toThrow(/Query.roleless .* with no role/);
  });

  it('is where the router learns its exports: it will not start with one undeclared, or one declared but not served', () => {
    expect(() => exportRoutes(depsWith(buildSchema(sdl)))).not.toThrow();
    expect(() => exportRoutes(depsWith(buildSchema(sdl.replace(' @export(name: "sales")', ''))))).toThrow(
      /The sales export is not declared in the SDL/,
    );
    const unserved = buildSchema(
      `${sdl}\nextend type Query { more: Int @auth(requires: ADMIN) @export(name: "more") }`,
    );
    expect(() => exportRoutes(depsWith(unserved))).toThrow(
      'The SDL declares exports this server does not serve: more (Query.more).',
    );
  });
});
