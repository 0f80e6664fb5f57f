// The docs' examples run as written (README.md and docs/*.md): every ```graphql block, and every
// curl that posts a GraphQL body or downloads an export, on a fresh demo database, as a reader
// signed in as its first ADMIN would run them. How a block is annotated (variables, expected
// errors, skips) is in docs/development.md, "Examples in the docs".
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadDemoData } from '../../prisma/seed/demo';
import { fences, guideFiles, ROOT } from '../support/markdown';
import { startTestServer, type TestServer } from '../support/server';

// Loading the demo data records about 4,300 movements through the ledger: 20 s on a busy machine.
jest.setTimeout(120_000);

/** The first ADMIN that the README's tour creates, whose credentials the docs' sign-ins send. */
const DOCS_ADMIN = { email: 'admin@stockroom.local', password: 'tour-password-1' };

interface Directives {
  variables?: Record<string, unknown>;
  anonymous: boolean;
  expectError?: string;
  expectUserError?: string;
  skip?: string;
}

type Example =
  | { where: string; kind: 'graphql'; query: string; directives: Directives }
  | { where: string; kind: 'curl'; command: string; directives: Directives };

/** Where a JSON value that starts `text` ends (strings and nesting respected). */
function jsonEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  throw new Error('unterminated JSON');
}

/** `variables {…}; anonymous; expect-error CODE; expect-user-error CODE; skip (why)`, in any order. */
function parseDirectives(text: string | undefined, where: string): Directives {
  const directives: Directives = { anonymous: false };
  if (text === undefined || !text.startsWith('example:')) return directives;
  let rest = text.slice('example:'.length).trim();
  const fail = (problem: string) => new Error(`${where}: ${problem} in <!-- ${text} -->`);
  while (rest) {
    const name = /^[a-z-]+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(name.length).trim();
    if (name === 'variables') {
      const end = jsonEnd(rest);
      directives.variables = JSON.parse(rest.slice(0, end)) as Record<string, unknown>;
      rest = rest.slice(end);
    } else if (name === 'anonymous') {
      directives.anonymous = true;
    } else if (name === 'expect-error' || name === 'expect-user-error') {
      const code = /^[A-Z][A-Z_]*/.exec(rest)?.[0];
      if (!code) throw fail(`${name} without a code`);
      directives[name === 'expect-error' ? 'expectError' : 'expectUserError'] = code;
      rest = rest.slice(code.length);
    } else if (name === 'skip') {
      const reason = /^\((.+)\)$/.exec(rest)?.[1]?.trim();
      if (!reason) throw fail('a skip without its reason in parentheses');
      directives.skip = reason;
      rest = '';
    } else {
      throw fail(`unknown directive "${name}"`);
    }
    rest = rest.trim();
    if (rest.startsWith(';')) rest = rest.slice(1).trim();
    else if (rest) throw fail(`"${rest}" after ${name}`);
  }
  return directives;
}

/** The curl commands of a shell block, each on one line (backslash-continued lines joined). */
function curlCommands(script: string): string[] {
  return script
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => /(^|[\s($])curl\s/.test(line));
}

function examples(): Example[] {
  return guideFiles().flatMap((file) =>
    fences(fs.readFileSync(file, 'utf8')).flatMap((fence): Example[] => {
      const where = `${path.relative(ROOT, file)}:${fence.line}`;
      const directives = parseDirectives(fence.comment, where);
      if (fence.lang === 'graphql') return [{ where, kind: 'graphql', query: fence.body, directives }];
      if (fence.lang !== 'sh') return [];
      return curlCommands(fence.body).map((command, index) => ({
        where: `${where} curl ${index + 1}`,
        kind: 'curl',
        command,
        directives,
      }));
    }),
  );
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Lists that are empty, counts that are zero and root fields that are null: what the docs show as data. */
function emptiness(data: Record<string, unknown>): string[] {
  const problems = Object.entries(data)
    .filter(([, value]) => value === null)
    .map(([field]) => `${field} is null`);
  const walk = (value: unknown, at: string): void => {
    if (Array.isArray(value)) {
      if (value.length === 0 && !at.endsWith('.userErrors')) problems.push(`${at} is an empty list`);
      value.forEach((item, index) => walk(item, `${at}[${index}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if ((key === 'totalCount' || key === 'rowCount') && item === 0) problems.push(`${at}.${key} is 0`);
        walk(item, `${at}.${key}`);
      }
    }
  };
  walk(data, 'data');
  return problems;
}

function userErrorCodes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(userErrorCodes);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'userErrors' && Array.isArray(item)
      ? item.map((error) => (error as { code: string }).code)
      : userErrorCodes(item),
  );
}

const ALL_EXAMPLES = examples();
const toRun = (kind: Example['kind']) =>
  ALL_EXAMPLES.filter((example) => example.kind === kind && !example.directives.skip).map(
    (example) => [example.where, example] as const,
  );
const skipped = ALL_EXAMPLES.filter((example) => example.directives.skip).map(
  (example) => [example.where, example.directives.skip] as const,
);

describe('the examples in the docs', () => {
  let server: TestServer;
  /** What the docs' `$KEY` holds: a MANAGER's API key, as api.md creates one. */
  let apiKey: string;
  beforeAll(async () => {
    server = await startTestServer();
    await loadDemoData(server.database.prisma);
    const created = await post(
      {
        query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }',
        variables: { input: { ...DOCS_ADMIN, name: 'Tour admin', role: 'ADMIN' } },
      },
      false,
    );
    expect(created.body).toEqual({ data: { createUser: { userErrors: [] } } });
    const key = await post(
      { query: 'mutation { createApiKey(input: { name: "Docs examples", role: MANAGER }) { secret } }' },
      false,
    );
    apiKey = (key.body.data as { createApiKey: { secret: string } }).createApiKey.secret;
  });
  afterAll(() => server?.close());

  async function post(body: unknown, anonymous: boolean): Promise<{ status: number; body: Answer }> {
    const response = await server.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(anonymous ? {} : server.adminHeaders) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  }

  async function lookUp(query: string, variables: Record<string, unknown>, pick: (data: never) => unknown) {
    const answer = await post({ query, variables }, false);
    const id = answer.body.data ? pick(answer.body.data as never) : undefined;
    if (typeof id !== 'string') throw new Error(`no ID for ${JSON.stringify(variables)}`);
    return id;
  }

  /**
   * `product:<SKU>`, `location:<code>`, `movement:<reference>`, `reservation:<reference>`,
   * `transfer:<reference>`, `purchaseOrder:<reference>` (the newest with it), `purchaseOrderLine:<reference>`
   * (that order's first line) and `daysAgo:<n>` in the variables.
   */
  async function resolve(value: unknown): Promise<unknown> {
    if (Array.isArray(value)) return Promise.all(value.map(resolve));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await resolve(item)])),
      );
    const [, kind, name] =
      typeof value === 'string'
        ? (/^(product|location|movement|reservation|transfer|purchaseOrder|purchaseOrderLine|daysAgo):(.+)$/.exec(
            value,
          ) ?? [])
        : [];
    switch (kind) {
      case 'product':
        return lookUp(
          'query($sku: String) { product(sku: $sku) { id } }',
          { sku: name },
          (data: { product: { id: string } | null }) => data.product?.id,
        );
      case 'location':
        return lookUp(
          'query($code: String) { location(code: $code) { id } }',
          { code: name },
          (data: { location: { id: string } | null }) => data.location?.id,
        );
      case 'movement':
        return lookUp(
          'query($reference: String) { movements(filter: { reference: $reference }, first: 1) { nodes { id } } }',
          { reference: name },
          (data: { movements: { nodes: Array<{ id: string }> } }) => data.movements.nodes[0]?.id,
        );
      case 'reservation':
        return lookUp(
          'query($reference: String) { reservations(filter: { reference: $reference }, first: 1) { nodes { id } } }',
          { reference: name },
          (data: { reservations: { nodes: Array<{ id: string }> } }) => data.reservations.nodes[0]?.id,
        );
      case 'transfer':
        return lookUp(
          'query($reference: String) { transfers(filter: { reference: $reference }, first: 1) { nodes { id } } }',
          { reference: name },
          (data: { transfers: { nodes: Array<{ id: string }> } }) => data.transfers.nodes[0]?.id,
        );
      case 'purchaseOrder':
        return lookUp(
          'query($reference: String) { purchaseOrders(filter: { reference: $reference }, first: 1) { nodes { id } } }',
          { reference: name },
          (data: { purchaseOrders: { nodes: Array<{ id: string }> } }) => data.purchaseOrders.nodes[0]?.id,
        );
      case 'purchaseOrderLine':
        return lookUp(
          'query($reference: String) { purchaseOrders(filter: { reference: $reference }, first: 1) { nodes { lines { id } } } }',
          { reference: name },
          (data: { purchaseOrders: { nodes: Array<{ lines: Array<{ id: string }> }> } }) =>
            data.purchaseOrders.nodes[0]?.lines[0]?.id,
        );
      case 'daysAgo':
        return new Date(Date.now() - Number(name) * 86_400_000).toISOString();
      default:
        return value;
    }
  }

  /** The headers a curl sends: `$TOKEN` is an ADMIN's session token, `$KEY` a MANAGER's API key. */
  function credentials(command: string): Record<string, string> {
    const header = /-H ["']((?:authorization|x-api-key): [^"']+)["']/i.exec(command)?.[1];
    if (!header) return {};
    const [name, value] = header.split(/: (.*)/, 2) as [string, string];
    const filled = value
      .replace('$TOKEN', server.adminHeaders.authorization!.slice('Bearer '.length))
      .replace('$KEY', apiKey);
    if (filled.includes('$')) throw new Error(`unknown shell variable in ${header}`);
    return { [name]: filled };
  }

  /** What is wrong with an answer, given what the example's annotation expects. */
  function problems(answer: { status: number; body: Answer }, directives: Directives): string[] {
    const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
    if (directives.expectError) {
      return codes.includes(directives.expectError)
        ? []
        : [`expected an error ${directives.expectError}, got ${JSON.stringify(answer.body)}`];
    }
    if (codes.length > 0 || !answer.body.data) return [`errors: ${JSON.stringify(answer.body.errors)}`];
    const userErrors = userErrorCodes(answer.body.data);
    if (directives.expectUserError) {
      return userErrors.includes(directives.expectUserError)
        ? []
        : [`expected userErrors ${directives.expectUserError}, got ${JSON.stringify(answer.body.data)}`];
    }
    if (userErrors.length > 0) return [`userErrors: ${userErrors.join(', ')}`];
    return emptiness(answer.body.data);
  }

  it('are found, and their annotations read', () => {
    expect(toRun('graphql').length).toBeGreaterThanOrEqual(20);
    expect(toRun('curl').length).toBeGreaterThanOrEqual(5);
    // A misspelt annotation is an error rather than an example run plainly, and a skip says why
    expect(() => parseDirectives('example: expect-eror NOT_FOUND', 'here')).toThrow('unknown directive "expect-eror"');
    expect(() => parseDirectives('example: skip', 'here')).toThrow('reason');
    expect(
      parseDirectives(
        'example: variables {"a": "b; c", "d": [1, {"e": "}"}]}; anonymous; expect-error NOT_FOUND',
        'here',
      ),
    ).toEqual({ variables: { a: 'b; c', d: [1, { e: '}' }] }, anonymous: true, expectError: 'NOT_FOUND' });
    expect(parseDirectives('not an example annotation', 'here')).toEqual({ anonymous: false });
  });

  it.each(toRun('graphql'))('%s: the GraphQL answers what the docs show', async (_where, example) => {
    if (example.kind !== 'graphql') return;
    const variables = await resolve(example.directives.variables ?? {});
    const answer = await post({ query: example.query, variables }, example.directives.anonymous);
    expect(problems(answer, example.directives)).toEqual([]);
  });

  it.each(toRun('curl'))('%s: the request answers what the docs show', async (_where, example) => {
    if (example.kind !== 'curl') return;
    const { command } = example;
    const url = /https?:\/\/(?:127\.0\.0\.1|localhost):4000(\/[^\s'"]*)/.exec(command)?.[1];
    const body = /(?:-d|--data(?:-raw)?) '([^']*)'/.exec(command)?.[1];
    if (url === '/graphql' && body !== undefined && !/\s-G\b/.test(command)) {
      const response = await server.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...credentials(command) },
        body,
      });
      const answer = { status: response.status, body: (await response.json()) as Answer };
      expect(problems(answer, example.directives)).toEqual([]);
    } else if (url?.startsWith('/exports/') && body === undefined) {
      const response = await server.fetch(url, { headers: credentials(command) });
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (url.includes('.csv')) {
        // a header and at least one row
        expect(bytes.toString('utf8').trimEnd().split('\r\n').length).toBeGreaterThan(1);
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        expect(workbook.worksheets[0]!.rowCount).toBeGreaterThan(1);
      }
    } else {
      throw new Error(
        `${example.where}: this curl cannot be run as written (${command.trim()}); ` +
          'mark its block <!-- example: skip (why) -->',
      );
    }
  });

  // Shown as skipped, with the docs' reason, so that they stay in sight
  it.skip.each(skipped)('%s is not run: %s', () => undefined);
});
