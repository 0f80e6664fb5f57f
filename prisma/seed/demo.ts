// Demo data for a first run: a handful of locations and about 200 products across categories.
// Deterministic (seeded), so every new user sees the same catalogue.
import type { Location, PrismaClient, Product } from '../../src/generated/prisma/client';
import { Decimal } from '../../src/shared/decimal';
import { PurchaseOrderService } from '../../src/modules/incoming/purchase-orders';
import { TransferService } from '../../src/modules/incoming/transfers';
import { StockService, type MovementRow } from '../../src/modules/stock/service';

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
  movements: number;
  transfers: number;
  purchaseOrders: number;
}

const HISTORY_DAYS = 90;
const CUSTOMERS = [
  'Walk-in',
  'Harper & Sons',
  'J. Okafor',
  'Brightside Builders',
  'M. Kowalski',
  'Greenway Gardens',
  'A. Lindqvist',
];
const SUPPLIERS = [
  'Acme Tools Ltd',
  'Northern Fixings',
  'Voltline Wholesale',
  'Verdant Supply Co',
  'Colourcraft Paints',
];

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
    preferredSupplier: string;
    leadTimeDays: number;
  }> = [];
  for (const [categoryIndex, [category, spec]] of Object.entries(CATEGORIES).entries()) {
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
          // From the indexes, not the generator, so the catalogue and its history stay as they were.
          preferredSupplier: SUPPLIERS[categoryIndex % SUPPLIERS.length]!,
          leadTimeDays: 3 + ((itemIndex + variantIndex) % 4) * 3,
        });
      });
    });
  }
  await prisma.$transaction([
    prisma.location.createMany({ data: LOCATIONS.map((location) => ({ ...location })) }),
    prisma.product.createMany({ data: products }),
  ]);
  const movements = await loadHistory(prisma, next);
  const incoming = await loadIncoming(prisma);
  return { locations: LOCATIONS.length, products: products.length, movements, ...incoming };
}

/**
 * Stock on its way, so a new user sees `incoming` on the first run: transfers from the warehouses
 * to the stores, shipped (one partly received), and purchase orders placed with each category's
 * supplier for low products (one partly received), all through the services, as a client would.
 */
async function loadIncoming(prisma: PrismaClient): Promise<{ transfers: number; purchaseOrders: number }> {
  const stock = new StockService(prisma, { transactionWaitMs: 30_000 });
  const transfers = new TransferService(prisma, stock.ledger);
  const orders = new PurchaseOrderService(prisma, stock.ledger, {
    suggestions: async () => [],
    averageCosts: async () => new Map(),
  });
  const locations = new Map((await prisma.location.findMany()).map((location) => [location.code, location.id]));
  const day = 86_400_000;
  const plenty = await prisma.stockLevel.findMany({
    where: { locationId: locations.get('WH-EAST')!, onHand: { gte: 40 } },
    orderBy: { productId: 'asc' },
    take: 9,
  });
  const routes: Array<[string, string, string]> = [
    ['WH-EAST', 'ST-LON', 'TR-DEMO-1'],
    ['WH-EAST', 'ST-MAN', 'TR-DEMO-2'],
    ['WH-EAST', 'ST-EDI', 'TR-DEMO-3'],
  ];
  let shipped = 0;
  for (const [index, [from, to, reference]] of routes.entries()) {
    const lines = plenty.slice(index * 3, index * 3 + 3).map((level) => ({ productId: level.productId, quantity: 12 }));
    if (lines.length === 0) continue;
    const created = await transfers.create(null, {
      fromLocationId: locations.get(from)!,
      toLocationId: locations.get(to)!,
      lines,
      reference,
      expectedArrival: new Date(Date.now() + (index + 2) * day),
    });
    const transferId = created.documentId!;
    const ship = await transfers.ship(null, { transferId });
    if (ship.userErrors.length > 0) throw new Error(`demo transfer was refused: ${JSON.stringify(ship.userErrors)}`);
    if (index === 0)
      await transfers.receive(null, {
        transferId,
        lines: [{ productId: lines[0]!.productId, quantity: 12, state: 'AVAILABLE' }],
      });
    shipped += 1;
  }

  const low = await prisma.$queryRaw<
    Array<{ id: string; supplier: string; reorder_quantity: number; cost: string | null }>
  >`
    SELECT p.id::text AS id, p.preferred_supplier AS supplier, p.reorder_quantity, c.average_cost::text AS cost
    FROM product p LEFT JOIN product_cost c ON c.product_id = p.id
    WHERE p.preferred_supplier IS NOT NULL
    ORDER BY COALESCE(c.quantity, 0) - p.reorder_point, p.sku
    LIMIT 8`;
  const bySupplier = new Map<string, typeof low>();
  for (const row of low) bySupplier.set(row.supplier, [...(bySupplier.get(row.supplier) ?? []), row]);
  let placed = 0;
  for (const [supplier, rows] of bySupplier) {
    const created = await orders.create(null, {
      supplier,
      locationId: locations.get('WH-WEST')!,
      reference: `PO-DEMO-${placed + 1}`,
      expectedAt: new Date(Date.now() + (placed + 4) * day),
      lines: rows.map((row) => ({
        productId: row.id,
        quantity: Math.max(row.reorder_quantity, 10),
        unitCost: new Decimal(row.cost ?? '1').toDecimalPlaces(2),
      })),
    });
    const purchaseOrderId = created.documentId!;
    const place = await orders.place(null, { purchaseOrderId });
    if (place.userErrors.length > 0)
      throw new Error(`demo purchase order was refused: ${JSON.stringify(place.userErrors)}`);
    if (placed === 0) {
      const [line] = await prisma.purchaseOrderLine.findMany({
        where: { purchaseOrderId },
        orderBy: { position: 'asc' },
      });
      await orders.receive(null, { purchaseOrderId, lines: [{ lineId: line!.id, quantity: 5, state: 'AVAILABLE' }] });
    }
    placed += 1;
  }
  return { transfers: shipped, purchaseOrders: placed };
}

/**
 * Simulates 90 days of trade and records it through the ledger, oldest first: an opening delivery
 * to the warehouses, daily sales at the stores (a few products sell far more than the rest),
 * replenishment transfers, weekly supplier deliveries at drifting costs, and the odd return,
 * write-off and stocktake correction. The simulation never sells what it has not got, so every
 * row passes the ledger's own checks.
 */
async function loadHistory(prisma: PrismaClient, next: () => number): Promise<number> {
  const [products, locations] = await Promise.all([
    prisma.product.findMany({ orderBy: { sku: 'asc' } }),
    prisma.location.findMany({ orderBy: { code: 'asc' } }),
  ]);
  const warehouses = locations.filter((location) => location.kind !== 'STORE');
  const stores = locations.filter((location) => location.kind === 'STORE');
  const stock = new Map<string, number>();
  const level = (product: Product, location: Location) => stock.get(`${product.id}/${location.id}`) ?? 0;
  const rows: MovementRow[] = [];
  const record = (row: MovementRow) => {
    for (const [locationId, sign] of [
      [row.fromLocationId, -1],
      [row.toLocationId, 1],
    ] as const) {
      if (!locationId) continue;
      const key = `${row.productId}/${locationId}`;
      stock.set(key, (stock.get(key) ?? 0) + sign * row.quantity);
    }
    rows.push(row);
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  // Popularity is skewed: a handful of products sell most.
  const weights = products.map((_, index) => 1 / (1 + index * next()));
  const popular = () => {
    let target = next() * weights.reduce((sum, weight) => sum + weight, 0);
    for (const [index, weight] of weights.entries()) {
      target -= weight;
      if (target <= 0) return products[index]!;
    }
    return products[products.length - 1]!;
  };
  const costOf = (product: Product, day: number) =>
    product.price.mul(0.5 + 0.1 * next() + day / (HISTORY_DAYS * 20)).toDecimalPlaces(2);
  const at = (day: number, hour: number) =>
    new Date(Date.now() - (HISTORY_DAYS - day) * 86_400_000 + hour * 3_600_000 - 86_400_000);

  let order = 1000;
  for (const warehouse of warehouses) {
    for (const product of products) {
      const quantity = product.reorderQuantity * 2;
      record({
        kind: 'RECEIPT',
        productId: product.id,
        toLocationId: warehouse.id,
        quantity,
        unitCost: costOf(product, 0),
        reference: `PO-${order++}`,
        counterparty: pick(SUPPLIERS),
        occurredAt: at(0, 8),
      });
    }
  }
  for (let day = 1; day < HISTORY_DAYS; day += 1) {
    for (const store of stores) {
      if (day % 3 === 1) {
        for (const product of products) {
          const source = pick(warehouses);
          const wanted = Math.max(0, product.reorderPoint - level(product, store));
          const quantity = Math.min(wanted, level(product, source));
          if (quantity > 0)
            record({
              kind: 'TRANSFER',
              productId: product.id,
              fromLocationId: source.id,
              toLocationId: store.id,
              quantity,
              reference: `TO-${order++}`,
              occurredAt: at(day, 7),
            });
        }
      }
      for (let sale = 0; sale < 6; sale += 1) {
        const product = popular();
        const quantity = Math.min(1 + Math.floor(next() * 4), level(product, store));
        if (quantity === 0) continue;
        const discounted = next() < 0.15;
        record({
          kind: 'SHIPMENT',
          productId: product.id,
          fromLocationId: store.id,
          quantity,
          unitPrice: discounted ? product.price.mul(0.9).toDecimalPlaces(2) : product.price,
          reference: `SO-${order++}`,
          counterparty: pick(CUSTOMERS),
          occurredAt: at(day, 9 + sale),
        });
      }
      if (next() < 0.08) {
        const product = popular();
        record({
          kind: 'RETURN',
          productId: product.id,
          toLocationId: store.id,
          quantity: 1,
          reference: `RA-${order++}`,
          counterparty: pick(CUSTOMERS),
          occurredAt: at(day, 16),
        });
      }
      if (next() < 0.04) {
        const product = pick(products);
        if (level(product, store) > 0)
          record({
            kind: 'WRITE_OFF',
            productId: product.id,
            fromLocationId: store.id,
            quantity: 1,
            reason: 'DAMAGED',
            note: 'Damaged on the shelf',
            occurredAt: at(day, 17),
          });
      }
    }
    if (day % 7 === 0) {
      for (const warehouse of warehouses) {
        for (const product of products) {
          if (level(product, warehouse) >= product.reorderPoint * 2) continue;
          record({
            kind: 'RECEIPT',
            productId: product.id,
            toLocationId: warehouse.id,
            quantity: product.reorderQuantity,
            unitCost: costOf(product, day),
            reference: `PO-${order++}`,
            counterparty: pick(SUPPLIERS),
            occurredAt: at(day, 8),
          });
        }
      }
      const location = pick(locations);
      const product = pick(products);
      const counted = level(product, location) > 0 && next() < 0.5 ? -1 : 1;
      record({
        kind: 'ADJUSTMENT',
        productId: product.id,
        ...(counted < 0 ? { fromLocationId: location.id } : { toLocationId: location.id }),
        quantity: 1,
        reason: 'CYCLE_COUNT',
        reference: `SC-${order++}`,
        occurredAt: at(day, 18),
      });
    }
  }

  const ledger = new StockService(prisma, { transactionWaitMs: 30_000 });
  let recorded = 0;
  for (let start = 0; start < rows.length; start += 500) {
    const result = await ledger.recordMany(null, rows.slice(start, start + 500), 'REJECT_ALL');
    if (result.userErrors.length > 0)
      throw new Error(`demo history was refused: ${JSON.stringify(result.userErrors.slice(0, 3))}`);
    recorded += result.movements.length;
  }
  return recorded;
}

/** True when the catalogue has never been used: no product and no location. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  const [products, locations] = await Promise.all([prisma.product.count(), prisma.location.count()]);
  return products === 0 && locations === 0;
}
