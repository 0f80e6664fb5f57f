// Demo data for a first run: a handful of locations and about 200 products across categories.
// Deterministic (seeded), so every new user sees the same catalogue.
import type { PrismaClient } from '../../src/generated/prisma/client';
import { Decimal } from '../../src/shared/decimal';

/** Small, fast, seedable PRNG (mulberry32); demo data must not change between runs. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOCATIONS = [
  { code: 'WH-EAST', name: 'East Warehouse', kind: 'WAREHOUSE', address: '12 Dockside Road, Harwich CO12 4AA' },
  { code: 'WH-WEST', name: 'West Warehouse', kind: 'WAREHOUSE', address: '3 Severn Park, Bristol BS11 9YZ' },
  {
    code: 'DC-MID',
    name: 'Midlands Distribution Centre',
    kind: 'DISTRIBUTION_CENTER',
    address: 'Unit 7, Magna Park, Lutterworth LE17 4XN',
  },
  { code: 'ST-LON', name: 'London Store', kind: 'STORE', address: '88 Upper Street, London N1 0NP' },
  { code: 'ST-MAN', name: 'Manchester Store', kind: 'STORE', address: '21 Oldham Street, Manchester M1 1JG' },
  { code: 'ST-EDI', name: 'Edinburgh Store', kind: 'STORE', address: '5 Rose Street, Edinburgh EH2 2PR' },
] as const;

/** category -> [sku prefix, unit, price range, product stems] */
const CATEGORIES: Record<string, { prefix: string; unit: string; price: [number, number]; items: string[] }> = {
  Tools: {
    prefix: 'TL',
    unit: 'pcs',
    price: [6, 180],
    items: [
      'Claw Hammer',
      'Screwdriver Set',
      'Adjustable Spanner',
      'Cordless Drill',
      'Tape Measure',
      'Spirit Level',
      'Hacksaw',
      'Utility Knife',
      'Socket Set',
      'Pliers',
    ],
  },
  Fasteners: {
    prefix: 'FS',
    unit: 'box',
    price: [2, 35],
    items: ['Wood Screws', 'Machine Bolts', 'Wall Plugs', 'Hex Nuts', 'Washers', 'Nails', 'Rivets', 'Anchor Bolts'],
  },
  Electrical: {
    prefix: 'EL',
    unit: 'pcs',
    price: [3, 90],
    items: [
      'Extension Lead',
      'LED Bulb',
      'Cable Reel',
      'Plug Socket',
      'Circuit Tester',
      'Light Switch',
      'Junction Box',
      'Fuse Pack',
    ],
  },
  Garden: {
    prefix: 'GD',
    unit: 'pcs',
    price: [4, 150],
    items: ['Garden Hose', 'Pruning Shears', 'Watering Can', 'Rake', 'Spade', 'Plant Pot', 'Compost Bin', 'Lawn Seed'],
  },
  Paint: {
    prefix: 'PT',
    unit: 'l',
    price: [8, 60],
    items: ['Emulsion White', 'Gloss Black', 'Wood Stain', 'Primer', 'Masonry Paint', 'Varnish', 'Undercoat'],
  },
  Plumbing: {
    prefix: 'PL',
    unit: 'pcs',
    price: [2, 120],
    items: [
      'Copper Pipe',
      'Compression Fitting',
      'Basin Tap',
      'PTFE Tape',
      'Pipe Wrench',
      'Shower Head',
      'Radiator Valve',
    ],
  },
  Safety: {
    prefix: 'SF',
    unit: 'pcs',
    price: [2, 45],
    items: ['Safety Glasses', 'Work Gloves', 'Ear Defenders', 'Dust Mask', 'Hi-Vis Vest', 'Hard Hat'],
  },
  Storage: {
    prefix: 'ST',
    unit: 'pcs',
    price: [5, 140],
    items: ['Tool Box', 'Shelving Unit', 'Storage Crate', 'Wall Rack', 'Parts Organiser', 'Workbench'],
  },
};

const VARIANTS = ['Standard', 'Pro', 'Compact', 'Heavy Duty', 'Value Pack'];

export interface DemoSummary {
  locations: number;
  products: number;
}

/** Loads the demo catalogue in one transaction. The caller decides whether the database is empty. */
export async function loadDemoData(prisma: PrismaClient): Promise<DemoSummary> {
  const next = random(20261121);
  const products: Array<{
    sku: string;
    name: string;
    description: string;
    category: string;
    unit: string;
    price: Decimal;
    reorderPoint: number;
    reorderQuantity: number;
  }> = [];
  for (const [category, spec] of Object.entries(CATEGORIES)) {
    spec.items.forEach((item, itemIndex) => {
      const variants = VARIANTS.slice(0, 2 + Math.floor(next() * 4));
      variants.forEach((variant, variantIndex) => {
        const [low, high] = spec.price;
        const price = new Decimal(low + next() * (high - low)).toDecimalPlaces(2);
        const reorderPoint = 5 + Math.floor(next() * 40);
        products.push({
          sku: `${spec.prefix}-${String(itemIndex + 1).padStart(3, '0')}-${String(variantIndex + 1).padStart(2, '0')}`,
          name: `${item} ${variant}`,
          description: `${variant} ${item.toLowerCase()} from the ${category.toLowerCase()} range.`,
          category,
          unit: spec.unit,
          price,
          reorderPoint,
          reorderQuantity: reorderPoint * (2 + Math.floor(next() * 4)),
        });
      });
    });
  }
  await prisma.$transaction([
    prisma.location.createMany({ data: LOCATIONS.map((location) => ({ ...location })) }),
    prisma.product.createMany({ data: products }),
  ]);
  return { locations: LOCATIONS.length, products: products.length };
}

/** True when the catalogue has never been used: no product and no location. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  const [products, locations] = await Promise.all([prisma.product.count(), prisma.location.count()]);
  return products === 0 && locations === 0;
}
