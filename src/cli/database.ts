// The database a command works on: DATABASE_URL, or the embedded PostgreSQL as `npm start` leaves
// it (src/db/cli-database.ts), opened for the command and closed after it.
import { loadDatabaseConfig } from '../config';
import { openCliDatabase } from '../db/cli-database';
import { connectDatabase, type Database } from '../db/client';

export interface CliDatabaseSession {
  database: Database;
  url: string;
  /** Whether writes record events (EVENTS, on by default), as the service's would. */
  events: boolean;
}

/** Runs `work` on the command's database; `log` hears which database that is. */
export async function withDatabase<T>(
  log: (line: string) => void,
  work: (session: CliDatabaseSession) => Promise<T>,
  options: { poolSize?: number } = {},
): Promise<T> {
  const config = loadDatabaseConfig();
  const target = await openCliDatabase({ ...config, create: false, log });
  try {
    const database = connectDatabase({ url: target.url, poolSize: options.poolSize ?? 4, connectionTimeoutMs: 10_000 });
    try {
      return await work({ database, url: target.url, events: config.events });
    } finally {
      await database.close();
    }
  } finally {
    await target.close();
  }
}
