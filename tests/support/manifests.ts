// Manifests made the way integrators make them (graphql-codegen's client preset, Apollo's
// manifest generator) from tests/fixtures/integrator, and the registration CLI run as a process.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generatePersistedQueryManifest, type PersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';

const ROOT = path.join(__dirname, '..', '..');
export const INTEGRATOR_DOCUMENTS = path.join(ROOT, 'tests', 'fixtures', 'integrator', '*.graphql');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `stockroom-${prefix}-`));
}

/**
 * graphql-codegen's client preset with sha256 persisted documents, configured as docs/persisted-documents.md says
 * and run as its CLI (`npx graphql-codegen`).
 */
export async function codegenPersistedDocuments(documents = INTEGRATOR_DOCUMENTS): Promise<Record<string, string>> {
  const dir = tempDir('codegen');
  const config = {
    schema: path.join(ROOT, 'schema.graphql'),
    documents,
    silent: true,
    generates: {
      [path.join(dir, 'gql/')]: { preset: 'client', presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' } } },
    },
  };
  fs.writeFileSync(path.join(dir, 'codegen.json'), JSON.stringify(config));
  // From the project root, where the preset is installed (as in an integrator's project).
  await promisify(execFile)(
    path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'),
    ['--config', path.join(dir, 'codegen.json')],
    { cwd: ROOT },
  );
  return JSON.parse(fs.readFileSync(path.join(dir, 'gql', 'persisted-documents.json'), 'utf8')) as Record<
    string,
    string
  >;
}

/** Apollo's persisted-query manifest generator (what `npx generate-persisted-query-manifest` writes). */
export function apolloManifest(documents = INTEGRATOR_DOCUMENTS): Promise<PersistedQueryManifest> {
  return generatePersistedQueryManifest({ documents: [documents] }, undefined);
}

export function writeJson(value: unknown, name = 'manifest.json'): string {
  const file = path.join(tempDir('manifest'), name);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/** `npm run persisted:register -- <files>` against the given database. */
export async function runRegisterCli(databaseUrl: string, files: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts', 'persisted-register.ts'), ...files],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
