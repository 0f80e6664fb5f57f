// Takes the README's screenshot of the web app's overview (docs/app-overview.png) from a running
// Stockroom, signed in through the app's form, in the same headless Chromium the browser tests use.
// Usage: tsx scripts/app-screenshot.ts <base URL> <email> <password> [output file]
// e.g. after `npm start` on a first run with demo data:
//   tsx scripts/app-screenshot.ts http://127.0.0.1:4000 admin@stockroom.local "$ADMIN_PASSWORD"
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/support/browser';

async function main(): Promise<void> {
  const [base, email, password, output = path.resolve(__dirname, '../docs/app-overview.png')] = process.argv.slice(2);
  if (!base || !email || !password) {
    throw new Error('usage: tsx scripts/app-screenshot.ts <base URL> <email> <password> [output file]');
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-screenshot-'));
  const context = await launchChromium(profile, {
    viewport: { width: 1280, height: 1000 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/app/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-card="stock-value"] .figure').waitFor();
    await page.locator('.chart-canvas svg').nth(2).waitFor();
    await page.screenshot({ path: output, fullPage: false });
    process.stdout.write(`Wrote ${path.relative(process.cwd(), output)}\n`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
