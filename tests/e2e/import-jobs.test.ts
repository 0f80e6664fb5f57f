// Import jobs over HTTP (#16): POST /imports/{kind} stores the upload with a QUEUED job and answers
// at once; a runner imports it in the background; importJob shows its progress, counts and row
// errors, importJobProgress follows it live, cancelImportJob stops it, and the limits refuse with
// clear codes and store nothing. Real HTTP, a real WebSocket, real PostgreSQL.
import { once } from 'node:events';
import http from 'node:http';
import { Client as PgClient } from 'pg';
import {
  CancelImportJobDocument,
  ImportJobDocument,
  ImportJobProgressDocument,
  ImportJobsDocument,
} from '../generated/graphql';
import { givenLocation, givenProduct, givenSignedInUser } from '../support/factories';
import { connect, eventually, subscribe } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

jest.setTimeout(120_000);

let server: TestServer;
let database: PgClient;
beforeAll(async () => {
  server = await startTestServer({ imports: { run: true } });
  database = new PgClient({ connectionString: server.databaseUrl });
  await database.connect();
});
afterAll(async () => {
  await database?.end();
  await server?.close();
});

const count = async (table: string) =>
  Number((await database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

/** Uploads a file as the given headers (the admin's unless given). */
function upload(
  target: TestServer,
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = target.adminHeaders,
  contentType = 'text/csv',
) {
  return target.fetch(path, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body });
}

async function uploaded(target: TestServer, path: string, body: string | Buffer, contentType?: string) {
  const response = await upload(target, path, body, target.adminHeaders, contentType);
  const answer = (await response.json()) as { id: string; status: string; errors?: unknown };
  expect({ status: response.status, answer }).toEqual({
    status: 202,
    answer: expect.objectContaining({ id: expect.any(String), status: 'QUEUED' }),
  });
  return answer.id;
}

async function finished(target: TestServer, id: string, timeoutMs = 60_000) {
  let job: Awaited<ReturnType<typeof readJob>> = null;
  await eventually(
    async () => {
      job = await readJob(target, id);
      return job !== null && !['QUEUED', 'RUNNING'].includes(job.status);
    },
    `import job ${id} to end`,
    timeoutMs,
  );
  return job!;
}

async function readJob(target: TestServer, id: string) {
  return (await target.query(ImportJobDocument, { id, first: 100 })).importJob;
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('POST /imports/{kind}', () => {
  it('answers at once with a job that imports the products in the background', async () => {
    // Given a product file with one bad row
    const file = csv('sku,name,price', 'JOB-1,First,1.50', 'JOB-2,Second,2', 'JOB-3,,3');

    // When a manager uploads it
    const id = await uploaded(server, '/imports/products?filename=catalogue.csv', file);

    // Then the job runs to the end: two products created, the bad row reported with its row number
    const job = await finished(server, id);
    expect(job).toMatchObject({
      kind: 'PRODUCTS',
      status: 'COMPLETED_WITH_ERRORS',
      fileName: 'catalogue.csv',
      dryRun: false,
      atomic: false,
      rows: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      failed: 1,
      attempts: 1,
      error: null,
      createdBy: { email: 'admin@test.stockroom' },
      progress: { bytesTotal: Buffer.byteLength(file), bytesRead: Buffer.byteLength(file), fraction: 1 },
    });
    expect(job.rowErrors.totalCount).toBe(1);
    expect(job.rowErrors.nodes).toEqual([
      { row: 4, column: 'name', code: expect.any(String), message: expect.any(String) },
    ]);
    const { rows } = await database.query<{ sku: string; name: string }>(
      "SELECT sku, name FROM product WHERE sku LIKE 'JOB-%' ORDER BY sku",
    );
    expect(rows).toEqual([
      { sku: 'JOB-1', name: 'First' },
      { sku: 'JOB-2', name: 'Second' },
    ]);
    // And the upload is not kept once the job ended
    const chunks = await database.query('SELECT 1 FROM import_job_chunk WHERE job_id = $1', [rowIdOf(job.id)]);
    expect(chunks.rowCount).toBe(0);

    // And uploading the same file again changes nothing
    const again = await finished(server, await uploaded(server, '/imports/products', file));
    expect(again).toMatchObject({
      status: 'COMPLETED_WITH_ERRORS',
      rows: 3,
      created: 0,
      updated: 0,
      unchanged: 2,
      failed: 1,
    });
  });

  it('imports stock counts from JSONL with a column mapping, and honours dryRun', async () => {
    // Given a product and a location
    const location = await givenLocation(server, { code: 'JOBS-WH' });
    await finished(server, await uploaded(server, '/imports/products', csv('sku,name,price', 'JOB-STOCK,Stocked,4')));
    const file = `${JSON.stringify({ Code: 'JOB-STOCK', location: location.code, quantity: 7 })}\n`;

    // When it is uploaded as a dry run, nothing is written
    const movementsBefore = await count('movement');
    const dry = await finished(
      server,
      await uploaded(server, '/imports/stock?map=sku%3DCode&dryRun=true', file, 'application/x-ndjson'),
    );
    expect(dry).toMatchObject({ status: 'COMPLETED', dryRun: true, rows: 1, failed: 0, format: 'jsonl' });
    expect(dry.columnMap).toEqual([{ column: 'sku', fileColumn: 'Code' }]);
    expect(await count('movement')).toBe(movementsBefore);

    // And uploaded for real, the count is recorded through the ledger
    const real = await finished(
      server,
      await uploaded(server, '/imports/stock?map=sku%3DCode&format=jsonl', file, 'application/x-ndjson'),
    );
    expect(real).toMatchObject({ status: 'COMPLETED', rows: 1, failed: 0 });
    expect(await count('movement')).toBe(movementsBefore + 1);
    const { rows } = await database.query<{ on_hand: number }>(
      `SELECT l.on_hand FROM stock_level l JOIN product p ON p.id = l.product_id WHERE p.sku = 'JOB-STOCK'`,
    );
    expect(rows).toEqual([{ on_hand: 7 }]);
  });

  it('reports a file that cannot be read as a FAILED job with the reason', async () => {
    const job = await finished(
      server,
      await uploaded(server, '/imports/products?filename=old-erp.csv', csv('code,title', 'A,B')),
    );
    expect(job).toMatchObject({ status: 'FAILED', rows: 0, error: { code: 'MISSING_COLUMN' } });
    // The message names the file as uploaded, never where the server stored it
    expect(job.error!.message).not.toMatch(/\/tmp|stockroom-import-/);
  });

  it('follows a job live over a WebSocket until it ends', async () => {
    const client = connect(server.url, server.adminHeaders);
    try {
      const id = await uploaded(server, '/imports/products', csv('sku,name,price', 'JOB-LIVE,Live,1'));
      const live = subscribe(client, ImportJobProgressDocument, { id });
      await live.ended(30_000);
      const statuses = live.data.map((message) => message.importJobProgress.status);
      expect(statuses.at(-1)).toBe('COMPLETED');
      expect(live.data.at(-1)!.importJobProgress).toMatchObject({ id, rows: 1, progress: { fraction: 1 } });
    } finally {
      await client.dispose();
    }
  });
});

describe('a slow upload', () => {
  it('holds back nobody’s events while its file arrives, and is stored once it has', async () => {
    // Given an upload whose file stops after its header, as on a slow link
    let send!: ReadableStreamDefaultController<Uint8Array>;
    const answered = server.fetch('/imports/products', {
      method: 'POST',
      headers: { ...server.adminHeaders, 'content-type': 'text/csv' },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          send = controller;
          controller.enqueue(new TextEncoder().encode('sku,name,price\n'));
        },
      }),
      duplex: 'half',
    } as RequestInit);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    // When another caller writes meanwhile
    const product = await givenProduct(server);

    // Then its event is in the feed (an event is shown once no older writing transaction is open
    // in the cluster) while the upload still waits for its file
    const shown = async () =>
      (
        await database.query<{ shown: boolean }>(
          `SELECT bool_and(position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint) AS shown
           FROM event WHERE type = 'PRODUCT_CREATED' AND $1::uuid = ANY (product_ids)`,
          [rowIdOf(product.id)],
        )
      ).rows[0]!.shown;
    await eventually(shown, 'the product’s event in the feed', 30_000);

    // And once the rest of the file arrives, the job is stored and runs
    send.enqueue(new TextEncoder().encode('SLOW-1,Slow upload,1\n'));
    send.close();
    const response = await answered;
    const { id } = (await response.json()) as { id: string };
    expect(response.status).toBe(202);
    expect(await finished(server, id)).toMatchObject({ status: 'COMPLETED', created: 1 });
  });

  it('is refused with UPLOAD_TIMEOUT when its file takes too long, storing nothing', async () => {
    // Given a server that waits 1 s for a file
    const impatient = await startTestServer({ imports: { uploadTimeoutMs: 1_000 } });
    const impatientDb = new PgClient({ connectionString: impatient.databaseUrl });
    await impatientDb.connect();
    try {
      // When an upload stops after its header (fetch sends no answer before its body ends, so plain http)
      const request = http.request(`${impatient.url}/imports/products`, {
        method: 'POST',
        headers: { ...impatient.adminHeaders, 'content-type': 'text/csv' },
      });
      request.on('error', () => undefined);
      request.write('sku,name,price\n');
      const [response] = (await once(request, 'response')) as [http.IncomingMessage];
      let text = '';
      for await (const piece of response) text += String(piece);
      request.destroy();

      // Then it is refused and nothing is stored
      expect(response.statusCode).toBe(408);
      expect((JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
        'UPLOAD_TIMEOUT',
      );
      const { rows } = await impatientDb.query(
        'SELECT (SELECT count(*) FROM import_job) + (SELECT count(*) FROM import_job_chunk) AS n',
      );
      expect(Number(rows[0].n)).toBe(0);
    } finally {
      await impatientDb.end();
      await impatient.close();
    }
  });
});

describe('refusals', () => {
  it('refuses callers below MANAGER, unknown kinds, bad options and other media types, storing nothing', async () => {
    const clerk = await givenSignedInUser(server, 'CLERK');
    const { signIn } = await signInAs(clerk.email, clerk.password);
    const jobsBefore = await count('import_job');
    const cases: Array<[string, Response, number, string]> = [
      ['anonymous', await upload(server, '/imports/products', 'sku\n', {}), 401, 'UNAUTHENTICATED'],
      [
        'a bad token',
        await upload(server, '/imports/products', 'sku\n', { authorization: 'Bearer nope' }),
        401,
        'UNAUTHENTICATED',
      ],
      [
        'a clerk',
        await upload(server, '/imports/products', 'sku\n', { authorization: `Bearer ${signIn}` }),
        403,
        'FORBIDDEN',
      ],
      ['an unknown kind', await upload(server, '/imports/customers', 'sku\n'), 404, 'NOT_FOUND'],
      ['a bad format', await upload(server, '/imports/products?format=xml', 'sku\n'), 400, 'BAD_REQUEST'],
      ['a bad flag', await upload(server, '/imports/products?dryRun=yes', 'sku\n'), 400, 'BAD_REQUEST'],
      ['a bad mapping', await upload(server, '/imports/products?map=sku', 'sku\n'), 400, 'BAD_REQUEST'],
      ['a bad file name', await upload(server, '/imports/products?filename=../x', 'sku\n'), 400, 'BAD_REQUEST'],
      [
        'a form',
        await upload(server, '/imports/products', 'sku\n', server.adminHeaders, 'multipart/form-data; boundary=x'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ];
    for (const [what, response, status, code] of cases) {
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect({ what, status: response.status, code: body.errors[0]!.extensions.code }).toEqual({ what, status, code });
    }
    const get = await server.fetch('/imports/products', { headers: server.adminHeaders });
    expect(get.status).toBe(405);
    expect(await count('import_job')).toBe(jobsBefore);
  });

  it('refuses a file over the size limit (413) and one job too many (429), storing nothing', async () => {
    // Given a server that takes 1 KiB files and one unfinished job, and runs no jobs
    const small = await startTestServer({ imports: { maxBytes: 1024, maxUnfinished: 1 } });
    const smallDb = new PgClient({ connectionString: small.databaseUrl });
    await smallDb.connect();
    try {
      const big = await upload(small, '/imports/products', `sku,name\n${'X,'.repeat(1000)}\n`);
      expect(big.status).toBe(413);
      expect(
        ((await big.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
      ).toBe('IMPORT_TOO_LARGE');
      // A body sent without a length is cut off at the limit, too
      const streamed = await small.fetch('/imports/products', {
        method: 'POST',
        headers: { ...small.adminHeaders, 'content-type': 'text/csv' },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('sku,name\n' + 'Y,'.repeat(2000)));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      const stored = async () =>
        Number(
          (
            await smallDb.query(
              'SELECT (SELECT count(*) FROM import_job) + (SELECT count(*) FROM import_job_chunk) AS n',
            )
          ).rows[0].n,
        );
      expect(await stored()).toBe(0);

      // When one job is queued, the next upload is refused until it ends
      const first = await uploaded(small, '/imports/products', 'sku,name,price\nQ-1,Queued,1\n');
      const second = await upload(small, '/imports/products', 'sku,name,price\nQ-2,Queued,1\n');
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('30');
      expect(
        ((await second.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
      ).toBe('TOO_MANY_IMPORTS');

      // And cancelling the queued job ends it at once, freeing the queue
      const { cancelImportJob } = await small.query(CancelImportJobDocument, { input: { id: first } });
      expect(cancelImportJob).toEqual({ importJob: { id: first, status: 'CANCELLED' }, userErrors: [] });
      const twice = await small.query(CancelImportJobDocument, { input: { id: first } });
      expect(twice.cancelImportJob.userErrors).toEqual([
        { code: 'INVALID_STATUS', field: ['id'], message: 'The job already ended (CANCELLED).' },
      ]);
      const { importJobs } = await small.query(ImportJobsDocument, { status: 'CANCELLED' });
      expect(importJobs).toEqual({ totalCount: 1, nodes: [{ id: first, status: 'CANCELLED' }] });
      await uploaded(small, '/imports/products', 'sku,name,price\nQ-3,Queued,1\n');
    } finally {
      await smallDb.end();
      await small.close();
    }
  });

  it('keeps import jobs to MANAGER and above in GraphQL, too', async () => {
    const viewer = await givenSignedInUser(server, 'VIEWER');
    const { body } = await viewer.caller.send(ImportJobsDocument, {});
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

async function signInAs(email: string, password: string) {
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await response.json()) as { data: { signIn: { token: string } } };
  return { signIn: body.data.signIn.token };
}

function rowIdOf(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}
