// ESLint flat config. Syntax-only typescript-eslint rules (no type information) keep `npm run lint`
// fast; `tsc --noEmit` is the type check.
import fs from 'node:fs';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Who may import whom (shared/STYLE.md), held by `no-restricted-imports` over each import's path as
// written. Imports are relative, so each restriction is a regex that matches at any depth: `(../)+db/`
// is src/db from anywhere under src/ (a folder inside a module named like one of src/'s would be read
// as src/'s; none is). Type-only imports count. ESLint does not merge a rule's options across blocks,
// so each block at the end names every restriction its folder has; tests/lint-boundaries.test.ts
// breaks each one.
const src = new URL('./src/', import.meta.url);
const moduleNames = fs
  .readdirSync(new URL('modules/', src), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** What a path reaches when it climbs to src/: its folders, and its files without `.ts`. */
const srcEntries = fs.readdirSync(src).map((name) => name.replace(/\.ts$/, ''));
const except = (names, ...left) => names.filter((name) => !left.includes(name));

const up = String.raw`^(?:\.\./)+`;
const named = (names) => `(?:${names.join('|')})(?:/|$)`;
const restriction = (regex, message) => ({ regex, message });

const asWritten = restriction(
  String.raw`^(?:\.\.?/)+(?:(?!\.\.?/)[^/]+/)+\.\.?(?:/|$)`,
  'Write the path without climbing back out of a folder (`a/../b`): the boundary rules read paths as written.',
);
const noTests = restriction(
  `${up}${named(['tests', 'bench', 'scripts'])}`,
  'src/ never imports tests/, bench/ or scripts/: they import src/.',
);
const throughIndex = restriction(
  String.raw`(?:^|/)modules/[^/]+/(?!index$)`,
  "A module's public surface is its index: import src/modules/<name>, never its files.",
);
const otherModules = (name) =>
  restriction(
    `${up}(?:modules/)?${named(except(moduleNames, name)).replace('(?:/|$)', String.raw`/(?!index$)`)}`,
    'A module reaches another only through its index (src/modules/<name>/index.ts), never its files.',
  );
const notAboveModules = restriction(
  `${up}${named(['services', 'server', 'main', 'config', 'metrics', 'tracing', 'exports', 'http', 'ide'])}`,
  'A module sits below the composition (services.ts, server.ts, main.ts, config.ts) and the HTTP edges (exports/, http/, ide/): they import it, never the reverse.',
);
const noResolvers = restriction(
  String.raw`(?:^|/)(?:resolvers(?:/|$)|(?:types|resolvers|typeDefs)\.generated$)`,
  'A service never imports resolvers or their GraphQL types: it takes plain typed inputs, and resolvers call it through the context.',
);
const noRequest = restriction(
  `${up}${named(['graphql', 'context'])}`,
  'GraphQL plumbing (graphql/) and the request context belong to resolvers: a service takes plain inputs, the actor first.',
);
const noDatabase = restriction(
  `${up}db(?:/|$)`,
  'Only services and the composition (main.ts, server.ts, metrics.ts) use src/db: resolvers, graphql/ and http/ reach the database through a service.',
);
const noPrismaClient = restriction(
  String.raw`(?:^|/)generated/prisma(?:/(?!enums$)|$)`,
  'The Prisma client and its types belong to services: resolvers, graphql/ and http/ call a service (enum types may come from generated/prisma/enums).',
);
const noStore = restriction(
  String.raw`(?:^|/)(?:store|ledger|queries)(?:/|$)`,
  'Resolvers call services (ctx.services), never a store, the ledger or raw queries.',
);
const sharedAtBottom = restriction(
  `${up}${named(except(srcEntries, 'shared', 'generated'))}`,
  'shared/ imports no module and nothing that builds on it (graphql/, exports/, http/, db/, the composition): everything may import shared/.',
);
const dbAtBottom = restriction(
  `${up}${named(except(srcEntries, 'db', 'shared', 'generated'))}`,
  'db/ is the bottom layer: services and the composition build on it, never the reverse.',
);

const boundaries = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [asWritten, noTests, ...patterns] }] },
});

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'coverage/',
    'data/',
    '.data/',
    'src/generated/',
    'tests/generated/',
    'src/app/browser/generated/',
    '**/*.generated.ts',
  ]),
  {
    files: ['src/**/*.ts', 'src/app/browser/**/*.tsx', 'tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'warn',
    },
  },
  {
    // Inside a transaction only its own client may be used. Reaching the pool from there takes a
    // second connection while the transaction holds one, and once every pooled connection is held
    // that way the pool deadlocks (idempotent replays did, until the pool timed out). So no `this`
    // (a method could reach the pool) and no outer client inside a `$transaction` callback or a
    // ledger `plan`, which runs inside the ledger's transaction: pass `tx` to free functions.
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.property.name='$transaction'] > :function",
          "Property[key.name='plan'] > :function",
        ].map((inTransaction) => ({
          selector: `${inTransaction} :matches(ThisExpression, Identifier[name=/^(prisma|pool)$/]:not(MemberExpression[object.type='ThisExpression'] > .property))`,
          message:
            'Inside a transaction use only its client (`tx`): `this` or an outer client takes a second pooled connection and can deadlock the pool. Pass `tx` to a free function.',
        })),
      ],
    },
  },
  // The composition (src/*.ts), exports/ and ide/: modules only through their index.
  boundaries(['src/**/*.ts'], [throughIndex]),
  boundaries(['src/graphql/**/*.ts', 'src/http/**/*.ts'], [throughIndex, noDatabase, noPrismaClient]),
  boundaries(['src/shared/**/*.ts'], [sharedAtBottom]),
  boundaries(['src/db/**/*.ts'], [dbAtBottom]),
  ...moduleNames.flatMap((name) => [
    // A module's services, stores and loaders.
    boundaries(
      [`src/modules/${name}/**/*.ts`],
      [otherModules(name), notAboveModules, noResolvers, noRequest],
      [`src/modules/${name}/resolvers/**`],
    ),
    boundaries(
      [`src/modules/${name}/resolvers/**/*.ts`],
      [otherModules(name), notAboveModules, noDatabase, noPrismaClient, noStore],
    ),
  ]),
);
