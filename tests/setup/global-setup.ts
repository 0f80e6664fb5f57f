// Before any test file: find or start a PostgreSQL, and build a migrated template database that
// each test file clones (CREATE DATABASE ... TEMPLATE) in milliseconds.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { applyMigrations } from '../../src/db/migrate';

declare global {
  var __STOCKROOM_EMBEDDED__: { db: EmbeddedDatabase; dir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-test-pg-'));
    // The cluster runs as a dedicated user when we are root, so it must be able to write here.
    fs.chmodSync(dir, 0o777);
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: 0, persistent: false });
    globalThis.__STOCKROOM_EMBEDDED__ = { db, dir };
    serverUrl = db.url('postgres');
  }
  const template = `stockroom_template_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(withDatabase(serverUrl, template));
  // Workers inherit the environment of the process that ran this setup.
  process.env.STOCKROOM_TEST_SERVER_URL = serverUrl;
  process.env.STOCKROOM_TEST_TEMPLATE = template;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
