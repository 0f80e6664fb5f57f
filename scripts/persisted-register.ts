// CLI: registers the trusted documents of one or more manifests (`npm run persisted:register --
// <file>...`), as the registerPersistedDocuments mutation does. Exits 1 when any manifest is refused.
import fs from 'node:fs';
import { loadDatabaseConfig } from '../src/config';
import { openCliDatabase } from '../src/db/cli-database';
import { connectDatabase } from '../src/db/client';
import { applyMigrations } from '../src/db/migrate';
import { PersistedDocumentService } from '../src/modules/persisted';

const USAGE = `Usage: npm run persisted:register -- <manifest.json> [more manifests]

Accepts Apollo persisted-query manifests and graphql-codegen persisted-documents.json files
(generated with hashAlgorithm 'sha256'). Writes to DATABASE_URL, or without it to the embedded
PostgreSQL in EMBEDDED_PG_DIR (default .data/postgres) that \`npm start\` uses, running or not.`;

const SHOWN_DOCUMENTS = 50;

function readManifest(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0 || files.some((file) => file.startsWith('-'))) {
    console.error(USAGE);
    return 2;
  }
  const manifests = files.map((file) => ({ file, manifest: readManifest(file) }));
  const target = await openCliDatabase({ ...loadDatabaseConfig(), create: true, log: (line) => console.log(line) });
  // A running server has migrated its database; one started here may predate the schema.
  if (target.started) await applyMigrations(target.url);
  const database = connectDatabase({ url: target.url, poolSize: 2, connectionTimeoutMs: 10_000 });
  const persisted = new PersistedDocumentService(database.prisma);
  let refused = 0;
  try {
    for (const { file, manifest } of manifests) {
      const result = await persisted.register(null, manifest);
      if (result.userErrors.length > 0) {
        refused += 1;
        console.error(`${file}: refused, nothing registered:`);
        for (const error of result.userErrors) console.error(`  ${error.code} ${error.message}`);
        continue;
      }
      console.log(
        `${file} (${result.format} manifest): ${result.registered} document(s) registered, ` +
          `${result.alreadyRegistered} already registered.`,
      );
      for (const document of result.documents.slice(0, SHOWN_DOCUMENTS)) {
        console.log(`  sha256:${document.hash} ${document.operationType} ${document.operationName ?? '(anonymous)'}`);
      }
      if (result.documents.length > SHOWN_DOCUMENTS)
        console.log(`  …and ${result.documents.length - SHOWN_DOCUMENTS} more.`);
    }
  } finally {
    await persisted.close();
    await database.close();
    await target.close();
  }
  return refused > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
