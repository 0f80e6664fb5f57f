// The benchmark catalogue: locations, suppliers and products built from word lists, so names,
// descriptions and text search behave like a real hardware retailer's.
import { Random } from './random';

export type LocationKind = 'WAREHOUSE' | 'DISTRIBUTION_CENTER' | 'STORE';

export interface BenchLocation {
  index: number;
  id: string;
  code: string;
  name: string;
  address: string;
  kind: LocationKind;
  /** Share of the network's sales a store makes (0 for supply locations). */
  salesShare: number;
  /** Index of the warehouse or distribution centre that replenishes a store (its own index otherwise). */
  supplier: number;
  createdAt: Date;
}

export interface Supplier {
  name: string;
  leadDays: number;
}

export interface BenchProduct {
  index: number;
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  unit: string;
  /** Price at the start of the history; the simulation moves it. */
  price: number;
  /** 0 is the best seller; popularity falls off as a power of the rank. */
  rank: number;
  /** Expected units sold per day across the network. */
  dailyUnits: number;
  casePack: number;
  supplier: number;
  /** For one warehouse with an average share of demand; the simulation scales both per warehouse. */
  reorderPoint: number;
  reorderQuantity: number;
  createdAt: Date;
}

export interface Catalog {
  locations: BenchLocation[];
  suppliers: Supplier[];
  products: BenchProduct[];
}

export interface CatalogOptions {
  products: number;
  locations: number;
  /** Units the whole network sells on an average day, to size reorder points. */
  dailyUnits: number;
  /** The first day of the history; products exist before it. */
  historyStart: Date;
  seed: number;
}

const DAY_MS = 86_400_000;

/** Popularity of the product at `rank`: Zipf-like, so a few SKUs dominate sales. */
export function popularity(rank: number): number {
  return 1 / Math.pow(rank + 3, 1.1);
}

interface CategorySpec {
  name: string;
  prefix: string;
  unit: string;
  price: [number, number];
  /** How many products fall in it, relative to the others. */
  weight: number;
  casePacks: number[];
  items: string[];
  specs: string[];
  features: string[];
  uses: string[];
}

const CATEGORIES: CategorySpec[] = [
  {
    name: 'Tools',
    prefix: 'TL',
    unit: 'pcs',
    price: [4, 320],
    weight: 14,
    casePacks: [1, 2, 4, 6],
    items: ['Claw Hammer', 'Screwdriver Set', 'Adjustable Spanner', 'Cordless Drill', 'Tape Measure', 'Spirit Level'],
    specs: ['16oz', '8 Piece', '250mm', '18V', '5m', '600mm', '12 Piece', '10in'],
    features: ['Fibreglass shaft absorbs vibration', 'Chrome vanadium steel', 'Soft grip handle', 'Magnetic tips'],
    uses: ['joinery and general carpentry', 'home repairs', 'trade professionals', 'flat-pack assembly'],
  },
  {
    name: 'Power Tools',
    prefix: 'PW',
    unit: 'pcs',
    price: [25, 480],
    weight: 6,
    casePacks: [1, 2],
    items: ['Combi Drill', 'Circular Saw', 'Angle Grinder', 'Jigsaw', 'Orbital Sander', 'Impact Driver', 'Router'],
    specs: ['18V Brushless', '240V', '1200W', '2 x 4Ah Batteries', 'Body Only', '115mm', '710W'],
    features: ['Brushless motor for longer runtime', 'LED work light', 'Keyless chuck', 'Dust extraction port'],
    uses: ['drilling into masonry', 'cutting timber and sheet materials', 'sanding and finishing', 'decking'],
  },
  {
    name: 'Fasteners',
    prefix: 'FS',
    unit: 'box',
    price: [1.5, 45],
    weight: 12,
    casePacks: [10, 12, 20, 24, 50],
    items: ['Wood Screws', 'Machine Bolts', 'Wall Plugs', 'Hex Nuts', 'Washers', 'Round Wire Nails', 'Rivets'],
    specs: ['4 x 40mm', 'M8 x 50mm', 'Pack of 100', 'Pack of 200', 'M6', '5mm', '3.5 x 30mm', 'Assorted'],
    features: ['Zinc plated against corrosion', 'Twin thread for fast driving', 'Stainless steel A2'],
    uses: ['fixing to timber', 'masonry and plasterboard', 'outdoor projects', 'metalwork'],
  },
  {
    name: 'Electrical',
    prefix: 'EL',
    unit: 'pcs',
    price: [2, 140],
    weight: 10,
    casePacks: [1, 5, 10, 20],
    items: ['Extension Lead', 'Cable Reel', 'Double Socket', 'Circuit Tester', 'Light Switch', 'Junction Box'],
    specs: ['4 Gang', '13A', '25m', '2 Way', 'White', 'Brushed Steel', '10m', 'USB-C'],
    features: ['Surge protected', 'Child-safe shutters', 'Flame retardant housing', 'Screwless faceplate'],
    uses: ['home offices', 'garages and workshops', 'rewiring projects', 'outdoor power'],
  },
  {
    name: 'Lighting',
    prefix: 'LT',
    unit: 'pcs',
    price: [2, 180],
    weight: 8,
    casePacks: [1, 4, 6, 10],
    items: ['LED Bulb', 'Ceiling Pendant', 'Floodlight', 'Batten Light', 'Desk Lamp', 'Downlight', 'Strip Light'],
    specs: ['E27 806lm', 'GU10 345lm', '20W', 'Warm White', 'Cool White', 'Dimmable', 'IP65', '1500mm'],
    features: ['Energy rating A', 'Instant full brightness', '25,000 hour life', 'Motion sensor'],
    uses: ['living rooms', 'kitchens and bathrooms', 'security lighting', 'workshops'],
  },
  {
    name: 'Plumbing',
    prefix: 'PL',
    unit: 'pcs',
    price: [1.5, 260],
    weight: 9,
    casePacks: [1, 5, 10, 25],
    items: ['Copper Pipe', 'Compression Fitting', 'Basin Mixer Tap', 'PTFE Tape', 'Radiator Valve', 'Shower Head'],
    specs: ['15mm', '22mm', '3m Length', 'Chrome', 'Thermostatic', 'Angled', 'Straight', 'Pack of 5'],
    features: ['Lead-free brass body', 'WRAS approved', 'Quarter-turn ceramic discs', 'Anti-limescale nozzles'],
    uses: ['bathroom refits', 'central heating repairs', 'kitchen installations', 'emergency repairs'],
  },
  {
    name: 'Paint',
    prefix: 'PT',
    unit: 'l',
    price: [4, 75],
    weight: 8,
    casePacks: [2, 4, 6],
    items: ['Matt Emulsion', 'Gloss Paint', 'Wood Stain', 'Primer Undercoat', 'Masonry Paint', 'Floor Varnish'],
    specs: ['Pure Brilliant White', 'Magnolia', 'Slate Grey', 'Sage Green', 'Antique Oak', 'Clear Satin', '2.5L'],
    features: ['One coat coverage', 'Low odour', 'Washable finish', 'Weatherproof for 10 years'],
    uses: ['walls and ceilings', 'interior woodwork', 'exterior masonry', 'fences and sheds'],
  },
  {
    name: 'Garden',
    prefix: 'GD',
    unit: 'pcs',
    price: [2, 350],
    weight: 9,
    casePacks: [1, 2, 6, 12],
    items: ['Garden Hose', 'Pruning Shears', 'Watering Can', 'Leaf Rake', 'Border Spade', 'Lawn Seed', 'Planter'],
    specs: ['30m', 'Bypass', '10L', 'Stainless Steel', '1kg', 'Terracotta', 'Large', 'Hard Wearing'],
    features: ['Kink resistant', 'Ash wood handle', 'Rust-proof blades', 'UV stabilised'],
    uses: ['lawn care', 'vegetable patches', 'patios and balconies', 'hedge trimming'],
  },
  {
    name: 'Safety',
    prefix: 'SF',
    unit: 'pcs',
    price: [1, 60],
    weight: 6,
    casePacks: [5, 10, 12, 20],
    items: ['Safety Glasses', 'Work Gloves', 'Ear Defenders', 'Dust Mask', 'Hi-Vis Vest', 'Hard Hat', 'Knee Pads'],
    specs: ['Clear Lens', 'Size L', 'Size XL', 'SNR 30dB', 'FFP3', 'Yellow', 'Pack of 10', 'Anti-Fog'],
    features: ['EN 166 certified', 'Cut level 5 protection', 'Adjustable headband', 'Breathable mesh'],
    uses: ['building sites', 'DIY sanding and cutting', 'roadside work', 'garden machinery'],
  },
  {
    name: 'Storage',
    prefix: 'SG',
    unit: 'pcs',
    price: [3, 420],
    weight: 6,
    casePacks: [1, 2, 4],
    items: ['Tool Box', 'Shelving Unit', 'Storage Crate', 'Wall Rack', 'Parts Organiser', 'Workbench', 'Tool Chest'],
    specs: ['22in', '5 Tier', '45L', 'Steel', '32 Compartment', 'Folding', 'Mobile', 'Stackable'],
    features: ['Holds up to 150kg per shelf', 'Lockable latches', 'Boltless assembly', 'Clear lids'],
    uses: ['garages and sheds', 'van racking', 'loft storage', 'workshops'],
  },
  {
    name: 'Cleaning',
    prefix: 'CL',
    unit: 'pcs',
    price: [1, 90],
    weight: 6,
    casePacks: [6, 12, 24],
    items: ['Microfibre Cloths', 'Degreaser', 'Mop and Bucket', 'Patio Cleaner', 'Scrubbing Brush', 'Bin Bags'],
    specs: ['Pack of 10', '1L', '5L', 'Heavy Duty', 'Concentrate', 'Lemon', '90L', 'Stiff Bristle'],
    features: ['Biodegradable formula', 'Streak-free finish', 'Removes oil and grease', 'Tough and tear resistant'],
    uses: ['kitchens', 'patios and driveways', 'workshop floors', 'vehicles'],
  },
  {
    name: 'Building Supplies',
    prefix: 'BS',
    unit: 'bag',
    price: [3, 65],
    weight: 6,
    casePacks: [1, 10, 20, 40],
    items: ['Multi-Purpose Compost', 'Ready Mix Concrete', 'Plaster', 'Tile Adhesive', 'Sand', 'Grout', 'Sealant'],
    specs: ['25kg', '20kg', '10kg', '310ml', 'Grey', 'White', 'Rapid Set', 'Waterproof'],
    features: ['Frost resistant', 'Sets in 30 minutes', 'Mould resistant', 'Low dust formula'],
    uses: ['fence posts', 'tiling walls and floors', 'patching plaster', 'bathroom sealing'],
  },
];

// prettier-ignore
const BRANDS = [
  'Stanway', 'Forgecraft', 'Ironbridge', 'Brightline', 'Northgate', 'Tradeline', 'Hartwell', 'Ecoworks',
  'Dalesman', 'Kestrel', 'Redwood', 'Pennine', 'Marlow', 'Atlas', 'Granite', 'Summit', 'Fieldfare', 'Oakridge',
  'Blackburn Pro', 'Whitecliff', 'Thornbury', 'Velox', 'Crestmark', 'Hallam',
];

// prettier-ignore
const ADJECTIVES = [
  'Heavy Duty', 'Compact', 'Professional', 'Premium', 'Classic', 'Eco', 'Lightweight', 'Industrial', 'Essential',
  'Deluxe', 'Trade', 'Pro Series', 'Standard', 'Ultra',
];

// prettier-ignore
const TOWNS = [
  'Leeds', 'Bristol', 'Manchester', 'Birmingham', 'Glasgow', 'Edinburgh', 'Cardiff', 'Newcastle', 'Sheffield',
  'Nottingham', 'Leicester', 'Coventry', 'Liverpool', 'Brighton', 'Southampton', 'Portsmouth', 'Norwich', 'York',
  'Exeter', 'Plymouth', 'Oxford', 'Cambridge', 'Reading', 'Milton Keynes', 'Derby', 'Stoke', 'Hull', 'Aberdeen',
  'Dundee', 'Swansea', 'Belfast', 'Bath', 'Chester', 'Lincoln', 'Ipswich', 'Colchester', 'Gloucester', 'Worcester',
  'Carlisle', 'Preston', 'Bolton', 'Wigan', 'Sunderland', 'Middlesbrough', 'Huddersfield', 'Bradford', 'Wakefield',
  'Luton', 'Northampton', 'Peterborough', 'Swindon', 'Bournemouth', 'Canterbury', 'Maidstone', 'Guildford',
  'Inverness', 'Stirling', 'Lancaster', 'Harrogate', 'Telford',
];

const STREETS = [
  'High Street',
  'Station Road',
  'Mill Lane',
  'Church Road',
  'Park Road',
  'Victoria Road',
  'Queen Street',
];
const ESTATES = ['Trade Park', 'Industrial Estate', 'Business Park', 'Logistics Park'];
const SUPPLIER_STEMS = ['Acme', 'Northern', 'Crown', 'Allied', 'Meridian', 'Sterling', 'Castle', 'Union', 'Premier'];
const SUPPLIERS_PER_CATEGORY = 3;
const SUPPLIER_SUFFIXES = ['Ltd', 'Wholesale', 'Supplies', 'Trading Co', 'Distribution', 'UK'];

/** Deterministic catalogue for the options' seed. */
export function buildCatalog(options: CatalogOptions): Catalog {
  const locations = buildLocations(options.locations, options.historyStart, Random.stream(options.seed, 1));
  const suppliers = buildSuppliers(Random.stream(options.seed, 2));
  const supplyLocations = locations.filter((location) => location.kind !== 'STORE').length;
  const products = buildProducts(options, suppliers, supplyLocations, Random.stream(options.seed, 3));
  return { locations, suppliers, products };
}

// About 20% warehouses and, from ten locations up, one distribution centre; the rest are stores.
function buildLocations(count: number, historyStart: Date, random: Random): BenchLocation[] {
  const centres = count >= 10 ? 1 : 0;
  const warehouses = Math.max(1, Math.round(count * 0.2));
  const stores = count - warehouses - centres;
  if (stores < 1) throw new Error('--locations must be at least 2: one warehouse and one store.');
  const towns = random.shuffle([...TOWNS]);
  const kinds: LocationKind[] = [
    ...Array<LocationKind>(warehouses).fill('WAREHOUSE'),
    ...Array<LocationKind>(centres).fill('DISTRIBUTION_CENTER'),
    ...Array<LocationKind>(stores).fill('STORE'),
  ];
  const supplyCount = warehouses + centres;
  const sizes = kinds.map((kind) => (kind === 'STORE' ? 0.4 + 1.6 * random.next() ** 2 : 0));
  const totalSize = sizes.reduce((sum, size) => sum + size, 0);
  const serial = { WAREHOUSE: 0, DISTRIBUTION_CENTER: 0, STORE: 0 };
  return kinds.map((kind, index) => {
    serial[kind] += 1;
    const town = towns[index % towns.length]!;
    const repeat = index >= towns.length ? ` ${Math.floor(index / towns.length) + 1}` : '';
    return {
      index,
      id: random.uuid(),
      code: locationCode(kind, serial[kind]),
      name: `${town} ${LOCATION_LABEL[kind]}${repeat}`,
      address: locationAddress(kind, town, random),
      kind,
      salesShare: sizes[index]! / totalSize,
      supplier: kind === 'STORE' ? (index - supplyCount) % supplyCount : index,
      // Opened a few days apart, all before the first product was listed.
      createdAt: new Date(historyStart.getTime() - (400 + count - index) * DAY_MS),
    };
  });
}

const LOCATION_LABEL: Record<LocationKind, string> = {
  WAREHOUSE: 'Warehouse',
  DISTRIBUTION_CENTER: 'Distribution Centre',
  STORE: 'Store',
};

function locationCode(kind: LocationKind, serial: number): string {
  if (kind === 'STORE') return `ST-${String(serial).padStart(3, '0')}`;
  return `${kind === 'WAREHOUSE' ? 'WH' : 'DC'}-${String(serial).padStart(2, '0')}`;
}

function locationAddress(kind: LocationKind, town: string, random: Random): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const letter = () => letters[random.int(0, letters.length - 1)]!;
  const postcode = `${town.slice(0, 2).toUpperCase()}${random.int(1, 28)} ${random.int(1, 9)}${letter()}${letter()}`;
  const street = kind === 'STORE' ? random.pick(STREETS) : `${town} ${random.pick(ESTATES)}`;
  return `${random.int(1, 240)} ${street}, ${town} ${postcode}`;
}

function buildSuppliers(random: Random): Supplier[] {
  return CATEGORIES.flatMap((category) =>
    random
      .shuffle([...SUPPLIER_STEMS])
      .slice(0, SUPPLIERS_PER_CATEGORY)
      .map((stem) => ({
        name: `${stem} ${category.name} ${random.pick(SUPPLIER_SUFFIXES)}`,
        leadDays: random.int(2, 6),
      })),
  );
}

function buildProducts(
  options: CatalogOptions,
  suppliers: Supplier[],
  supplyLocations: number,
  random: Random,
): BenchProduct[] {
  // Hot products are spread over SKUs and categories, not the first ones created.
  const ranks = random.shuffle(Array.from({ length: options.products }, (_, index) => index));
  let totalPopularity = 0;
  for (let rank = 0; rank < options.products; rank += 1) totalPopularity += popularity(rank);
  const categoryWeights = cumulative(CATEGORIES.map((category) => category.weight));
  return ranks.map((rank, index) => {
    const categoryIndex = weightedIndex(categoryWeights, random.next());
    const category = CATEGORIES[categoryIndex]!;
    const supplier = categoryIndex * SUPPLIERS_PER_CATEGORY + random.int(0, SUPPLIERS_PER_CATEGORY - 1);
    const dailyUnits = (options.dailyUnits * popularity(rank)) / totalPopularity;
    const casePack = random.pick(category.casePacks);
    const perWarehouse = dailyUnits / supplyLocations;
    // Cover the supplier's lead time plus a week; order six weeks' worth, and enough to stock a few stores.
    const reorderPoint = Math.max(2, Math.ceil(perWarehouse * (suppliers[supplier]!.leadDays + 7)));
    return {
      index,
      id: random.uuid(),
      sku: `${category.prefix}-${String(index + 1).padStart(6, '0')}`,
      ...describeProduct(category, random),
      category: category.name,
      unit: category.unit,
      price: productPrice(category.price, random),
      rank,
      dailyUnits,
      casePack,
      supplier,
      reorderPoint,
      reorderQuantity: Math.ceil(Math.max(perWarehouse * 42, 12, casePack) / casePack) * casePack,
      createdAt: new Date(options.historyStart.getTime() - random.int(1, 365 * 86_400) * 1000),
    };
  });
}

function describeProduct(category: CategorySpec, random: Random): { name: string; description: string } {
  const brand = random.pick(BRANDS);
  const adjective = random.pick(ADJECTIVES);
  const item = random.pick(category.items);
  const spec = random.pick(category.specs);
  const features = random.shuffle([...category.features]).slice(0, random.int(1, 2));
  return {
    name: `${brand} ${adjective} ${item} ${spec}`,
    description:
      `${adjective} ${item.toLowerCase()} (${spec}) from ${brand}. ${features.join('. ')}. ` +
      `Ideal for ${random.pick(category.uses)}.`,
  };
}

// Skewed towards the cheap end of the category's range.
function productPrice([low, high]: [number, number], random: Random): number {
  return retailPrice(low * (high / low) ** (random.next() ** 1.6));
}

/** A price with a shop's ending: 4.49, 4.99, 12.99. */
export function retailPrice(value: number): number {
  return value >= 10 ? Math.ceil(value) - 0.01 : Math.ceil(value * 4) / 4 - 0.01;
}

export function cumulative(weights: readonly number[]): Float64Array {
  const table = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight;
    table[index] = sum;
  });
  return table;
}

/** The index a uniform draw in [0, 1) falls on in a cumulative table (binary search). */
export function weightedIndex(table: Float64Array, draw: number): number {
  const target = draw * table[table.length - 1]!;
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (table[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return low;
}
