// Which Chromium the browser tests drive (tests/support/browser.ts): CHROMIUM_PATH, then the system's,
// then the npm package's. The launch itself is covered by the IDE's browser test.
import { chooseChromium, SYSTEM_CHROMIUMS } from './support/browser';

const only =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);

describe('choosing the Chromium for the browser tests', () => {
  it('takes CHROMIUM_PATH over a system Chromium', () => {
    const choice = chooseChromium(
      { CHROMIUM_PATH: '/opt/chrome/chrome' },
      only('/opt/chrome/chrome', '/usr/bin/chromium'),
    );

    expect(choice).toEqual({ source: 'CHROMIUM_PATH', executablePath: '/opt/chrome/chrome' });
  });

  it('refuses a CHROMIUM_PATH that does not exist instead of quietly taking another browser', () => {
    expect(() => chooseChromium({ CHROMIUM_PATH: '/opt/nothing/chrome' }, only('/usr/bin/chromium'))).toThrow(
      'CHROMIUM_PATH=/opt/nothing/chrome does not exist.',
    );
  });

  it('takes a system Chromium, Debian’s first, when CHROMIUM_PATH is unset or empty', () => {
    const everywhere = only(...SYSTEM_CHROMIUMS);

    expect(chooseChromium({}, everywhere)).toEqual({ source: 'system', executablePath: '/usr/bin/chromium' });
    expect(chooseChromium({ CHROMIUM_PATH: '' }, only('/usr/bin/google-chrome'))).toEqual({
      source: 'system',
      executablePath: '/usr/bin/google-chrome',
    });
  });

  it('falls back to the npm package’s Chromium when no other is installed', () => {
    expect(chooseChromium({}, only())).toEqual({ source: 'npm' });
  });
});
