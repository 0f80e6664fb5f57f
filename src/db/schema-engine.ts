// Dev-time access to Prisma's schema engine (WebAssembly build): diffs and migration-history checks offline.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlQueryable,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import { Pool, type Client, type ClientBase } from 'pg';
// The package is an ES module; these imports are types only, the code is loaded in instantiate().
import type * as Wasm from '@prisma/schema-engine-wasm' with { 'resolution-mode': 'import' };
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationList,
  SchemaContainer,
  SchemaEngine,
} from '@prisma/schema-engine-wasm' with { 'resolution-mode': 'import' };
import { readMigrations } from './migrate';

type WasmBindings = typeof Wasm;

// tsconfig's lib (ES2023, no DOM) has no WebAssembly typings; describe the one call made here.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

const NO_FILTER = { externalTables: [], externalEnums: [] };
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

let bindings: Promise<WasmBindings> | undefined;

// The engine reports a Rust panic through this global (Prisma's CLI defines it) just before trapping. The trap
// escapes as an uncaught "RuntimeError: unreachable" without the message, so print the message here.
const PANIC_REGISTRY = {
  set_message(message: string) {
    console.error(`Prisma schema engine panicked: ${message}`);
  },
};

// The package is a bundler-target wasm-bindgen build: Node cannot import its .wasm, so wire it up by hand.
async function instantiate(): Promise<WasmBindings> {
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  // Its exports map hides schema_engine_bg.js, so load it by file URL.
  const glue = (await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href)) as WasmBindings & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
  };
  Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: PANIC_REGISTRY });
  const wasm = await fs.promises.readFile(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

function loadBindings(): Promise<WasmBindings> {
  bindings ??= instantiate();
  return bindings;
}

// The engine reads pg_catalog columns of type "char" (e.g. pg_constraint.contype) and wants them as
// Character, but PrismaPg 7.10 rejects the type outright ("Column type 'char' could not be deserialized
// from the database"). So pg relabels them as text, tagging the column name, and queryRaw turns tagged
// columns back into Character. NUL cannot occur in a PostgreSQL identifier, so the tag never collides.
const CHAR_TAG = '\u0000char';

function tagCharColumns(client: ClientBase): void {
  type RowDescription = { fields: { name: string; dataTypeID: number }[] };
  // Prepended, so this runs before pg builds the result (and its value parsers) from the description.
  (client as Client).connection.prependListener('rowDescription', (message: RowDescription) => {
    for (const field of message.fields) {
      if (field.dataTypeID !== PG_CHAR_OID) continue;
      field.dataTypeID = PG_TEXT_OID;
      field.name += CHAR_TAG;
    }
  });
}

function untagCharColumns(result: SqlResultSet): SqlResultSet {
  const tagged = result.columnNames.map((name) => name.endsWith(CHAR_TAG));
  return {
    ...result,
    columnNames: result.columnNames.map((name, i) => (tagged[i] ? name.slice(0, -CHAR_TAG.length) : name)),
    columnTypes: result.columnTypes.map((type, i) => (tagged[i] ? ColumnTypeEnum.Character : type)),
  };
}

// diff and diagnoseMigrationHistory query on the connection only, never in a transaction.
function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const restored = async (query: Parameters<typeof queryRaw>[0]) => untagCharColumns(await queryRaw(query));
  return Object.assign(queryable, { queryRaw: restored });
}

async function readSchema(schemaPath: string): Promise<SchemaContainer> {
  const absolute = path.resolve(schemaPath);
  return { path: absolute, content: await fs.promises.readFile(absolute, 'utf8') };
}

// Runs fn with an engine connected to the database. The engine never disposes the adapter, so the pool is
// ours to end; otherwise idle connections keep the process alive. Nothing here uses a shadow database.
async function withEngine<T>(
  connectionString: string,
  schema: SchemaContainer,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const pool = new Pool({ connectionString, onConnect: tagCharColumns });
  try {
    const factory = new PrismaPg(pool);
    const connect = factory.connect.bind(factory);
    factory.connect = async () => withCharColumns(await connect());
    // A bare PrismaPg fails inside the engine ("externalPool of null"); the bound factory is what it expects.
    const engine = await SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

/** SQL that would bring the database to schema.prisma; '' when they agree. */
export async function diffDatabaseToSchema(connectionString: string, schemaPath: string): Promise<string> {
  const schema = await readSchema(schemaPath);
  return withEngine(connectionString, schema, async (engine) => {
    const result = await engine.diff({
      // The wasm engine refuses {tag: 'url'}; a datasource schema makes it read the database through the adapter.
      from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      // Exit code 2 means "there is a difference"; an in-sync script is still a non-empty comment.
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  });
}

function migrationList(migrationsDir: string): MigrationList {
  const lockfile = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: path.resolve(migrationsDir),
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockfile) ? fs.readFileSync(lockfile, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: readMigrations(migrationsDir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
    })),
  };
}

/** Prisma's own verdict on the database's migration history versus migrationsDir (no shadow database). */
export async function diagnoseMigrationHistory(
  connectionString: string,
  schemaPath: string,
  migrationsDir: string,
): Promise<DiagnoseMigrationHistoryOutput> {
  return withEngine(connectionString, await readSchema(schemaPath), (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: migrationList(migrationsDir),
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    }),
  );
}
