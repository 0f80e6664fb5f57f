// Simulates the stock ledger day by day and emits `movement` rows as COPY text, oldest first: supplier
// deliveries at dawn, replenishment transfers before opening, then the day's trade. Every movement is
// applied to a running balance before the next is drawn, so no balance ever goes below zero.
import { cumulative, popularity, retailPrice, weightedIndex, type Catalog, type BenchProduct } from './catalog';
import { Parties, WALK_IN } from './parties';
import { hashUnit, Random } from './random';

export const KINDS = ['RECEIPT', 'SHIPMENT', 'TRANSFER', 'ADJUSTMENT', 'RETURN', 'WRITE_OFF'] as const;

const RECEIPT = 0;
const SHIPMENT = 1;
const TRANSFER = 2;
const ADJUSTMENT = 3;
const RETURN = 4;
const WRITE_OFF = 5;

type Reason = 'RECEIVED' | 'SOLD' | 'TRANSFER' | 'CYCLE_COUNT' | 'RETURNED' | 'DAMAGED';

export const COPY_COLUMNS =
  'id, kind, product_id, from_location_id, to_location_id, quantity, unit_cost, unit_price, reason, ' +
  'reference, counterparty, note, occurred_at, recorded_at';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const NULL = '\\N';

/** Share of sales that warehouses ship themselves (online and trade orders). */
const ONLINE_SHARE = 0.12;
/** Shares of trade events that are stock counts, returns and write-offs rather than sales; tuned so they
 * land near 2%, 1% and 1% of all movements once replenishment is added. */
const COUNT_SHARE = 0.045;
const RETURN_SHARE = 0.022;
const WRITE_OFF_SHARE = 0.022;
const BACKDATED_SHARE = 0.03;
/** Trading hours, UTC: weights per hour of the day, with a lunchtime and an after-work peak. */
// prettier-ignore
const HOURLY = cumulative([
  0, 0, 0, 0, 0, 0, 0, 0.3, 0.6, 0.9, 1.1, 1.3, 1.5, 1.4, 1.2, 1.1, 1.2, 1.4, 1.3, 0.9, 0.6, 0.3, 0.15, 0,
]);
/** Sunday first, as Date.getUTCDay counts. */
const WEEKDAY = [0.8, 0.85, 0.85, 0.9, 0.95, 1.15, 1.4];
const RETURN_NOTES = ['Changed mind', 'Unopened', 'Wrong size ordered', 'Duplicate order', 'Unwanted gift'];
const DAMAGE_NOTES = ['Damaged in handling', 'Crushed in transit', 'Water damage', 'Packaging split', 'Dropped'];

export interface SimulationOptions {
  movements: number;
  days: number;
  /** The history ends here (ms since the epoch); fixed per day so reruns match. */
  anchor: number;
  seed: number;
}

interface Draft {
  kind: number;
  product: number;
  /** Location index, or -1. */
  from: number;
  to: number;
  quantity: number;
  unitCost?: number;
  unitPrice?: number;
  reason: Reason;
  reference: string | null;
  counterparty: string | null;
  note: string | null;
  at: number;
}

interface Delivery {
  product: number;
  location: number;
  quantity: number;
  order: number;
}

export interface PriceChange {
  id: string;
  price: string;
  changedAt: Date;
}

/** Units the network sells on an average day for a ledger of `movements` rows, to size reorder points. */
export function expectedDailyUnits(movements: number, days: number): number {
  // About 72% of rows are sales, of 2.2 units on average (trade orders are bigger).
  return (movements / days) * 0.72 * 2.2;
}

export class LedgerSimulation {
  emitted = 0;
  readonly kindCounts = KINDS.map(() => 0);

  private readonly random: Random;
  private readonly parties: Parties;
  private readonly products: BenchProduct[];
  private readonly productIds: string[];
  private readonly locationIds: string[];
  private readonly locationCount: number;
  private readonly isStore: boolean[];
  private readonly supplyLocations: number[];
  private readonly storeTable: Float64Array;
  private readonly stores: number[];
  private readonly supplyTable: Float64Array;
  /** A warehouse's demand relative to an average warehouse. */
  private readonly warehouseScale: Float64Array;
  private readonly popularityTable: Float64Array;
  /** Chance that a store stocks a product: hot products everywhere, the long tail in few stores. */
  private readonly coverage: Float32Array;

  // Per (product, location), indexed product * locationCount + location.
  private readonly balance: Int32Array;
  private readonly replenishing: Uint8Array;
  private readonly ordering: Uint8Array;

  private readonly cost: Float64Array;
  private readonly costDay: Int32Array;
  private readonly price: Float64Array;
  private readonly nextPriceDay: Int32Array;
  private readonly priceChangedAt: Float64Array;

  private storeQueue: number[] = [];
  private readonly deliveries: Array<Delivery[] | undefined>;
  private readonly ordersToday = new Map<number, number>();
  private ordersDay = -1;
  private readonly sequence = { purchase: 0, sale: 0, transfer: 0, refund: 0, writeOff: 0 };
  private readonly targets: Float64Array;
  private demandEvents = 0;
  private demandMovements = 0;

  private rows: string[] = [];
  private lastAt = 0;
  private lastIsoAt = -1;
  private lastIso = '';

  private readonly start: number;

  constructor(
    private readonly catalog: Catalog,
    private readonly options: SimulationOptions,
  ) {
    this.random = Random.stream(options.seed, 10);
    this.parties = new Parties(Random.stream(options.seed, 11));
    this.products = catalog.products;
    this.productIds = catalog.products.map((product) => product.id);
    this.locationIds = catalog.locations.map((location) => location.id);
    this.locationCount = catalog.locations.length;
    this.isStore = catalog.locations.map((location) => location.kind === 'STORE');
    this.stores = catalog.locations.filter((location) => location.kind === 'STORE').map((location) => location.index);
    this.supplyLocations = catalog.locations.filter((location) => location.kind !== 'STORE').map((l) => l.index);
    this.storeTable = cumulative(this.stores.map((store) => catalog.locations[store]!.salesShare));
    this.warehouseScale = this.warehouseScales();
    this.supplyTable = cumulative(this.supplyLocations.map((location) => this.warehouseScale[location]!));
    this.popularityTable = cumulative(catalog.products.map((product) => popularity(product.rank)));
    this.coverage = Float32Array.from(catalog.products, (product) =>
      Math.min(1, Math.max(0.12, 1.1 - 0.2 * Math.log10(product.rank + 1))),
    );
    const pairs = catalog.products.length * this.locationCount;
    this.balance = new Int32Array(pairs);
    this.replenishing = new Uint8Array(pairs);
    this.ordering = new Uint8Array(pairs);
    this.cost = Float64Array.from(catalog.products, (product) => product.price * (0.45 + 0.2 * this.random.next()));
    this.costDay = new Int32Array(catalog.products.length);
    this.price = Float64Array.from(catalog.products, (product) => product.price);
    this.nextPriceDay = Int32Array.from(catalog.products, () => this.random.int(0, 300));
    this.priceChangedAt = new Float64Array(catalog.products.length);
    this.deliveries = new Array<Delivery[] | undefined>(options.days);
    this.start = options.anchor - options.days * DAY;
    this.targets = this.dailyTargets();
  }

  /** COPY text for `movement` (COPY_COLUMNS), one chunk per simulated day, until the total is reached. */
  *chunks(): Generator<string> {
    for (let day = 0; day < this.options.days && this.emitted < this.options.movements; day += 1) {
      this.simulateDay(day);
      const chunk = this.rows.join('');
      this.rows = [];
      yield chunk;
    }
  }

  /** Products whose price moved during the history, with their price at the end of it. */
  priceChanges(): PriceChange[] {
    const changes: PriceChange[] = [];
    this.priceChangedAt.forEach((at, product) => {
      if (at > 0)
        changes.push({ id: this.productIds[product]!, price: money(this.price[product]!), changedAt: new Date(at) });
    });
    return changes;
  }

  // --- The day -------------------------------------------------------------------------------------

  private simulateDay(day: number): void {
    const dayStart = this.start + day * DAY;
    this.receiveDeliveries(day, dayStart);
    this.replenishStores(day, dayStart);
    const opening = dayStart + 7 * HOUR;
    this.trade(day, dayStart, Math.round((this.targets[day]! - this.emitted) * this.eventsPerMovement()), opening);
    // The last day trades on until the total is reached exactly.
    while (day === this.options.days - 1 && this.emitted < this.options.movements) {
      const remaining = this.options.movements - this.emitted;
      this.trade(day, dayStart, Math.ceil(remaining * this.eventsPerMovement()) + 1, Math.max(this.lastAt, opening));
    }
  }

  /** Cumulative movement counts to reach by the end of each day, following the seasonal curve. */
  private dailyTargets(): Float64Array {
    const weights = Array.from({ length: this.options.days }, (_, day) =>
      dayWeight(new Date(this.start + day * DAY), day),
    );
    const table = cumulative(weights);
    const total = table[table.length - 1]!;
    return table.map((sum) => Math.round((this.options.movements * sum) / total));
  }

  // Transfers and deliveries follow from trade, so the number of trade events a day needs is learnt.
  private eventsPerMovement(): number {
    return this.demandMovements === 0 ? 0.6 : this.demandEvents / this.demandMovements;
  }

  private trade(day: number, dayStart: number, count: number, from: number): void {
    if (count <= 0) return;
    const before = this.emitted;
    for (const at of this.tradingTimes(count, dayStart, from)) {
      const draw = this.random.next();
      if (draw < COUNT_SHARE) this.countStock(dayStart, at);
      else if (draw < COUNT_SHARE + RETURN_SHARE) this.acceptReturn(at);
      else if (draw < COUNT_SHARE + RETURN_SHARE + WRITE_OFF_SHARE) this.writeOff(at);
      else this.sell(day, at);
      if (this.emitted >= this.options.movements) break;
    }
    this.demandEvents += count;
    this.demandMovements += this.emitted - before;
  }

  private tradingTimes(count: number, dayStart: number, from: number): Float64Array {
    const close = dayStart + 23 * HOUR;
    const times = new Float64Array(count);
    for (let i = 0; i < count; i += 1) {
      const hour = weightedIndex(HOURLY, this.random.next());
      const at = dayStart + (hour + this.random.next()) * HOUR;
      times[i] = Math.floor(at >= from ? at : from + this.random.next() * (close - from));
    }
    return times.sort();
  }

  // --- Trade ---------------------------------------------------------------------------------------

  private sell(day: number, at: number): void {
    const online = this.random.chance(ONLINE_SHARE);
    const location = online ? this.pickSupplyLocation() : this.pickStore();
    const trade = online && this.random.chance(0.5);
    const counterparty = trade
      ? this.random.pick(this.parties.trade)
      : online || this.random.chance(0.3)
        ? this.random.pick(this.parties.retail)
        : WALK_IN;
    const reference = `SO-${pad(++this.sequence.sale, 8)}`;
    let lines = 1;
    while (lines < 6 && this.random.chance(trade ? 0.6 : 0.3)) lines += 1;
    for (let line = 0; line < lines; line += 1) {
      const product = this.popularProduct();
      // A store that does not stock a product has it sent from its warehouse.
      const source = this.carries(product, location) ? location : this.catalog.locations[location]!.supplier;
      const quantity = this.saleQuantity() * (trade ? this.random.int(2, 6) : 1);
      this.ensureStock(day, product, source, quantity, at);
      if (this.balanceOf(product, source) < quantity) return;
      this.emit({
        kind: SHIPMENT,
        product,
        from: source,
        to: -1,
        quantity,
        unitPrice: this.salePrice(day, product, trade),
        reason: 'SOLD',
        reference,
        counterparty,
        note: null,
        at,
      });
    }
  }

  private saleQuantity(): number {
    const draw = this.random.next();
    if (draw < 0.65) return 1;
    if (draw < 0.85) return 2;
    if (draw < 0.93) return 3;
    return draw < 0.98 ? this.random.int(4, 6) : this.random.int(7, 12);
  }

  private salePrice(day: number, product: number, trade: boolean): number {
    const price = this.currentPrice(day, product);
    if (trade) return price * (1 - this.random.int(5, 15) / 100);
    return this.random.chance(0.1) ? price * (1 - this.random.int(10, 30) / 100) : price;
  }

  private acceptReturn(at: number): void {
    const store = this.pickStore();
    const product = this.popularProduct();
    this.emit({
      kind: RETURN,
      product,
      from: -1,
      to: this.carries(product, store) ? store : this.catalog.locations[store]!.supplier,
      quantity: this.random.chance(0.85) ? 1 : 2,
      reason: 'RETURNED',
      reference: `RMA-${pad(++this.sequence.refund, 7)}`,
      counterparty: this.random.pick(this.parties.retail),
      note: this.random.chance(0.4) ? this.random.pick(RETURN_NOTES) : null,
      at,
    });
  }

  // Breakage is found where stock is, so a few tries find a shelf with something on it.
  private writeOff(at: number): void {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const location = this.random.chance(0.7) ? this.pickStore() : this.pickSupplyLocation();
      const product = this.popularProduct();
      const onHand = this.balanceOf(product, location);
      if (onHand === 0) continue;
      this.emit({
        kind: WRITE_OFF,
        product,
        from: location,
        to: -1,
        quantity: Math.min(onHand, this.random.chance(0.8) ? 1 : this.random.int(2, 4)),
        reason: 'DAMAGED',
        reference: `WO-${pad(++this.sequence.writeOff, 7)}`,
        counterparty: null,
        note: this.random.pick(DAMAGE_NOTES),
        at,
      });
      return;
    }
  }

  /** A cycle count that finds the shelf off by a few units, more often short than over. */
  private countStock(dayStart: number, at: number): void {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const location = this.random.int(0, this.locationCount - 1);
      const product = this.random.chance(0.5) ? this.popularProduct() : this.random.int(0, this.products.length - 1);
      const onHand = this.balanceOf(product, location);
      if (this.isStore[location] ? !this.carries(product, location) : onHand === 0) continue;
      const short = onHand > 0 && this.random.chance(0.6);
      const quantity = short
        ? Math.min(onHand, this.random.chance(0.7) ? 1 : this.random.int(2, 5))
        : this.random.int(1, 3);
      this.emit({
        kind: ADJUSTMENT,
        product,
        from: short ? location : -1,
        to: short ? -1 : location,
        quantity,
        reason: 'CYCLE_COUNT',
        reference: `SC-${this.catalog.locations[location]!.code}-${new Date(dayStart).toISOString().slice(0, 10).replaceAll('-', '')}`,
        counterparty: null,
        note: null,
        at,
      });
      return;
    }
  }

  // --- Replenishment -------------------------------------------------------------------------------

  /**
   * Before an outbound movement the location needs the stock: a store gets an urgent transfer from
   * its warehouse, and a warehouse that cannot cover it gets an expedited delivery first.
   */
  private ensureStock(day: number, product: number, location: number, quantity: number, at: number): void {
    const onHand = this.balanceOf(product, location);
    if (onHand >= quantity) return;
    if (!this.isStore[location]) {
      this.expedite(day, product, location, quantity - onHand, at);
      return;
    }
    const warehouse = this.catalog.locations[location]!.supplier;
    const wanted = quantity + this.storeTarget(product, location) - onHand;
    const available = this.balanceOf(product, warehouse);
    if (available < wanted) this.expedite(day, product, warehouse, wanted - available, at);
    const moved = Math.min(wanted, this.balanceOf(product, warehouse));
    if (moved === 0) return;
    this.emit({
      kind: TRANSFER,
      product,
      from: warehouse,
      to: location,
      quantity: moved,
      reason: 'TRANSFER',
      reference: `TO-${pad(++this.sequence.transfer, 7)}`,
      counterparty: null,
      note: 'Urgent replenishment',
      at: this.shortlyBefore(at, 5, 40),
    });
  }

  private expedite(day: number, product: number, location: number, needed: number, at: number): void {
    const supplier = this.catalog.suppliers[this.products[product]!.supplier]!;
    this.emit({
      kind: RECEIPT,
      product,
      from: -1,
      to: location,
      quantity: Math.max(needed, this.orderQuantity(product, location)),
      unitCost: this.currentCost(day, product) * 1.06,
      reason: 'RECEIVED',
      reference: `PO-${pad(++this.sequence.purchase, 7)}`,
      counterparty: supplier.name,
      note: 'Expedited order',
      at: this.shortlyBefore(at, 45, 180),
    });
  }

  /** Yesterday's low store shelves, refilled from the warehouses before opening: one transfer order per truck. */
  private replenishStores(day: number, dayStart: number): void {
    const queue = this.storeQueue;
    this.storeQueue = [];
    const stores = this.locationCount;
    queue.sort((a, b) => (a % stores) - (b % stores) || a - b);
    const departures = this.sortedTimes(new Set(queue.map((pair) => pair % stores)).size, dayStart + 6 * HOUR, HOUR);
    const orders = new Map<number, string>();
    let truck = -1;
    let previousStore = -1;
    for (const pair of queue) {
      const product = Math.floor(pair / stores);
      const store = pair % stores;
      if (store !== previousStore) [truck, previousStore] = [truck + 1, store];
      this.replenishing[pair] = 0;
      const needed = this.storeTarget(product, store) - this.balance[pair]!;
      if (needed <= 0) continue;
      const source = this.sourceFor(day, product, store);
      if (source < 0) {
        this.queueReplenishment(pair);
        continue;
      }
      const key = store * stores + source;
      const reference = orders.get(key) ?? `TO-${pad(++this.sequence.transfer, 7)}`;
      orders.set(key, reference);
      this.emit({
        kind: TRANSFER,
        product,
        from: source,
        to: store,
        quantity: Math.min(needed, this.balanceOf(product, source)),
        reason: 'TRANSFER',
        reference,
        counterparty: null,
        note: null,
        at: departures[truck]!,
      });
    }
  }

  /** The store's own warehouse when it has the product, else whichever has most; -1 when none has any. */
  private sourceFor(day: number, product: number, store: number): number {
    const own = this.catalog.locations[store]!.supplier;
    if (this.balanceOf(product, own) > 0) return own;
    this.orderIfLow(day, product, own);
    let best = -1;
    for (const location of this.supplyLocations) {
      if (this.balanceOf(product, location) > (best < 0 ? 0 : this.balanceOf(product, best))) best = location;
    }
    return best;
  }

  /** Purchase orders placed on earlier days arrive before dawn; one delivery time per order. */
  private receiveDeliveries(day: number, dayStart: number): void {
    const due = this.deliveries[day];
    if (!due) return;
    this.deliveries[day] = undefined;
    due.sort((a, b) => a.order - b.order);
    const arrivals = this.sortedTimes(
      new Set(due.map((delivery) => delivery.order)).size,
      dayStart + 4 * HOUR,
      2 * HOUR,
    );
    let truck = -1;
    let previousOrder = -1;
    for (const delivery of due) {
      if (delivery.order !== previousOrder) [truck, previousOrder] = [truck + 1, delivery.order];
      this.ordering[delivery.product * this.locationCount + delivery.location] = 0;
      this.emit({
        kind: RECEIPT,
        product: delivery.product,
        from: -1,
        to: delivery.location,
        quantity: delivery.quantity,
        unitCost: this.currentCost(day, delivery.product),
        reason: 'RECEIVED',
        reference: `PO-${pad(delivery.order, 7)}`,
        counterparty: this.catalog.suppliers[this.products[delivery.product]!.supplier]!.name,
        note: null,
        at: arrivals[truck]!,
      });
    }
  }

  private afterOutbound(day: number, product: number, location: number): void {
    const pair = product * this.locationCount + location;
    if (!this.isStore[location]) {
      this.orderIfLow(day, product, location);
      return;
    }
    if (this.replenishing[pair] === 0 && this.balance[pair]! <= this.storeReorderPoint(product, location))
      this.queueReplenishment(pair);
  }

  private queueReplenishment(pair: number): void {
    this.replenishing[pair] = 1;
    this.storeQueue.push(pair);
  }

  /** A purchase order when the warehouse is at its reorder point; lines to one supplier on one day share it. */
  private orderIfLow(day: number, product: number, location: number): void {
    const pair = product * this.locationCount + location;
    if (this.ordering[pair] === 1 || this.balance[pair]! > this.warehouseReorderPoint(product, location)) return;
    this.ordering[pair] = 1;
    if (day !== this.ordersDay) {
      this.ordersToday.clear();
      this.ordersDay = day;
    }
    const supplierIndex = this.products[product]!.supplier;
    const key = location * this.catalog.suppliers.length + supplierIndex;
    const order = this.ordersToday.get(key) ?? ++this.sequence.purchase;
    this.ordersToday.set(key, order);
    const arrival = day + this.catalog.suppliers[supplierIndex]!.leadDays;
    // Orders due after the history ends stay open: the flag keeps them from being placed twice.
    if (arrival >= this.options.days) return;
    (this.deliveries[arrival] ??= []).push({
      product,
      location,
      quantity: this.orderQuantity(product, location),
      order,
    });
  }

  // --- Policies ------------------------------------------------------------------------------------

  private storeDailyUnits(product: number, store: number): number {
    return this.products[product]!.dailyUnits * this.catalog.locations[store]!.salesShare * (1 - ONLINE_SHARE);
  }

  // Two days of cover, refilled to six; slow sellers keep a small facing so one sale does not empty the shelf.
  private storeReorderPoint(product: number, store: number): number {
    return Math.max(1, Math.floor(this.storeDailyUnits(product, store) * 2));
  }

  private storeTarget(product: number, store: number): number {
    return Math.max(this.storeReorderPoint(product, store) + 2, Math.ceil(this.storeDailyUnits(product, store) * 6), 4);
  }

  private warehouseReorderPoint(product: number, location: number): number {
    return Math.ceil(this.products[product]!.reorderPoint * this.warehouseScale[location]!);
  }

  private orderQuantity(product: number, location: number): number {
    const { reorderQuantity, casePack } = this.products[product]!;
    return Math.ceil(Math.max(reorderQuantity * this.warehouseScale[location]!, casePack) / casePack) * casePack;
  }

  private warehouseScales(): Float64Array {
    const scales = new Float64Array(this.locationCount);
    const supply = this.supplyLocations.length;
    for (const location of this.catalog.locations) {
      if (location.kind === 'STORE') scales[location.supplier]! += location.salesShare * (1 - ONLINE_SHARE) * supply;
      else scales[location.index]! += ONLINE_SHARE;
    }
    return scales;
  }

  /** Hot products are in every store; the long tail only in some, decided by a fixed hash. */
  private carries(product: number, location: number): boolean {
    return !this.isStore[location] || hashUnit(product, location) < this.coverage[product]!;
  }

  // --- Money ---------------------------------------------------------------------------------------

  /** Supplier costs drift: about 3% a year of inflation plus noise between deliveries. */
  private currentCost(day: number, product: number): number {
    const elapsed = day - this.costDay[product]!;
    if (elapsed > 0) {
      const noise = 0.02 * this.random.normal() * Math.min(1, elapsed / 30);
      this.cost[product] = Math.min(
        this.cost[product]! * Math.exp(0.00008 * elapsed + noise),
        this.price[product]! * 0.85,
      );
      this.costDay[product] = day;
    }
    return this.cost[product]!;
  }

  /** Prices move every few months, mostly up, sometimes down, never below cost plus a margin. */
  private currentPrice(day: number, product: number): number {
    if (day >= this.nextPriceDay[product]!) {
      const factor = this.random.chance(0.8) ? 1 + this.random.int(2, 9) / 100 : 1 - this.random.int(5, 15) / 100;
      this.price[product] = retailPrice(Math.max(this.price[product]! * factor, this.cost[product]! * 1.25));
      this.nextPriceDay[product] = day + this.random.int(60, 300);
      this.priceChangedAt[product] = this.start + day * DAY + 3 * HOUR;
    }
    return this.price[product]!;
  }

  // --- Draws ---------------------------------------------------------------------------------------

  private popularProduct(): number {
    return weightedIndex(this.popularityTable, this.random.next());
  }

  private pickStore(): number {
    return this.stores[weightedIndex(this.storeTable, this.random.next())]!;
  }

  private pickSupplyLocation(): number {
    return this.supplyLocations[weightedIndex(this.supplyTable, this.random.next())]!;
  }

  private sortedTimes(count: number, from: number, span: number): Float64Array {
    return Float64Array.from({ length: count }, () => Math.floor(from + this.random.next() * span)).sort();
  }

  /** A moment a little before `at`, but never before the last movement, so ids stay in time order. */
  private shortlyBefore(at: number, minMinutes: number, maxMinutes: number): number {
    return Math.max(this.lastAt, at - this.random.int(minMinutes, maxMinutes) * MINUTE);
  }

  // --- Output --------------------------------------------------------------------------------------

  private balanceOf(product: number, location: number): number {
    return this.balance[product * this.locationCount + location]!;
  }

  private emit(draft: Draft): void {
    if (this.emitted >= this.options.movements) return;
    if (draft.at < this.lastAt)
      throw new Error(`Simulation bug: movement ${this.emitted + 1} is older than the last one.`);
    if (draft.from >= 0) {
      const pair = draft.product * this.locationCount + draft.from;
      if (this.balance[pair]! < draft.quantity)
        throw new Error(`Simulation bug: movement ${this.emitted + 1} oversells.`);
      this.balance[pair]! -= draft.quantity;
    }
    if (draft.to >= 0) this.balance[draft.product * this.locationCount + draft.to]! += draft.quantity;
    this.emitted += 1;
    this.kindCounts[draft.kind]! += 1;
    this.lastAt = draft.at;
    this.rows.push(this.row(draft));
    if (draft.from >= 0) this.afterOutbound(Math.floor((draft.at - this.start) / DAY), draft.product, draft.from);
  }

  private row(draft: Draft): string {
    const occurred = this.iso(draft.at);
    const recorded = this.random.chance(BACKDATED_SHARE) ? this.lateRecording(draft.at) : occurred;
    return (
      `${this.emitted}\t${KINDS[draft.kind]}\t${this.productIds[draft.product]}\t` +
      `${draft.from >= 0 ? this.locationIds[draft.from] : NULL}\t${draft.to >= 0 ? this.locationIds[draft.to] : NULL}\t` +
      `${draft.quantity}\t${draft.unitCost === undefined ? NULL : money(draft.unitCost)}\t` +
      `${draft.unitPrice === undefined ? NULL : money(draft.unitPrice)}\t${draft.reason}\t` +
      `${draft.reference ?? NULL}\t${draft.counterparty ?? NULL}\t${draft.note ?? NULL}\t${occurred}\t${recorded}\n`
    );
  }

  // Entered hours to a few days after the fact, but never after the history's end.
  private lateRecording(at: number): string {
    const delay = (1 + 71 * this.random.next() ** 2) * HOUR;
    return new Date(Math.min(this.options.anchor, at + delay)).toISOString();
  }

  private iso(at: number): string {
    if (at !== this.lastIsoAt) {
      this.lastIsoAt = at;
      this.lastIso = new Date(at).toISOString();
    }
    return this.lastIso;
  }
}

/** Relative trade on a day: weekends, a spring-summer DIY season, steady growth and December. */
function dayWeight(date: Date, day: number): number {
  const yearDay = (date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY;
  const season = 1 + 0.15 * Math.sin((2 * Math.PI * (yearDay - 80)) / 365.25);
  const growth = 1 + (0.12 * day) / 365;
  return WEEKDAY[date.getUTCDay()]! * season * growth * december(date);
}

function december(date: Date): number {
  if (date.getUTCMonth() !== 11) return 1;
  const dayOfMonth = date.getUTCDate();
  if (dayOfMonth === 25) return 0.03;
  if (dayOfMonth === 24) return 1.2;
  if (dayOfMonth === 26) return 1.3;
  return dayOfMonth < 24 ? 1 + (0.5 * dayOfMonth) / 23 : 1.1;
}

function money(value: number): string {
  return value.toFixed(2);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
