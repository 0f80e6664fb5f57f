// The Chromium every browser test drives: CHROMIUM_PATH when set, else a system Chromium, else the
// one inside the @sparticuz/chromium npm package, so `npm ci && npm test` needs no system browser.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** Where system packages put Chromium (Debian, Ubuntu and Fedora, Google's .deb/.rpm, macOS). */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export type ChromiumChoice = { source: 'CHROMIUM_PATH' | 'system'; executablePath: string } | { source: 'npm' };

/**
 * The resolution order on its own, without touching a browser. A CHROMIUM_PATH that does not exist
 * is an error rather than a silent fall-through: whoever set it meant that browser.
 */
export function chooseChromium(
  env: NodeJS.ProcessEnv,
  exists: (file: string) => boolean = fs.existsSync,
): ChromiumChoice {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!exists(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.`);
    return { source: 'CHROMIUM_PATH', executablePath: configured };
  }
  const system = SYSTEM_CHROMIUMS.find((file) => exists(file));
  return system ? { source: 'system', executablePath: system } : { source: 'npm' };
}

export interface ResolvedChromium {
  source: ChromiumChoice['source'];
  executablePath: string;
  /** Extra environment for the browser process (the npm build's fonts). */
  env: Record<string, string>;
}

/**
 * Unpacks the npm package's Chromium (about 200 MB, 4 s) once per version into the temporary folder
 * and returns its path. The package's own executablePath() unpacks into a fixed /tmp/chromium that
 * it reuses as soon as the file exists, so a parallel test file could launch a half-written binary,
 * and another version's binary would be taken as its own. Here each process unpacks into a folder
 * of its own and renames it into place, which is atomic: the first to finish wins.
 */
async function unpackNpmChromium(): Promise<ResolvedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Chromium found, and the npm one (@sparticuz/chromium) is built for linux-x64 only, not ` +
        `${process.platform}-${process.arch}: install Chromium or set CHROMIUM_PATH.`,
    );
  }
  const entry = require.resolve('@sparticuz/chromium');
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(os.tmpdir(), `stockroom-chromium-${version}`);
  const executablePath = path.join(target, 'chromium');
  const fontsFile = path.join(target, 'fonts.conf');

  if (!fs.existsSync(fontsFile)) {
    const staging = fs.mkdtempSync(`${target}.unpacking-`);
    // Readable by every user of the machine, like a system browser (mkdtemp makes it private).
    fs.chmodSync(staging, 0o755);
    try {
      // The package is an ES module that Jest's CommonJS runtime cannot load; plain Node can. It
      // unpacks into os.tmpdir(), which TMPDIR points at the staging folder.
      const script = `import chromium from ${JSON.stringify(pathToFileURL(entry).href)}; await chromium.executablePath();`;
      await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TMPDIR: staging },
      });
      // Its fonts.conf names /tmp/fonts; this one keeps the system's fonts and adds the bundled ones,
      // so screenshots have text on a machine without any fonts installed too. Written last: its
      // presence marks a complete folder.
      fs.writeFileSync(
        path.join(staging, 'fonts.conf'),
        [
          '<?xml version="1.0"?>',
          '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
          '<fontconfig>',
          '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
          `  <dir>${path.join(target, 'fonts', 'fonts')}</dir>`,
          `  <cachedir>${path.join(target, 'fonts-cache')}</cachedir>`,
          '</fontconfig>',
          '',
        ].join('\n'),
      );
      try {
        fs.renameSync(staging, target);
      } catch (error) {
        // Another test process got there first; anything else is a leftover this code did not write.
        if (!fs.existsSync(fontsFile)) throw new Error(`Cannot unpack Chromium into ${target}: ${String(error)}`);
      }
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  return { source: 'npm', executablePath, env: { FONTCONFIG_FILE: fontsFile } };
}

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedChromium> {
  const choice = chooseChromium(env);
  return choice.source === 'npm' ? unpackNpmChromium() : { ...choice, env: {} };
}

/** Flags every browser test needs: tests run as root in CI (no sandbox then), and there is no GPU. */
const BASE_ARGS = ['--no-sandbox', '--disable-gpu'];

/**
 * A headless Chromium with its own profile in `profileDir`; `options.args` come after the base flags.
 * Only the flags above are added to the npm build, not its package's serverless list, which also
 * turns off web security: the browser tests check what a real browser enforces (CSP, same origin).
 */
export async function launchChromium(
  profileDir: string,
  options: Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'env'> = {},
): Promise<BrowserContext> {
  const browser = await resolveChromium();
  const env: NonNullable<LaunchOptions['env']> = { ...browser.env };
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] ??= value;
  return chromium.launchPersistentContext(profileDir, {
    headless: true,
    ...options,
    executablePath: browser.executablePath,
    args: [...BASE_ARGS, ...(options.args ?? [])],
    env,
  });
}
