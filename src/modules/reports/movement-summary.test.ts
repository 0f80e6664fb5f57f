// Folding the units moved per bucket into the summary's figures, without a database: which figure
// each kind lands in, how reversals count against what they reverse, and transfers at a location.
import type { MovementKind } from '../../generated/prisma/client';
import { foldBuckets } from './movement-summary';
import type { BucketSpan, MovedGroup } from './store/movement-summary';

const from = new Date('2026-03-01T10:00:00Z');
const to = new Date('2026-03-03T00:00:00Z');
/** Two local days, the first cut short at `from`. */
const spans: BucketSpan[] = [
  { key: '2026-03-01 00:00:00', start: from, end: new Date('2026-03-02T00:00:00Z') },
  { key: '2026-03-02 00:00:00', start: new Date('2026-03-02T00:00:00Z'), end: to },
];
const [day1, day2] = spans.map((span) => span.key) as [string, string];

const ZERO = { received: 0, shipped: 0, returned: 0, transferredIn: 0, transferredOut: 0, adjusted: 0, writtenOff: 0 };

function group(key: string, kind: MovementKind, units: number, flags: { reversal?: boolean; inward?: boolean } = {}) {
  return { key, kind, units, reversal: flags.reversal ?? false, inward: flags.inward ?? false } satisfies MovedGroup;
}

/** The figures of the first bucket after folding `groups` into it. */
function firstBucket(groups: MovedGroup[], atLocation = false) {
  const { buckets } = foldBuckets(spans, groups, { from, to, atLocation });
  const { start: _start, end: _end, ...figures } = buckets[0]!;
  return figures;
}

describe('foldBuckets', () => {
  it('keeps every bucket of the range, empty ones at zero, with their spans', () => {
    const { buckets, totals } = foldBuckets(spans, [], { from, to, atLocation: false });
    expect(buckets).toEqual([
      { start: from, end: spans[0]!.end, ...ZERO, net: 0 },
      { start: spans[1]!.start, end: to, ...ZERO, net: 0 },
    ]);
    expect(totals).toEqual({ start: from, end: to, ...ZERO, net: 0 });
  });

  it('answers no buckets and zero totals over the range when nothing is spanned', () => {
    expect(foldBuckets([], [group(day1, 'RECEIPT', 5)], { from, to, atLocation: false })).toEqual({
      buckets: [],
      totals: { start: from, end: to, ...ZERO, net: 0 },
    });
  });

  it.each([
    ['RECEIPT', 'received', 4],
    ['SHIPMENT', 'shipped', -4],
    ['RETURN', 'returned', 4],
    ['WRITE_OFF', 'writtenOff', -4],
  ] as const)('puts a %s in %s, and its net effect in net', (kind, figure, net) => {
    expect(firstBucket([group(day1, kind, 4)])).toEqual({ ...ZERO, [figure]: 4, net });
  });

  it('counts a reversal against the kind it reverses', () => {
    expect(firstBucket([group(day1, 'RECEIPT', 10), group(day1, 'RECEIPT', 3, { reversal: true })])).toEqual({
      ...ZERO,
      received: 7,
      net: 7,
    });
    expect(firstBucket([group(day1, 'SHIPMENT', 2, { reversal: true })])).toEqual({ ...ZERO, shipped: -2, net: 2 });
  });

  it('signs adjustments by direction, a reversed one already pointing the other way', () => {
    expect(firstBucket([group(day1, 'ADJUSTMENT', 5, { inward: true }), group(day1, 'ADJUSTMENT', 2)])).toEqual({
      ...ZERO,
      adjusted: 3,
      net: 3,
    });
    // A reversed upward adjustment of 5 takes 5 away: outward, whatever its reversal flag.
    expect(firstBucket([group(day1, 'ADJUSTMENT', 5, { reversal: true })])).toEqual({ ...ZERO, adjusted: -5, net: -5 });
  });

  it('counts a transfer on both sides company-wide, where it nets to nothing', () => {
    expect(firstBucket([group(day1, 'TRANSFER', 6, { inward: true })])).toEqual({
      ...ZERO,
      transferredIn: 6,
      transferredOut: 6,
      net: 0,
    });
    expect(firstBucket([group(day1, 'TRANSFER', 6, { inward: true, reversal: true })])).toEqual({
      ...ZERO,
      transferredIn: -6,
      transferredOut: -6,
      net: 0,
    });
  });

  it('counts a transfer at a location on its side, and a reversal against the side of the original', () => {
    const at = (flags: { reversal?: boolean; inward?: boolean }) =>
      firstBucket([group(day1, 'TRANSFER', 3, flags)], true);
    expect(at({ inward: true })).toEqual({ ...ZERO, transferredIn: 3, net: 3 });
    expect(at({ inward: false })).toEqual({ ...ZERO, transferredOut: 3, net: -3 });
    // The reversal of a transfer in leaves the location: it takes back from transferredIn.
    expect(at({ inward: false, reversal: true })).toEqual({ ...ZERO, transferredIn: -3, net: -3 });
    // The reversal of a transfer out comes back: it takes back from transferredOut.
    expect(at({ inward: true, reversal: true })).toEqual({ ...ZERO, transferredOut: -3, net: 3 });
  });

  it('puts each group in its own bucket, leaves out groups of buckets not spanned, and totals the range', () => {
    const { buckets, totals } = foldBuckets(
      spans,
      [
        group(day1, 'RECEIPT', 20),
        group(day1, 'SHIPMENT', 5),
        group(day2, 'SHIPMENT', 4),
        group(day2, 'WRITE_OFF', 1),
        group(day2, 'RETURN', 2),
        group(day2, 'ADJUSTMENT', 3, { inward: true }),
        group('2026-02-28 00:00:00', 'RECEIPT', 1000),
      ],
      { from, to, atLocation: false },
    );
    expect(buckets.map(({ start: _start, end: _end, ...figures }) => figures)).toEqual([
      { ...ZERO, received: 20, shipped: 5, net: 15 },
      { ...ZERO, shipped: 4, writtenOff: 1, returned: 2, adjusted: 3, net: 0 },
    ]);
    expect(totals).toEqual({
      start: from,
      end: to,
      ...ZERO,
      received: 20,
      shipped: 9,
      returned: 2,
      writtenOff: 1,
      adjusted: 3,
      net: 15,
    });
  });

  it('adds totals beyond the integer range exactly while they stay safe integers', () => {
    const billions = [group(day1, 'RECEIPT', 2_000_000_000), group(day2, 'RECEIPT', 2_000_000_000)];
    expect(foldBuckets(spans, billions, { from, to, atLocation: false }).totals).toMatchObject({
      received: 4_000_000_000,
      net: 4_000_000_000,
    });
  });
});
