// graphql-codegen: typed resolvers from the per-module SDL, plus the merged root schema.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { defineConfig } from '@eddeee888/gcg-typescript-resolver-files';

const config: CodegenConfig = {
  schema: 'src/modules/**/schema.graphql',
  // Scaffolded resolver files are ours to edit, so they get the project's formatting.
  hooks: { afterAllFileWrite: ['prettier --write --log-level warn'] },
  generates: {
    'src/modules': defineConfig({
      // The root schema.graphql is the committed public contract; CI fails when it is stale.
      // Types are sorted by name: the loader reads module files in parallel, so only a sorted
      // merge is reproducible byte for byte.
      mergeSchema: { path: '../../schema.graphql', config: { includeDirectives: true } },
      resolverGeneration: 'recommended',
      add: {
        './types.generated.ts': {
          content: "/* eslint-disable */\nimport type { Decimal } from '../shared/decimal';",
        },
      },
      typesPluginsConfig: {
        contextType: '../context#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        // graphql-js fills a non-null input field's SDL default before any resolver runs, so the
        // resolvers see it as present; the default is written only in the SDL.
        avoidOptionals: { defaultValue: true },
      },
      scalarsOverrides: {
        Decimal: { type: { input: 'Decimal', output: 'Decimal | string' } },
        // graphql-scalars parses DateTime inputs into Date objects.
        DateTime: { type: { input: 'Date', output: 'Date | string' } },
      },
    }),
    // Stockroom's built-in trusted documents (src/modules/persisted/builtin.ts): validated against
    // the schema here and kept byte for byte, since each one's id is the sha256 of its text.
    'src/modules/persisted/builtin/documents.generated.ts': {
      documents: 'src/modules/persisted/builtin/*.graphql',
      plugins: ['./scripts/codegen-document-texts.mjs'],
    },
    // The web app's operations (src/app/operations/<page>/*.graphql), typed for the browser. Each
    // generated document is only its sha256 id: the app sends ids, and the server trusts the
    // manifest written beside them (persisted-documents.json) while the app is on.
    'src/app/browser/generated/': {
      documents: 'src/app/operations/**/*.graphql',
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'replaceDocumentWithHash' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          Decimal: 'string',
          DateTime: 'string',
          NonNegativeInt: 'number',
          SafeInt: 'number',
          JSON: 'unknown',
        },
      },
    },
    // Tests send .graphql documents, typed against the same schema.
    'tests/generated/': {
      documents: 'tests/operations/**/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Decimal: 'string', DateTime: 'string', NonNegativeInt: 'number', SafeInt: 'number' },
      },
    },
  },
};

export default config;
