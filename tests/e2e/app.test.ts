// The web app's shell, sign-in, overview and low stock in a real Chromium against the real server,
// with the network cut to every host but the server: the figures on screen are what the API returns
// for the same filters (asked with the app's own documents, by id), the CSP reports nothing, the
// console stays clean, axe finds nothing serious, roles see what the API lets them, it fits a phone,
// it works under PERSISTED_QUERIES=only, and APP_ENABLED=false takes it away.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import {
  buildApp,
  collectPageProblems,
  collectViolations,
  openAppBrowser,
  seriousAxeViolations,
  signInToApp,
  type AppBrowser,
} from '../support/app';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT_DIR = path.join(ROOT, 'test-output');
const DAY = 86_400_000;
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

// The browser runs in en-US and UTC (tests/support/app.ts): figures and days read like this there.
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The app's manifest: what the server trusts, and how these tests ask the API what the app asks. */
const manifestOf = () =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/app/persisted-documents.json'), 'utf8')) as Record<string, string>;

/** Sends one of the app's operations by its documentId, as the app does. */
async function appOperation<T>(
  server: TestServer,
  headers: Record<string, string>,
  operationName: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const entry = Object.entries(manifestOf()).find(([, body]) =>
    new RegExp(`\\b(?:query|mutation) ${operationName}\\b`).test(body),
  );
  if (!entry) throw new Error(`the app has no operation ${operationName}`);
  const response = await server.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ documentId: entry[0], variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${operationName} failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allTextContents()).map((text) => text.trim());

interface OverviewCards {
  valuation: { totalQuantity: number; totalValue: string };
  lowStock: { totalCount: number };
}
interface OverviewCharts {
  valuationHistory: Array<{ at: string; totalValue: string }>;
  movementSummary: { buckets: Array<{ start: string; received: number; shipped: number }> };
}
interface LowStockReport {
  lowStock: {
    totalCount: number;
    nodes: Array<{
      product: { sku: string; preferredSupplier: string | null };
      available: number;
      reorderPoint: number;
      suggestedOrderQuantity: number;
      daysOfCover: number | null;
    }>;
  };
}

let server: TestServer;
let app: AppBrowser;
const given = {} as {
  bolt: { id: string };
  north: { id: string; code: string };
  south: { id: string; code: string };
  manager: { email: string; password: string; headers: Record<string, string> };
  viewer: { email: string; password: string };
  firstDay: string;
  lastDay: string;
};

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

beforeAll(async () => {
  // The server reads the bundle (and trusts its manifest) when it starts: build it first.
  buildApp();
  server = await startTestServer();
  app = await openAppBrowser(server);

  given.north = await givenLocation(server, { code: 'APP-NORTH', name: 'North warehouse' });
  given.south = await givenLocation(server, { code: 'APP-SOUTH', name: 'South store', kind: 'STORE' });
  const bolt = await givenProduct(server, {
    sku: 'APP-BOLT',
    name: 'Hex bolt M8',
    category: 'Fasteners',
    price: '0.40',
    reorderPoint: 40,
    reorderQuantity: 25,
    preferredSupplier: 'Bolt & Nut Ltd',
  });
  given.bolt = bolt;
  // A name a CSV must quote.
  const nut = await givenProduct(server, {
    sku: 'APP-NUT',
    name: 'Hex nut, M8 "fine"',
    category: 'Fasteners',
    reorderPoint: 30,
  });
  const washer = await givenProduct(server, {
    sku: 'APP-WASHER',
    name: 'Washer M8, "zinc", 100 pack',
    category: 'Fasteners',
    reorderPoint: 5,
  });
  const drill = await givenProduct(server, { sku: 'APP-DRILL', name: 'Cordless drill', category: 'Power tools' });

  // Over the last five weeks at the north warehouse: receipts, sales (some 30 to 60 days ago, for the
  // cards' comparison) and a transfer, so every chart has points.
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const north = given.north.id;
  const receive = (productId: string, quantity: number, unitCost: string, daysAgo: number) =>
    givenMovement(server, 'receive', { productId, locationId: north, quantity, unitCost, occurredAt: at(daysAgo) });
  await receive(drill.id, 20, '55.00', 50);
  await receive(bolt.id, 30, '0.12', 33);
  await receive(nut.id, 25, '0.05', 26);
  await receive(washer.id, 100, '2.10', 19);
  await receive(drill.id, 10, '58.00', 12);
  const ship = (productId: string, quantity: number, unitPrice: string, daysAgo: number) =>
    givenMovement(server, 'ship', { productId, locationId: north, quantity, unitPrice, occurredAt: at(daysAgo) });
  await ship(drill.id, 4, '89.00', 40);
  await ship(drill.id, 6, '89.00', 9);
  await ship(bolt.id, 12, '0.40', 5);
  await ship(washer.id, 10, '3.95', 3);
  await givenMovement(server, 'transfer', {
    productId: drill.id,
    fromLocationId: north,
    toLocationId: given.south.id,
    quantity: 3,
    occurredAt: at(2),
  });

  const manager = await givenSignedInUser(server, 'MANAGER');
  const token = await signInToken(server, manager.email, manager.password);
  given.manager = { ...manager, headers: { authorization: `Bearer ${token}` } };
  given.viewer = await givenSignedInUser(server, 'VIEWER');
  given.lastDay = isoDay(now);
  given.firstDay = isoDay(now - 34 * DAY);
});

afterAll(async () => {
  await app?.close();
  await server?.close();
});

async function signInToken(target: TestServer, email: string, password: string): Promise<string> {
  const { signIn } = await appOperation<{ signIn: { token: string } }>(target, {}, 'AppSignIn', {
    input: { email, password },
  });
  return signIn.token;
}

describe('the app over HTTP', () => {
  it('sends browsers from / to /app, and answers every path under /app with the page, under a strict CSP', async () => {
    const root = await server.fetch('/', { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/app');
    // An API client asking for JSON at / is not redirected.
    expect((await server.fetch('/', { headers: { accept: 'application/json' }, redirect: 'manual' })).status).toBe(404);

    for (const place of ['/app', '/app/low-stock', '/app/products/anything']) {
      const response = await server.fetch(place, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "style-src 'self'"]) {
        expect(policy).toContain(directive);
      }
      expect(policy).not.toContain('unsafe');
      const html = await response.text();
      expect(html).toContain('id="root"');
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
      expect(assets).toHaveLength(2);
      for (const asset of assets) expect(asset).toMatch(/^\/app\/assets\/app-[\w]+\.(js|css)$/);
    }
    const script = (await (await server.fetch('/app')).text()).match(/src="([^"]+)"/)![1]!;
    const bundle = await server.fetch(script);
    expect(bundle.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect(await bundle.text()).not.toMatch(/(?:unpkg\.com|jsdelivr\.net|esm\.sh|cdnjs|fonts\.googleapis)/);
    expect((await server.fetch('/app/assets/no-such-file.js')).status).toBe(404);
  });

  it('trusts exactly the documents built with the app, each by the sha256 of its text', async () => {
    const manifest = manifestOf();
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(4);
    for (const [id, body] of Object.entries(manifest)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(body).digest('hex')}`);
      expect(await server.services.persisted.findTrusted(id.slice('sha256:'.length))).toMatchObject({ body });
    }
  });
});

describe('the app in a browser with no network', () => {
  it('signs in through the form, keeping the token out of cookies, and opens the overview', async () => {
    await app.page.goto(`${server.url}/`);
    // Not signed in: the sign-in form, which comes back to the page asked for.
    await app.page.getByRole('heading', { name: 'Sign in to Stockroom' }).waitFor();
    expect(new URL(app.page.url()).pathname).toBe('/app/sign-in');

    await app.page.getByLabel('Email').fill(given.manager.email);
    await app.page.getByLabel('Password').fill('not-the-password');
    await app.page.getByRole('button', { name: 'Sign in' }).click();
    await app.page
      .getByRole('alert')
      .filter({ hasText: /password/i })
      .waitFor();

    await app.page.getByLabel('Password').fill(given.manager.password);
    await app.page.getByRole('button', { name: 'Sign in' }).click();
    await app.page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(new URL(app.page.url()).pathname).toBe('/app');
    expect(await app.context.cookies()).toEqual([]);
  });

  it('shows the API’s figures for the filters chosen: the cards, and the stock-value chart point by point', async () => {
    const query = `location=${encodeURIComponent(given.north.id)}&from=${given.firstDay}&to=${given.lastDay}`;
    await app.page.goto(`${server.url}/app?${query}`);
    const valueCard = app.page.locator('[data-card="stock-value"] .figure');
    await valueCard.waitFor();
    await app.page.locator('table[data-chart="Stock value over time"]').waitFor({ state: 'attached' });

    const cards = await appOperation<OverviewCards>(server, given.manager.headers, 'OverviewCards', {
      locationId: given.north.id,
      now: new Date().toISOString(),
      split: new Date(Date.now() - 30 * DAY).toISOString(),
      before: new Date(Date.now() - 60 * DAY).toISOString(),
    });
    expect(Number(cards.valuation.totalValue)).toBeGreaterThan(0);
    expect(await valueCard.textContent()).toBe(money.format(Number(cards.valuation.totalValue)));
    expect(await app.page.locator('[data-card="units"] .figure').textContent()).toBe(
      count.format(cards.valuation.totalQuantity),
    );
    // Bolt (18 of 40) and nut (25 of 30) are low at the north warehouse.
    expect(cards.lowStock.totalCount).toBe(2);
    expect(await app.page.locator('[data-card="low-stock"] .figure').textContent()).toBe('2');
    // The filter shows the location chosen.
    expect(await app.page.getByLabel('Location').inputValue()).toBe(given.north.id);

    // The same range the page asked for: whole UTC days, the day after the last one exclusive.
    const charts = await appOperation<OverviewCharts>(server, given.manager.headers, 'OverviewCharts', {
      locationId: given.north.id,
      from: `${given.firstDay}T00:00:00.000Z`,
      to: new Date(Date.parse(`${given.lastDay}T00:00:00.000Z`) + DAY).toISOString(),
      valueInterval: 'WEEK',
      timeZone: 'UTC',
    });
    expect(charts.valuationHistory.length).toBeGreaterThanOrEqual(5);
    const table = 'table[data-chart="Stock value over time"] tbody tr';
    expect(await texts(app.page, `${table} th`)).toEqual(
      charts.valuationHistory.map((point) => day.format(new Date(point.at))),
    );
    expect(await texts(app.page, `${table} td`)).toEqual(
      charts.valuationHistory.map((point) => money.format(Number(point.totalValue))),
    );
    // The values differ from week to week: the chart is not a flat line of the current value.
    expect(new Set(charts.valuationHistory.map((point) => point.totalValue)).size).toBeGreaterThan(2);

    // Units moved per day: one row per day of the range, shipments in their column.
    const movements = 'table[data-chart="Units moved per day, by kind"] tbody tr';
    expect(await app.page.locator(movements).count()).toBe(35);
    const shippedColumn = (await texts(app.page, 'table[data-chart="Units moved per day, by kind"] thead th')).indexOf(
      'Shipped',
    );
    const shipped = await app.page.locator(`${movements} td:nth-of-type(${shippedColumn})`).allTextContents();
    expect(shipped.map(Number)).toEqual(charts.movementSummary.buckets.map((bucket) => bucket.shipped));
    expect(shipped.map(Number).reduce((sum, units) => sum + units, 0)).toBe(6 + 12 + 10);

    // The chart itself is drawn (SVG), with the table as its text alternative.
    expect(await app.page.locator('.chart-canvas svg').count()).toBe(3);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await app.page.screenshot({ path: path.join(OUTPUT_DIR, 'app-overview.png'), fullPage: true });
  });

  it('lists low stock as the API does, sorts it, and downloads the rows shown as CSV', async () => {
    await app.page.goto(`${server.url}/app/low-stock?location=${encodeURIComponent(given.north.id)}`);
    const rows = app.page.locator('table.low-stock tbody tr');
    await rows.first().waitFor();

    const report = await appOperation<LowStockReport>(server, given.manager.headers, 'LowStockReport', {
      locationId: given.north.id,
      category: null,
      after: null,
    });
    expect(report.lowStock.nodes.map((row) => row.product.sku)).toEqual(['APP-BOLT', 'APP-NUT']);
    const cell = (column: string) => texts(app.page, `table.low-stock tbody td[data-column="${column}"]`);
    expect(await cell('sku')).toEqual(report.lowStock.nodes.map((row) => row.product.sku));
    expect(await cell('available')).toEqual(report.lowStock.nodes.map((row) => count.format(row.available)));
    expect(await cell('suggested')).toEqual(
      report.lowStock.nodes.map((row) => count.format(row.suggestedOrderQuantity)),
    );
    expect(await cell('daysOfCover')).toEqual(
      report.lowStock.nodes.map((row) => (row.daysOfCover === null ? '–' : decimal.format(row.daysOfCover))),
    );
    // Bolt: 18 available against 40, ordered in 25s: 25; it sold 12 in 30 days, so 45 days of cover.
    expect(report.lowStock.nodes[0]).toMatchObject({ available: 18, suggestedOrderQuantity: 25, daysOfCover: 45 });

    // Sorted by SKU descending (a second click), then the CSV holds the rows in that order.
    const skuHeader = app.page.getByRole('columnheader', { name: 'SKU' });
    await skuHeader.getByRole('button').click();
    expect(await skuHeader.getAttribute('aria-sort')).toBe('ascending');
    await skuHeader.getByRole('button').click();
    expect(await skuHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await cell('sku')).toEqual(['APP-NUT', 'APP-BOLT']);

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('low-stock.csv');
    const csv = fs
      .readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe(
      'sku,name,location,onHand,available,reorderPoint,incoming,daysOfCover,suggestedOrderQuantity,preferredSupplier',
    );
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(['APP-NUT', 'APP-BOLT']);
    expect(csv[1]).toMatch(/^APP-NUT,"Hex nut, M8 ""fine""",APP-NORTH,25,25,30,0,,\d+,$/);
    expect(csv[2]).toBe('APP-BOLT,Hex bolt M8,APP-NORTH,18,18,40,0,45,25,Bolt & Nut Ltd');
  });

  it('drafts a purchase order from the rows selected, one per supplier', async () => {
    const before = await server.database.prisma.purchaseOrder.count();
    await app.page.getByRole('checkbox', { name: 'Select APP-BOLT' }).check();
    await app.page.getByLabel('Deliver to').selectOption(given.north.id);
    await app.page.getByRole('button', { name: /^Draft purchase orders \(1 selected\)/ }).click();
    await app.page.getByText('Drafted an order from Bolt & Nut Ltd with 1 line.').waitFor();

    const orders = await server.database.prisma.purchaseOrder.findMany({
      where: { supplier: 'Bolt & Nut Ltd' },
      include: { lines: true },
    });
    expect(await server.database.prisma.purchaseOrder.count()).toBe(before + 1);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: 'DRAFT' });
    expect(orders[0]!.lines.map((line) => [line.quantity, line.unitCost.toString()])).toEqual([[25, '0.12']]);
  });

  it('is used by keyboard: the skip link, the navigation and the filters', async () => {
    await app.page.goto(`${server.url}/app`);
    await app.page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    // Tab on to the navigation's "Low stock" and follow it with Enter.
    const lowStockLink = app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Low stock' });
    const focused = () => app.page.evaluate('document.activeElement?.textContent');
    for (let step = 0; step < 10 && (await focused()) !== 'Low stock'; step++) await app.page.keyboard.press('Tab');
    expect(await focused()).toBe('Low stock');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { name: 'Low stock', level: 1 }).waitFor();
    expect(await lowStockLink.getAttribute('aria-current')).toBe('page');
    // Focus moved to the page's content, so the next Tab goes into the page, not back to the top.
    expect(await app.page.evaluate('document.activeElement.id')).toBe('main');
  });

  it('fits a phone: the navigation folds under a Menu button, and nothing scrolls sideways', async () => {
    // The same tab (the session lives in this tab's storage), made phone-sized.
    const phone = app.page;
    await phone.setViewportSize({ width: 390, height: 844 });
    try {
      await phone.goto(`${server.url}/app?location=${encodeURIComponent(given.north.id)}`);
      await phone.locator('[data-card="stock-value"] .figure').waitFor();
      await phone.locator('.chart-canvas svg').first().waitFor();
      const nav = phone.getByRole('navigation', { name: 'Main' });
      expect(await nav.isVisible()).toBe(false);
      const menu = phone.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await menu.focus();
      await phone.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: 'Low stock' }).waitFor();
      expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await phone.screenshot({ path: path.join(OUTPUT_DIR, 'app-phone.png') });
      await nav.getByRole('link', { name: 'Low stock' }).click();
      await phone.locator('table.low-stock').waitFor();
      // The table scrolls inside its box; the page itself does not.
      expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(await collectViolations(phone)).toEqual([]);
    } finally {
      await phone.setViewportSize({ width: 1300, height: 900 });
    }
  });

  it('shows a VIEWER no costs and no forms, and no page the API would refuse', async () => {
    await app.page.getByRole('button', { name: 'Sign out' }).click();
    await app.page.getByRole('heading', { name: 'Sign in to Stockroom' }).waitFor();
    expect(await app.page.evaluate('sessionStorage.length')).toBe(0);
    await signInToApp(app.page, server, given.viewer);

    await app.page.getByText('are for managers').waitFor();
    expect(await app.page.locator('[data-card]').count()).toBe(0);
    expect(await app.page.locator('figure.chart').count()).toBe(0);
    const nav = app.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Low stock' }).count()).toBe(0);
    await app.page.goto(`${server.url}/app/low-stock`);
    await app.page.getByText('Your role may not open this page.').waitFor();
    expect(await app.page.locator('form, table').count()).toBe(0);

    // Signing out forgets the token: the app is back to the form, even at a deep link.
    await app.page.getByRole('button', { name: 'Sign out' }).click();
    await app.page.goto(`${server.url}/app/low-stock`);
    await app.page.getByRole('heading', { name: 'Sign in to Stockroom' }).waitFor();
    expect(new URL(app.page.url()).searchParams.get('next')).toBe('/low-stock');
  });

  it('passes axe on every page, with no CSP violation, console error or request off the host', async () => {
    await signInToApp(app.page, server, given.manager);
    const overviewReady = (page: Page) => page.locator('.chart-canvas svg').first().waitFor();
    const problems = await collectPageProblems(app, server, [
      { path: '/', ready: overviewReady },
      { path: '/low-stock', ready: (page) => page.locator('table.low-stock').waitFor() },
      { path: '/products', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
      {
        path: `/products/${encodeURIComponent(given.bolt.id)}`,
        ready: (page) => page.getByRole('heading', { level: 1, name: /Hex bolt/ }).waitFor(),
      },
      {
        path: `/locations/${encodeURIComponent(given.north.id)}`,
        ready: (page) => page.getByRole('heading', { level: 1, name: /North warehouse/ }).waitFor(),
      },
    ]);
    // The sign-in form, signed out.
    await app.page.getByRole('button', { name: 'Sign out' }).click();
    await app.page.getByRole('heading', { name: 'Sign in to Stockroom' }).waitFor();
    problems.push(...(await seriousAxeViolations(app.page)));
    expect(problems).toEqual([]);
  }, 180_000);
});

describe('the app under PERSISTED_QUERIES=only', () => {
  let only: TestServer;
  let browser: AppBrowser;
  beforeAll(async () => {
    only = await startTestServer({ persistedQueries: { mode: 'only' } });
    browser = await openAppBrowser(only);
  });
  afterAll(async () => {
    await browser?.close();
    await only?.close();
  });

  it('signs in and loads the overview and low stock, every request a trusted document', async () => {
    // Free-form documents are refused here, so everything the page shows came by id.
    const freeForm = await only.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...only.adminHeaders },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(
      ((await freeForm.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('PERSISTED_QUERY_REQUIRED');

    await signInToApp(browser.page, only, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    await browser.page.locator('[data-card="stock-value"] .figure').waitFor();
    await browser.page.locator('figure.chart').first().waitFor();
    expect(await browser.page.locator('[data-card="stock-value"] .figure').textContent()).toBe('0.00');
    await browser.page.goto(`${only.url}/app/low-stock`);
    await browser.page.getByText('No product is at or below its reorder point.').waitFor();
    expect(await browser.page.getByRole('alert').count()).toBe(0);
    expect(await collectViolations(browser.page)).toEqual([]);
    expect(browser.errors).toEqual([]);
    expect(browser.offHost).toEqual([]);
  });
});

describe('the app under PERSISTED_QUERIES=off', () => {
  it('sends its documents as text where ids are refused, told so by its page', async () => {
    const off = await startTestServer({ persistedQueries: { mode: 'off' } });
    const browser = await openAppBrowser(off);
    try {
      const html = await (await off.fetch('/app')).text();
      expect(html).toContain('<meta name="stockroom-documents" content="text" />');
      await signInToApp(browser.page, off, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
      await browser.page.locator('[data-card="stock-value"] .figure').waitFor();
      expect(await browser.page.getByRole('alert').count()).toBe(0);
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
      await off.close();
    }
  });
});

describe('APP_ENABLED', () => {
  it('is on by default, in production and under PERSISTED_QUERIES=only too, and off when false', () => {
    const production = { NODE_ENV: 'production', AUTH_SECRET: 'a-real-secret-of-at-least-32-characters!' };
    expect(loadConfig({}).app).toBe(true);
    expect(loadConfig(production).app).toBe(true);
    expect(loadConfig({ PERSISTED_QUERIES: 'only' }).app).toBe(true);
    expect(loadConfig({ APP_ENABLED: 'false' }).app).toBe(false);
    expect(() => loadConfig({ APP_ENABLED: 'no' })).toThrow(/APP_ENABLED/);
  });

  it('serves no app, redirects nothing, and trusts none of its documents', async () => {
    const off = await startTestServer({ app: false });
    try {
      expect((await off.fetch('/app', { headers: { accept: BROWSER_ACCEPT } })).status).toBe(404);
      expect((await off.fetch('/', { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' })).status).toBe(404);
      const [id] = Object.keys(manifestOf());
      expect(await off.services.persisted.findTrusted(id!.slice('sha256:'.length))).toBeNull();
    } finally {
      await off.close();
    }
  });
});
