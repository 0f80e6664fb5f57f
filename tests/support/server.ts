// Starts the real HTTP server on a fresh database cloned from the migrated template.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { connectDatabase, type Database } from '../../src/db/client';
import { createServer } from '../../src/server';
import { createServices } from '../../src/services';
import { createLogger } from '../../src/shared/log';
import { withDatabase } from '../setup/global-setup';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export interface TestServer {
  url: string;
  /** The test file's own database, for assertions that must bypass the API. */
  databaseUrl: string;
  database: Database;
  /** Sends a typed operation over HTTP and returns the parsed response, errors included. */
  send<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GraphQLResponse<R>>;
  /** Like send, but fails the test unless the response has data and no errors. */
  query<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  /** Raw HTTP for tests of the transport itself. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env.STOCKROOM_TEST_SERVER_URL;
  const template = process.env.STOCKROOM_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('tests/setup/global-setup.ts did not run');
  const name = `${template.replace('template', 'test')}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

export async function startTestServer(): Promise<TestServer> {
  const databaseUrl = await createTestDatabase();
  const database = connectDatabase({ url: databaseUrl, poolSize: 10, connectionTimeoutMs: 5_000 });
  const server = await createServer({
    config: { bodyLimitBytes: 1024 * 1024, shutdownTimeoutMs: 1_000 },
    database,
    services: createServices(database.prisma, { transactionWaitMs: 30_000 }),
    logger: createLogger({ silent: true }),
  });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const send = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<GraphQLResponse<R>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse<R>['body'],
    };
  };

  return {
    url,
    databaseUrl,
    database,
    send,
    async query(document, variables) {
      const response = await send(document, variables);
      if (response.body.errors?.length || !response.body.data) {
        throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.body.errors)}`);
      }
      return response.body.data;
    },
    fetch: (path, init) => fetch(`${url}${path}`, init),
    async close() {
      await server.stop();
      await database.close();
    },
  };
}
