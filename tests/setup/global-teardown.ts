// After all test files: drop the template and stop the embedded PostgreSQL if we started one.
import fs from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.STOCKROOM_TEST_SERVER_URL;
  const template = process.env.STOCKROOM_TEST_TEMPLATE;
  const embedded = globalThis.__STOCKROOM_EMBEDDED__;
  if (serverUrl && template && !embedded) {
    // On a shared server, leave nothing behind: the per-file databases, then the template.
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2',
        [`${template.replace('template', 'test')}_%`, template],
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  if (embedded) {
    await embedded.db.stop();
    fs.rmSync(embedded.dir, { recursive: true, force: true });
  }
}
