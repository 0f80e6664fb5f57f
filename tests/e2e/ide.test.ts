// The GraphQL IDE: served at GET /graphql to browsers, bundled (nothing from a CDN), and usable in a
// real headless Chromium whose network is cut off from everything but the test server.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import type { BrowserContext, Page } from 'playwright-core';
import { EXAMPLE_TABS } from '../../src/ide/browser/examples';
import { launchChromium } from '../support/browser';
import { givenLocation, givenMovement, givenProduct } from '../support/factories';
import { eventually } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

const OUTPUT_DIR = path.resolve(__dirname, '../../test-output');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let server: TestServer;
let withoutIde: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  withoutIde = await startTestServer({ ide: false });
});
afterAll(async () => {
  await server.close();
  await withoutIde.close();
});

const openIde = (target: TestServer) => target.fetch('/graphql', { headers: { accept: BROWSER_ACCEPT } });

/** The script and stylesheet URLs an HTML page refers to. */
const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);

describe('GraphQL IDE over HTTP', () => {
  it('serves the IDE page to a browser, with a strict content security policy', async () => {
    const response = await openIde(server);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('vary')).toMatch(/accept/i);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const html = await response.text();
    expect(html).toContain('id="graphiql"');
    // No inline script: the only script is the bundle, from this server.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(assetsOf(html)).toHaveLength(2);
    for (const asset of assetsOf(html)) expect(asset).toMatch(/^\/graphql\/ide\/[\w.-]+\.(js|css)$/);
  });

  it('serves the bundle from this server with long-lived cache headers', async () => {
    const html = await (await openIde(server)).text();
    for (const asset of assetsOf(html)) {
      const response = await server.fetch(asset);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
      // The bundle names no CDN to load code, styles or fonts from.
      expect(await response.text()).not.toMatch(/(?:unpkg\.com|jsdelivr\.net|esm\.sh|cdnjs|fonts\.googleapis)/);
    }
    expect((await server.fetch('/graphql/ide/no-such-file.js')).status).toBe(404);
  });

  it('opens with example operations that are valid against the schema', () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
    expect(EXAMPLE_TABS).toHaveLength(3);
    for (const tab of EXAMPLE_TABS) expect(validate(schema, parse(tab.query))).toEqual([]);
  });

  it('leaves GraphQL requests at the same URL to GraphQL', async () => {
    const query = await server.fetch(`/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });

    const api = await server.fetch('/graphql', { headers: { accept: 'application/json' } });
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('can be turned off: a browser then gets GraphQL’s own answer and no IDE files', async () => {
    const response = await openIde(withoutIde);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(response.headers.get('content-security-policy')).toBeNull();
    const html = await (await openIde(server)).text();
    for (const asset of assetsOf(html)) {
      const file = await withoutIde.fetch(asset);
      expect(file.status).not.toBe(200);
      expect(file.headers.get('content-type')).not.toMatch(/javascript|css/);
    }
  });
});

/** A port nothing listens on: the browser's proxy for every host but the test server. */
async function deadPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('GraphQL IDE in a browser with no network', () => {
  let context: BrowserContext;
  let page: Page;
  let profileDir: string;
  const offHost: string[] = [];
  const sameHost: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const origin = new URL(server.url).origin;
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-ide-chromium-'));
    context = await launchChromium(profileDir, {
      viewport: { width: 1400, height: 900 },
      args: [
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Every host but loopback goes through a proxy that is not there.
        `--proxy-server=http://127.0.0.1:${await deadPort()}`,
        `--proxy-bypass-list=${new URL(server.url).host}`,
      ],
    });
    // And whatever the page or its workers ask of another host is recorded and refused.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) {
        sameHost.push(url);
        await route.continue();
      } else {
        offHost.push(url);
        await route.abort('internetdisconnected');
      }
    });
    // Runs in every page before its own scripts (a string: these tests compile without DOM types).
    await context.addInitScript(`
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
    `);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await context?.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  /** Replaces the contents of the Monaco editor inside `editor` by typing, as a person would. */
  async function typeInto(editor: string, text: string) {
    await page.locator(`${editor} .graphiql-editor:not(.hidden) .view-lines`).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  }

  const response = () => page.locator('.graphiql-response');

  it('loads the IDE, types the token, runs a products query and shows the data', async () => {
    const products = [
      await givenProduct(server, { sku: 'IDE-HAMMER', name: 'Claw hammer seen in a browser' }),
      await givenProduct(server, { sku: 'IDE-SAW', name: 'Tenon saw seen in a browser' }),
    ];

    await page.goto(`${server.url}/graphql`);

    // The examples open as tabs, the editors come up (Monaco, with its workers from this server).
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    const tabs = page.getByRole('tablist', { name: 'Select active operation' }).getByRole('tab');
    // (Each tab's text ends with its close button's label.)
    expect(await tabs.allTextContents()).toEqual([
      expect.stringMatching(/^SignIn/),
      expect.stringMatching(/^ProductsWithStock/),
      expect.stringMatching(/^ReceiveStock/),
    ]);

    // A new tab, where the products query is typed; GraphiQL names the tab after the operation.
    await page.getByRole('button', { name: 'New tab' }).click();
    await typeInto(
      '.graphiql-query-editor',
      'query BrowserProducts { products(first: 10, orderBy: { field: SKU, direction: ASC }) ' +
        '{ totalCount edges { node { sku name } } } }',
    );
    await page.getByRole('tab', { name: 'BrowserProducts', selected: true }).waitFor();

    // Without the token the API refuses: the header typed below is what makes the query work.
    await page.locator('.graphiql-execute-button').click();
    await response().getByText('UNAUTHENTICATED').waitFor();

    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await typeInto(
      'section[aria-label="Headers"]',
      JSON.stringify({ Authorization: server.adminHeaders.authorization }),
    );
    await page.locator('.graphiql-execute-button').click();

    await page.getByRole('button', { name: /^Prettify/ }).click();
    for (const product of products) await response().getByText(product.sku).first().waitFor();
    await response().getByText('"totalCount": 2').waitFor();
    expect(await response().textContent()).not.toContain('UNAUTHENTICATED');

    // For the screenshot, each editor scrolled back to its start.
    for (const editor of ['.graphiql-query-editor', 'section[aria-label="Headers"]']) {
      await page.locator(`${editor} .graphiql-editor:not(.hidden) .view-lines`).click();
      await page.keyboard.press('ControlOrMeta+Home');
    }
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'ide.png') });
  });

  it('runs a subscription over a WebSocket with the tab’s headers and shows what a write sends', async () => {
    // (The tab from the test before still holds the admin's Authorization header.)
    const product = await givenProduct(server, { sku: 'IDE-LIVE' });
    const location = await givenLocation(server);
    const before = server.services.live.openSubscriptions;
    await typeInto(
      '.graphiql-query-editor',
      `subscription BrowserLive { stockLevelChanged(productIds: ["${product.id}"]) { type levels { onHand } } }`,
    );
    await page.getByRole('tab', { name: 'BrowserLive', selected: true }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => server.services.live.openSubscriptions > before, 'the IDE’s subscription to open').catch(
      async (error: Error) => {
        throw new Error(`${error.message}; the IDE shows: ${await response().textContent()} ${pageErrors.join()}`);
      },
    );

    await givenMovement(server, 'receive', { productId: product.id, locationId: location.id, quantity: 123 });

    await response().getByText('MOVEMENT_RECORDED').waitFor();
    expect(await response().textContent()).toContain('123');
    // The execute button stops it, and the server lets it go
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => server.services.live.openSubscriptions === before, 'the IDE’s subscription to end');
  });

  it('documents the schema: Query lists every root field of the SDL, each with its description', async () => {
    const sdl = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
    /** A description's first paragraph as the explorer shows it: Markdown's code marks gone, lines run on. */
    const shownText = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
    const byName = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
    const documented = Object.values(sdl.getQueryType()!.getFields())
      .map((field) => [field.name, shownText((field.description ?? '').split(/\n\s*\n/)[0]!)])
      .sort(byName);

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const explorer = page.locator('.graphiql-doc-explorer');
    await explorer.getByText('Query', { exact: true }).click();
    await explorer.getByText('The product catalogue', { exact: false }).first().waitFor();

    expect(await explorer.locator('.graphiql-doc-explorer-title').textContent()).toBe('Query');
    const items = explorer.locator('.graphiql-doc-explorer-item');
    const shown: string[][] = [];
    for (const item of await items.all()) {
      const name = await item.locator('.graphiql-doc-explorer-field-name').textContent();
      const description = await item.locator('.graphiql-markdown-description').allTextContents();
      shown.push([name ?? '', shownText(description.join(' '))]);
    }
    expect(shown.sort(byName)).toEqual(documented);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'ide-docs.png') });
  });

  it('fetched nothing from any other host, broke no content security rule, and threw nothing', async () => {
    expect(offHost).toEqual([]);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The editor's language workers came from this server too.
    expect(sameHost.filter((url) => /\/graphql\/ide\/\w+\.worker-/.test(url)).length).toBeGreaterThan(0);
  });

  it('really has no way out: a page outside the IDE cannot reach another host either', async () => {
    const probe = await context.newPage();
    // .invalid never resolves anywhere; the request stops at the route regardless.
    await expect(probe.goto('http://network-cut-probe.invalid/')).rejects.toThrow();
    expect(offHost).toEqual(['http://network-cut-probe.invalid/']);
    await probe.close();
  });
});
