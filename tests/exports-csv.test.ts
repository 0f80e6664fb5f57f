// The CSV writer's field rules, cell by cell: RFC 4180 quoting and formula defusing.
import { csvField, csvLine } from '../src/exports/csv';
import { Decimal } from '../src/shared/decimal';

const text = { type: 'text' } as const;

describe('csvField', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['a=b', 'a=b'],
    ['plain', 'plain'],
    ['', ''],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('text %j is written %j', (value, written) => {
    expect(csvField(value, text)).toBe(written);
  });

  it('writes numbers, decimals and times as they are, defusing only text', () => {
    expect(csvField(-5, { type: 'integer' })).toBe('-5');
    expect(csvField('-1.5', { type: 'decimal' })).toBe('-1.5');
    expect(csvField(new Decimal('12.5000'), { type: 'decimal' })).toBe('12.5');
    expect(csvField(new Decimal('1e-7'), { type: 'decimal' })).toBe('0.0000001');
    expect(csvField(new Date('2026-01-02T03:04:05.006Z'), { type: 'datetime' })).toBe('2026-01-02T03:04:05.006Z');
    expect(csvField(null, text)).toBe('');
  });

  it('ends a line with CRLF', () => {
    expect(csvLine(['a', 1, null], [text, { type: 'integer' }, text])).toBe('a,1,\r\n');
  });
});
