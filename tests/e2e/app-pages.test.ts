// The web app's product, location and catalogue pages in a real Chromium against the real server:
// the figures on screen are the API's, the forms record through the API and show its user errors
// beside their fields, the roles see what the API lets them, and axe finds nothing serious.
import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Page } from 'playwright-core';
import { BUILT_IN_DOCUMENTS } from '../../src/modules/persisted';
import {
  CreateLocationDocument,
  CreateProductDocument,
  MovementSummaryDocument,
  ProductByIdDocument,
  ProductStockStatesDocument,
  ReceiveStockDocument,
  StockAsOfDocument,
  LocationStockDocument,
} from '../generated/graphql';
import {
  buildApp,
  collectViolations,
  openAppBrowser,
  seriousAxeViolations,
  signInToApp,
  type AppBrowser,
} from '../support/app';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server';

const DAY = 86_400_000;

let server: TestServer;
let browser: AppBrowser;
let page: Page;

/** What the tests are about: one product with a history at two locations, and its neighbours. */
const given = {} as {
  drill: { id: string; sku: string };
  driver: { id: string; sku: string };
  north: { id: string; code: string };
  south: { id: string; code: string };
  /** A location holding 23 products: two pages of its stock. */
  east: { id: string; code: string };
  manager: { email: string; password: string };
  clerk: { email: string; password: string };
  viewer: { email: string; password: string };
};

beforeAll(async () => {
  buildApp();
  server = await startTestServer();

  given.north = await givenLocation(server, { code: 'PG-NORTH', name: 'North warehouse' });
  given.south = await givenLocation(server, { code: 'PG-SOUTH', name: 'South store', kind: 'STORE' });
  given.drill = await givenProduct(server, {
    sku: 'PG-DRILL',
    name: 'Cordless drill',
    category: 'Power tools',
    price: '89.00',
    description: 'An 18 V cordless drill with two batteries.',
  });
  given.driver = await givenProduct(server, {
    sku: 'PG-DRIVER',
    name: 'Cordless impact driver',
    category: 'Power tools',
    price: '79.00',
  });
  await givenProduct(server, { sku: 'PG-TAPE', name: 'Measuring tape', category: 'Hand tools', price: '6.50' });

  // A history over ten weeks, back-dated, so the on-hand chart has steps; then enough small
  // receipts that the movements list has a second page.
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const drill = given.drill.id;
  await givenMovement(server, 'receive', {
    productId: drill,
    locationId: given.north.id,
    quantity: 40,
    unitCost: '50.00',
    occurredAt: at(70),
  });
  await givenMovement(server, 'receive', {
    productId: drill,
    locationId: given.south.id,
    quantity: 30,
    occurredAt: at(49),
  });
  await givenMovement(server, 'transfer', {
    productId: drill,
    fromLocationId: given.north.id,
    toLocationId: given.south.id,
    quantity: 10,
    occurredAt: at(35),
  });
  await givenMovement(server, 'ship', {
    productId: drill,
    locationId: given.south.id,
    quantity: 5,
    occurredAt: at(21),
  });
  for (let index = 0; index < 22; index++) {
    await givenMovement(server, 'receive', {
      productId: drill,
      locationId: given.north.id,
      quantity: 1,
      occurredAt: at(20 - index * 0.5),
    });
  }
  await givenMovement(server, 'receive', { productId: given.driver.id, locationId: given.north.id, quantity: 12 });

  given.east = await givenLocation(server, { code: 'PG-EAST', name: 'East depot' });
  for (let index = 1; index <= 23; index++) {
    const product = await givenProduct(server, {
      sku: `EAST-BIN-${String(index).padStart(2, '0')}`,
      name: `Storage bin ${index}`,
      category: 'Storage',
    });
    await givenMovement(server, 'receive', { productId: product.id, locationId: given.east.id, quantity: index });
  }

  given.manager = await givenSignedInUser(server, 'MANAGER');
  given.clerk = await givenSignedInUser(server, 'CLERK');
  given.viewer = await givenSignedInUser(server, 'VIEWER');

  browser = await openAppBrowser(server, { viewport: { width: 1280, height: 900 } });
  page = browser.page;
  // The console says only "status of 400": the body says which request and why.
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const request = response.request();
    void response.text().then(
      (body) => browser.errors.push(`${response.status()} ${request.url()} ${request.postData() ?? ''} -> ${body}`),
      () => undefined,
    );
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  // Every test: no CSP violation on the page it ended on, no console error or exception, nothing
  // asked of another host.
  const problems = [...(await collectViolations(page)), ...browser.errors.splice(0), ...browser.offHost.splice(0)];
  expect(problems).toEqual([]);
});

/** Signs out whoever is signed in, then signs `who` in through the form. */
async function signInAs(who: { email: string; password: string }) {
  await page.goto(`${server.url}/app`);
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await Promise.race([signOut.waitFor(), page.getByLabel('Email').waitFor()]);
  if (await signOut.isVisible()) await signOut.click();
  await signInToApp(page, server, who);
}

/** Opens an app path, as the address bar would. */
async function open(to: string) {
  await page.goto(`${server.url}/app${to}`);
}

const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;
const locationPath = (id: string) => `/locations/${encodeURIComponent(id)}`;
/** A figure as the pages write it (figures.ts: en-US thousands separators). */
const count = (value: number) => value.toLocaleString('en-US');

async function expectNoSeriousViolations() {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** The figure cells of a table row, by their data-figure name. */
async function figuresOf(row: ReturnType<Page['locator']>): Promise<Record<string, string>> {
  const cells = row.locator('[data-figure]');
  const names = await cells.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-figure') ?? ''));
  const texts = await cells.allTextContents();
  return Object.fromEntries(names.map((name, index) => [name, texts[index]!.trim()]));
}

const STATES = ['onHand', 'available', 'reserved', 'committed', 'damaged', 'qualityControl', 'safetyStock'] as const;

describe('the product page, as a MANAGER', () => {
  beforeAll(async () => {
    await signInAs(given.manager);
  });

  it('shows the stock by location and state that the API returns', async () => {
    await open(productPath(given.drill.id));
    await page.getByRole('heading', { level: 1, name: 'Cordless drill' }).waitFor();

    const { product } = await server.query(ProductStockStatesDocument, { id: given.drill.id });
    expect(product!.stockLevels.map((level) => level.location.code).sort()).toEqual(['PG-NORTH', 'PG-SOUTH']);
    for (const level of product!.stockLevels) {
      const row = page.locator(`table.stock-levels tbody tr[data-location="${level.location.code}"]`);
      const shown = await figuresOf(row);
      for (const state of STATES) expect([state, shown[state]]).toEqual([state, count(level[state])]);
    }
    const totals = await figuresOf(page.locator('table.stock-levels tfoot tr'));
    for (const state of STATES) expect([state, totals[state]]).toEqual([state, count(product![state])]);
    // North: 40 received, 10 moved south, 22 single receipts; south: 30 + 10 - 5.
    expect(totals.onHand).toBe(count(40 - 10 + 22 + 30 + 10 - 5));

    // A MANAGER sees costs and similar products.
    await page.getByText('Average cost').waitFor();
    await page.getByRole('link', { name: 'Cordless impact driver' }).waitFor();
    await expectNoSeriousViolations();
  });

  it('draws on hand over time from stockAsOf, and its data table holds the API’s points', async () => {
    await open(productPath(given.drill.id));
    const table = page.locator('table[data-chart^="On hand at all locations"]');
    await table.locator('tbody tr').first().waitFor({ state: 'attached' });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(13);
    // The chart itself is drawn beside its table.
    await page.locator('figure.chart .chart-canvas svg').first().waitFor();

    // Each row is the end of a day (UTC): the API's stock at the midnight after it.
    const days = await rows.locator('th').allTextContents();
    const values = await rows.locator('td').allTextContents();
    expect(days.at(-1)).toBe(new Date().toISOString().slice(0, 10));
    const seen = new Set<string>();
    for (const [index, day] of days.entries()) {
      const at = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString();
      const { product } = await server.query(StockAsOfDocument, { id: given.drill.id, at });
      expect([day, values[index]]).toEqual([day, count(product!.stockAsOf.onHand)]);
      seen.add(values[index]!);
    }
    // Weekly over twelve weeks: the steps of the history show (0 at first, more later).
    expect(values[0]).toBe('0');
    expect(seen.size).toBeGreaterThan(3);
  });

  it('records a receipt through the form and shows the stock change', async () => {
    await open(productPath(given.drill.id));
    const before = (await server.query(ProductStockStatesDocument, { id: given.drill.id, locationId: given.north.id }))
      .product!.stockLevels[0]!.onHand;
    const receive = page.getByRole('form', { name: 'Receive' });
    await receive.getByLabel('Location').selectOption({ label: 'PG-NORTH · North warehouse' });
    await receive.getByLabel('Quantity').fill('7');
    await receive.getByLabel('Unit cost').fill('12.50');
    // Enter in a field sends the form, as with the button.
    await receive.getByLabel('Reference').fill('PO-APP-1');
    await receive.getByLabel('Reference').press('Enter');

    await receive.getByRole('status').getByText('Received 7 pcs at PG-NORTH.').waitFor();
    const north = page.locator('table.stock-levels tbody tr[data-location="PG-NORTH"] [data-figure="onHand"]');
    await north.getByText(count(before + 7), { exact: true }).waitFor();
    const after = (await server.query(ProductStockStatesDocument, { id: given.drill.id, locationId: given.north.id }))
      .product!.stockLevels[0]!.onHand;
    expect(after).toBe(before + 7);
    // The new receipt heads the movements list.
    const first = page.locator('table.movements tbody tr').first();
    await first.getByText('PO-APP-1').waitFor();
  });

  it('shows the API’s user errors beside their fields, and records nothing', async () => {
    await open(productPath(given.drill.id));
    const { product: before } = await server.query(ProductStockStatesDocument, { id: given.drill.id });
    const receive = page.getByRole('form', { name: 'Receive' });
    // No location chosen: the API finds no location behind the empty ID.
    await receive.getByLabel('Quantity').fill('3');
    await receive.getByLabel('Unit cost').fill('1.00');
    await receive.getByRole('button', { name: 'Receive' }).click();
    const locationError = receive.locator('.field-error[data-field="locationId"]');
    await locationError.waitFor();
    expect(await locationError.textContent()).toMatch(/location/i);
    expect(await receive.getByLabel('Location').getAttribute('aria-invalid')).toBe('true');

    // A location, and a quantity of 0.
    await receive.getByLabel('Location').selectOption({ label: 'PG-SOUTH · South store' });
    await receive.getByLabel('Quantity').fill('0');
    await receive.getByRole('button', { name: 'Receive' }).click();
    const quantityError = receive.locator('.field-error[data-field="quantity"]');
    await quantityError.waitFor();
    expect(await quantityError.textContent()).toMatch(/quantity/i);
    expect(await locationError.count()).toBe(0);
    const quantity = receive.getByLabel('Quantity');
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to its input, so a screen reader reads it with the field.
    const describedBy = (await quantity.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await quantityError.getAttribute('id'));

    // Not a whole number: said beside the field before anything is sent.
    await receive.getByLabel('Quantity').fill('2.5');
    await receive.getByRole('button', { name: 'Receive' }).click();
    await quantityError.getByText('Enter a whole number.').waitFor();
    // Errors on screen are accessible too.
    await expectNoSeriousViolations();

    // A transfer to the same place is the API's to refuse, beside the destination.
    const transfer = page.getByRole('form', { name: 'Transfer' });
    await transfer.getByLabel('From').selectOption({ label: 'PG-NORTH · North warehouse' });
    await transfer.getByLabel('To').selectOption({ label: 'PG-NORTH · North warehouse' });
    await transfer.getByLabel('Quantity').fill('1');
    await transfer.getByRole('button', { name: 'Transfer' }).click();
    await transfer.locator('.field-error, .form-error').first().waitFor();

    const { product: after } = await server.query(ProductStockStatesDocument, { id: given.drill.id });
    expect(after).toEqual(before);
  });

  it('loads the next page of movements when the end of the list scrolls into view', async () => {
    const { product } = await server.query(ProductByIdDocument, { id: given.drill.id });
    expect(product).not.toBeNull();
    await open(productPath(given.drill.id));
    const rows = page.locator('table.movements tbody tr');
    await rows.nth(19).waitFor();
    // 4 + 22 given movements and the receipt above: two pages of 20.
    const status = page.getByText(/^Showing \d+ of \d+ movements\.$/);
    expect(await status.textContent()).toBe('Showing 20 of 27 movements.');
    expect(await rows.count()).toBe(20);

    await page.locator('.scroll-sentinel').scrollIntoViewIfNeeded();
    await rows.nth(26).waitFor();
    expect(await status.textContent()).toBe('Showing 27 of 27 movements.');
    expect(await page.getByRole('button', { name: 'Load more movements' }).count()).toBe(0);
  });

  it('loads the next page with the "Load more" button, by keyboard, where pages cannot observe scrolling', async () => {
    // A tab of its own (its own session) in which IntersectionObserver does not exist.
    const tab = await browser.context.newPage();
    try {
      await tab.addInitScript('delete window.IntersectionObserver');
      await signInToApp(tab, server, given.manager, productPath(given.drill.id));
      const rows = tab.locator('table.movements tbody tr');
      await rows.nth(19).waitFor();
      const more = tab.getByRole('button', { name: 'Load more movements' });
      await more.scrollIntoViewIfNeeded();
      expect(await rows.count()).toBe(20);
      await more.focus();
      await tab.keyboard.press('Enter');
      await rows.nth(26).waitFor();
      expect(await rows.count()).toBe(27);
    } finally {
      await tab.close();
    }
  });

  it('edits the product, with user errors beside the fields', async () => {
    await open(productPath(given.driver.id));
    await page.getByRole('button', { name: 'Edit product' }).click();
    const form = page.getByRole('form', { name: 'Edit product' });
    await form.getByLabel('Price').fill('-1');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.locator('.field-error[data-field="price"]').waitFor();
    expect((await server.query(ProductByIdDocument, { id: given.driver.id })).product!.price).toMatch(/^79(\.0+)?$/);

    await form.getByLabel('Price').fill('74.50');
    await form.getByLabel('Name').fill('Cordless impact driver, 2nd gen');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved PG-DRIVER.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Cordless impact driver, 2nd gen' }).waitFor();
    const { product } = await server.query(ProductByIdDocument, { id: given.driver.id });
    expect(product).toMatchObject({
      name: 'Cordless impact driver, 2nd gen',
      price: expect.stringMatching(/^74\.50*$/),
    });
  });
});

describe('the catalogue, as a MANAGER', () => {
  beforeAll(async () => {
    await signInAs(given.manager);
  });

  it('searches, filters and sorts the products connection', async () => {
    await open('/products');
    const rows = page.locator('table.catalogue tbody tr');
    await rows.first().waitFor();

    await page.getByLabel('Search', { exact: true }).fill('PG-');
    await page.getByLabel('Sort by').selectOption('PRICE');
    await page.getByLabel('Order').selectOption('DESC');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('3 products; page 1.').waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual(['PG-DRILL', 'PG-DRIVER', 'PG-TAPE']);

    await page.getByLabel('Category').selectOption('Hand tools');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('1 product; page 1.').waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual(['PG-TAPE']);
    // The view is in the address, so it can be bookmarked.
    expect(new URL(page.url()).searchParams.get('category')).toBe('Hand tools');

    await page.getByLabel('Category').selectOption('');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('3 products; page 1.').waitFor();
    const { product } = await server.query(ProductStockStatesDocument, { id: given.drill.id });
    const drill = await figuresOf(page.locator('tr[data-sku="PG-DRILL"]'));
    expect(drill).toEqual({ onHand: count(product!.onHand), available: count(product!.available) });
    await expectNoSeriousViolations();
  });

  it('creates a product, with the API’s user errors beside the fields', async () => {
    await open('/products');
    await page.getByRole('button', { name: 'New product' }).click();
    const form = page.getByRole('form', { name: 'New product' });
    await form.getByLabel('SKU').fill('pg-drill');
    await form.getByLabel('Name').fill('A second drill');
    await form.getByLabel('Price').fill('10');
    await form.getByRole('button', { name: 'Create product' }).click();
    // SKUs are compared ignoring case: the API refuses it beside the SKU.
    await form.locator('.field-error[data-field="sku"]').waitFor();
    expect(await form.locator('.field-error[data-field="sku"]').textContent()).toMatch(/SKU/);

    await form.getByLabel('SKU').fill('PG-HAMMER');
    await form.getByLabel('Name').fill('Claw hammer');
    await form.getByLabel('Category').fill('Hand tools');
    await form.getByLabel('Reorder point').fill('4');
    await form.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('heading', { level: 1, name: 'Claw hammer' }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    const { product } = await server.query(ProductByIdDocument, { id });
    expect(product).toMatchObject({ sku: 'PG-HAMMER', name: 'Claw hammer', category: 'Hand tools', reorderPoint: 4 });
  });
});

describe('the location page, as a MANAGER', () => {
  beforeAll(async () => {
    await signInAs(given.manager);
  });

  it('shows its stock levels as the API returns them, searchable, and its movement summary', async () => {
    await open(locationPath(given.north.id));
    await page.getByRole('heading', { level: 1, name: 'North warehouse' }).waitFor();
    const rows = page.locator('table.location-stock tbody tr');
    await rows.first().waitFor();

    const { location } = await server.query(LocationStockDocument, { code: 'PG-NORTH', first: 20 });
    expect(await rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sku')))).toEqual(
      location!.stockLevels.nodes.map((level) => level.product.sku),
    );
    const { product } = await server.query(ProductStockStatesDocument, {
      id: given.drill.id,
      locationId: given.north.id,
    });
    const shown = await figuresOf(page.locator('tr[data-sku="PG-DRILL"]'));
    for (const state of STATES) expect([state, shown[state]]).toEqual([state, count(product!.stockLevels[0]![state])]);

    await page.getByLabel('Search products').fill('impact');
    await page.getByLabel('Search products').press('Enter');
    await page.getByText('1 product matches “impact”; page 1.').waitFor();
    expect(await rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sku')))).toEqual([
      'PG-DRIVER',
    ]);

    // The weekly movement summary: its table holds the API's buckets for the same range.
    const table = page.locator('table[data-chart^="Units moved at PG-NORTH per week"]');
    await table.locator('tbody tr').first().waitFor({ state: 'attached' });
    const today = new Date();
    const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
    const from = new Date(to.getTime() - 84 * DAY);
    const { movementSummary } = await server.query(MovementSummaryDocument, {
      from: from.toISOString(),
      to: to.toISOString(),
      interval: 'WEEK',
      locationId: given.north.id,
    });
    const summaryRows = table.locator('tbody tr');
    expect(await summaryRows.locator('th').allTextContents()).toEqual(
      movementSummary.buckets.map((bucket) => bucket.start.slice(0, 10)),
    );
    // The first column is what was received, the last the net change.
    const cells = await summaryRows.evaluateAll((nodes) =>
      nodes.map((node) => [...node.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
    expect(cells.map((row) => row[0])).toEqual(movementSummary.buckets.map((bucket) => count(bucket.received)));
    expect(cells.map((row) => row.at(-1))).toEqual(movementSummary.buckets.map((bucket) => count(bucket.net)));
    expect(movementSummary.buckets.some((bucket) => bucket.received > 0)).toBe(true);
    await expectNoSeriousViolations();
  });
  it('pages through its stock levels on the cursor connection, forwards and back', async () => {
    await open(locationPath(given.east.id));
    const rows = page.locator('table.location-stock tbody tr');
    const skus = () => rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sku')));
    await page.getByText('23 products held here; page 1.').waitFor();
    const first = (await server.query(LocationStockDocument, { code: 'PG-EAST', first: 20 })).location!.stockLevels;
    expect(await skus()).toEqual(first.nodes.map((level) => level.product.sku));

    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('23 products held here; page 2.').waitFor();
    const second = (
      await server.query(LocationStockDocument, { code: 'PG-EAST', first: 20, after: first.pageInfo.endCursor })
    ).location!.stockLevels;
    await rows.nth(second.nodes.length - 1).waitFor();
    expect(await skus()).toEqual(second.nodes.map((level) => level.product.sku));
    expect(second.nodes).toHaveLength(3);
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText('23 products held here; page 1.').waitFor();
    await rows.nth(19).waitFor();
    expect(await skus()).toEqual(first.nodes.map((level) => level.product.sku));
    expect(await page.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
  });
});

describe('roles', () => {
  it('a VIEWER sees no forms and no costs', async () => {
    await signInAs(given.viewer);
    await open(productPath(given.drill.id));
    await page.getByRole('heading', { level: 1, name: 'Cordless drill' }).waitFor();
    await page.locator('table.movements tbody tr').first().waitFor();
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit product' }).count()).toBe(0);
    expect(await page.getByText(/average cost|inventory value|unit cost/i).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Similar products' }).count()).toBe(0);
    await expectNoSeriousViolations();

    await open('/products');
    await page.locator('table.catalogue tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: 'New product' }).count()).toBe(0);

    await open(locationPath(given.north.id));
    await page.locator('table.location-stock tbody tr').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Movements' }).count()).toBe(0);
    await expectNoSeriousViolations();
  });

  it('a CLERK sees the stock forms but no costs and no product editing', async () => {
    await signInAs(given.clerk);
    await open(productPath(given.drill.id));
    await page.getByRole('form', { name: 'Ship' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit product' }).count()).toBe(0);
    await page.locator('table.movements tbody tr').first().waitFor();
    // The receive form asks for a unit cost; no cost the API holds is shown.
    expect(await page.getByText(/average cost|inventory value/i).count()).toBe(0);
    expect(await page.locator('table.movements th', { hasText: /unit cost/i }).count()).toBe(0);
  });
});

describe('on a phone-sized screen', () => {
  it('fits the pages to the width: only tables scroll sideways', async () => {
    await signInAs(given.clerk);
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      for (const to of [productPath(given.drill.id), '/products', locationPath(given.north.id)]) {
        await open(to);
        await page.locator('table tbody tr').first().waitFor();
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect([to, overflow]).toEqual([to, 0]);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('under PERSISTED_QUERIES=only', () => {
  let only: TestServer;
  let onlyBrowser: AppBrowser;
  beforeAll(async () => {
    only = await startTestServer({ persistedQueries: { mode: 'only' } });
    onlyBrowser = await openAppBrowser(only);
  });
  afterAll(async () => {
    await onlyBrowser?.close();
    await only?.close();
  });

  /** Sends a test operation the way this server allows: registered as trusted by the admin, then by its id. */
  async function trusted<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const text = print(document);
    const hash = createHash('sha256').update(text).digest('hex');
    const post = async (body: unknown) => {
      const response = await only.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...only.adminHeaders },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { data?: unknown; errors?: unknown };
      if (result.errors || !result.data) throw new Error(JSON.stringify(result));
      return result.data;
    };
    await post({
      documentId: BUILT_IN_DOCUMENTS.RegisterPersistedDocuments.documentId,
      variables: { input: { manifest: { [hash]: text } } },
    });
    return (await post({ documentId: `sha256:${hash}`, variables })) as R;
  }

  it('loads the product, location and catalogue pages and records a receipt, every request a trusted document', async () => {
    const { createLocation } = await trusted(CreateLocationDocument, {
      input: { code: 'ONLY-WH', name: 'Only warehouse' },
    });
    const { createProduct } = await trusted(CreateProductDocument, {
      input: { sku: 'ONLY-1', name: 'Only product', price: '4.00' },
    });
    const location = createLocation.location!;
    const product = createProduct.product!;
    await trusted(ReceiveStockDocument, {
      input: { productId: product.id, locationId: location.id, quantity: 5, unitCost: '1.00' },
    });
    const tab = onlyBrowser.page;
    await signInToApp(tab, only, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });

    await tab.goto(`${only.url}/app${productPath(product.id)}`);
    await tab.locator('table.stock-levels tbody tr[data-location="ONLY-WH"]').waitFor();
    await tab.locator('table[data-chart^="On hand"] tbody tr').first().waitFor({ state: 'attached' });
    await tab.locator('table.movements tbody tr').first().waitFor();
    const receive = tab.getByRole('form', { name: 'Receive' });
    await receive.getByLabel('Location').selectOption({ label: 'ONLY-WH · Only warehouse' });
    await receive.getByLabel('Quantity').fill('2');
    await receive.getByLabel('Unit cost').fill('3');
    await receive.getByRole('button', { name: 'Receive' }).click();
    await tab
      .locator('table.stock-levels tbody tr[data-location="ONLY-WH"] [data-figure="onHand"]')
      .getByText('7', { exact: true })
      .waitFor();

    await tab.goto(`${only.url}/app${locationPath(location.id)}`);
    await tab.locator('table.location-stock tr[data-sku="ONLY-1"]').waitFor();
    await tab.locator('table[data-chart^="Units moved"] tbody tr').first().waitFor({ state: 'attached' });
    await tab.goto(`${only.url}/app/products`);
    await tab.locator('table.catalogue tr[data-sku="ONLY-1"]').waitFor();

    expect(await tab.getByRole('alert').count()).toBe(0);
    expect(await collectViolations(tab)).toEqual([]);
    expect(onlyBrowser.errors).toEqual([]);
    expect(onlyBrowser.offHost).toEqual([]);
  });
});
