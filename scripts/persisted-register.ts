// CLI: registers the trusted documents of one or more manifests (`npm run persisted:register --
// <file>...`), as the registerPersistedDocuments mutation does. Exits 1 when any manifest is refused.
import fs from 'node:fs';
import path from 'node:path';
import { connectDatabase } from '../src/db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { applyMigrations } from '../src/db/migrate';
import { PersistedDocumentService } from '../src/modules/persisted/service';

const USAGE = `Usage: npm run persisted:register -- <manifest.json> [more manifests]

Accepts Apollo persisted-query manifests and graphql-codegen persisted-documents.json files
(generated with hashAlgorithm 'sha256'). Writes to DATABASE_URL, or without it to the embedded
PostgreSQL in EMBEDDED_PG_DIR (default .data/postgres) that \`npm start\` uses.`;

const SHOWN_DOCUMENTS = 50;

/** main.ts's database on the embedded cluster. */
const EMBEDDED_DATABASE = 'stockroom';

/** The port of a running embedded cluster, from its postmaster.pid (line 4), or null. */
function runningClusterPort(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const [pid, , , port] = fs.readFileSync(file, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return Number(port) || null;
}

async function openDatabase(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR || '.data/postgres');
  // A running server owns the cluster: connect to it rather than start a second postmaster.
  const port = runningClusterPort(dataDir);
  if (port) return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DATABASE}` };
  console.log(`DATABASE_URL is not set; using the embedded PostgreSQL in ${dataDir}.`);
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
  await embedded.createDatabase(EMBEDDED_DATABASE);
  const url = embedded.url(EMBEDDED_DATABASE);
  await applyMigrations(url);
  return { url, embedded };
}

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
  const { url, embedded } = await openDatabase();
  const database = connectDatabase({ url, poolSize: 2, connectionTimeoutMs: 10_000 });
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
    await embedded?.stop();
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
