// The SDL is the public contract: every type, field, argument and enum value is documented.
import fs from 'node:fs';
import path from 'node:path';
import { unguardedRootFields } from '../src/graphql/auth';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';

const sdl = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
const schema = buildSchema(sdl);

function undocumented(): string[] {
  const missing: string[] = [];
  const has = (description: string | null | undefined) => Boolean(description?.trim());
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    const isRoot = ['Query', 'Mutation'].includes(type.name);
    if (!has(type.description) && !isRoot) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!has(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!has(value.description)) missing.push(`${type.name}.${value.name}`);
    }
    if (isScalarType(type) && !has(type.description)) missing.push(type.name);
  }
  return [...new Set(missing)];
}

describe('schema.graphql', () => {
  it('declares who may call every root field: @auth(requires: …) or @public', () => {
    expect(unguardedRootFields(schema)).toEqual([]);
    // The check itself bites: a root field without either directive is reported.
    const unguarded = buildSchema(`${sdl}\nextend type Query { sneaky: Int }`);
    expect(unguardedRootFields(unguarded)).toEqual(['Query.sneaky']);
  });

  it('documents every type, field, argument and enum value', () => {
    expect(undocumented()).toEqual([]);
  });
});
