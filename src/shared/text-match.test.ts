// The LIKE escape behind every search: a client's %, _ and \ match themselves, nothing else changes.
import { containsText, likeLiteral } from './text-match';

describe('likeLiteral', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['%', '\\%'],
    ['_', '\\_'],
    ['\\', '\\\\'],
    ['10% off', '10\\% off'],
    ['a_b%c\\d', 'a\\_b\\%c\\\\d'],
    ['%%__', '\\%\\%\\_\\_'],
    ['\\%', '\\\\\\%'],
    ['Ünïcode * ? [x] ^$', 'Ünïcode * ? [x] ^$'],
  ])('writes %j as %j', (text, pattern) => {
    expect(likeLiteral(text)).toBe(pattern);
  });

  it('matches only itself under PostgreSQL LIKE rules, where the raw text was a wildcard', () => {
    // LIKE as PostgreSQL reads it: a backslash escapes the next character, % is any run, _ any one.
    const quote = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const like = (pattern: string, text: string) => {
      const source = pattern.replace(/\\(.)|%|_|[^\\%_]+/gsu, (match, escaped?: string) =>
        escaped !== undefined ? quote(escaped) : match === '%' ? '.*' : match === '_' ? '.' : quote(match),
      );
      return new RegExp(`^${source}$`, 'su').test(text);
    };
    for (const text of ['%', '_', '\\', '10% off', 'a_b', 'a\\%']) expect(like(likeLiteral(text), text)).toBe(true);
    expect(like('%', 'anything')).toBe(true);
    expect(like(likeLiteral('%'), 'anything')).toBe(false);
    expect(like('a_b', 'axb')).toBe(true);
    expect(like(likeLiteral('a_b'), 'axb')).toBe(false);
    expect(like(likeLiteral('10% off'), '10 percent off')).toBe(false);
  });
});

describe('the Prisma filter', () => {
  it('searches contained text ignoring case, escaped', () => {
    expect(containsText('50%_')).toEqual({ contains: '50\\%\\_', mode: 'insensitive' });
  });
});
