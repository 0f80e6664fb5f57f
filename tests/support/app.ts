// The web app in a real headless Chromium, for the app's browser tests (tests/e2e/app*.test.ts): the
// bundle built, a browser whose network reaches only the test server, and what a page must not do
// recorded (a request to another host, a Content-Security-Policy violation, a console error, an
// uncaught exception); plus signing in through the form and axe's serious and critical findings.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import type { TestServer } from './server';

const ROOT = path.resolve(__dirname, '../..');

/** Builds dist/app when its inputs changed (the server reads the bundle when it starts: build first). */
export function buildApp(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-app.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

/** A port nothing listens on: the browser's proxy for every host but the test server. */
async function deadPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface AppBrowser {
  context: BrowserContext;
  page: Page;
  /** Requests the pages made to any other host (each refused). */
  offHost: string[];
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A Chromium for the app at `server`: the network is cut to every host but the server (a proxy that
 * is not there, and every other request refused and recorded), the time zone is UTC (so dates on
 * screen match the ones a test computes), and each page records its CSP violations (collectViolations).
 */
export async function openAppBrowser(
  server: TestServer,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<AppBrowser> {
  const origin = new URL(server.url).origin;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-app-chromium-'));
  const context = await launchChromium(profileDir, {
    viewport: options.viewport ?? { width: 1300, height: 900 },
    timezoneId: 'UTC',
    locale: 'en-US',
    acceptDownloads: true,
    args: [
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--proxy-server=http://127.0.0.1:${await deadPort()}`,
      `--proxy-bypass-list=${new URL(server.url).host}`,
    ],
  });
  const offHost: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('blob:') || url.startsWith('data:')) {
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
      window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber));
  `);
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()} (${page.url()})`);
    });
    page.on('pageerror', (error) => errors.push(`exception: ${error.message} (${page.url()})`));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    offHost,
    errors,
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the app's form and waits for the app's navigation. */
export async function signInToApp(
  page: Page,
  server: TestServer,
  user: { email: string; password: string },
  next = '/',
): Promise<void> {
  await page.goto(`${server.url}/app/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** The Content-Security-Policy violations this page reported since it loaded. */
export async function collectViolations(page: Page): Promise<string[]> {
  return (await page.evaluate('window.cspViolations ?? []')) as string[];
}

/** axe-core's serious and critical findings on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${page.url()}: ${violation.id} (${violation.impact}): ${violation.help}: ` +
        violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', '),
    );
}

/**
 * Everything a page must not have done, for one assertion at the end of a test file: axe's serious
 * and critical findings on each page given, CSP violations, console errors and requests off the host.
 * `visit` opens each path (below /app) and waits until it has rendered its data.
 */
export async function collectPageProblems(
  app: AppBrowser,
  server: TestServer,
  visits: ReadonlyArray<{ path: string; ready: (page: Page) => Promise<unknown> }>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const visit of visits) {
    await app.page.goto(`${server.url}/app${visit.path === '/' ? '' : visit.path}`);
    await visit.ready(app.page);
    problems.push(...(await seriousAxeViolations(app.page)));
    problems.push(...(await collectViolations(app.page)).map((violation) => `${visit.path}: CSP ${violation}`));
  }
  problems.push(...app.errors, ...app.offHost.map((url) => `request off the host: ${url}`));
  return problems;
}
