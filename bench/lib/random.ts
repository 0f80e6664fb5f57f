// Seeded randomness for the benchmark dataset: the same seed must always give the same data.

/** mulberry32: tiny, fast and good enough for synthetic data; Math.random cannot be seeded. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for one part of the dataset, so changing one part's draws leaves the others alone. */
  static stream(seed: number, purpose: number): Random {
    return new Random(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + purpose * 0x632be5ab);
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Roughly standard normal (Irwin–Hall of 4 uniforms): cheap, and the tails do not matter here. */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }

  /** A version-4-shaped UUID, but drawn from the seed so reruns produce the same ids. */
  uuid(): string {
    const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
    const a = hex(this.uint32());
    const b = hex((this.uint32() & 0xffff0fff) | 0x00004000);
    const c = hex((this.uint32() & 0x3fffffff) | 0x80000000);
    const d = hex(this.uint32());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** A fixed, well-mixed hash of two integers in [0, 1): stable decisions that cost no draws. */
export function hashUnit(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x9e3779b1) ^ Math.imul(b + 0x165667b1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}
