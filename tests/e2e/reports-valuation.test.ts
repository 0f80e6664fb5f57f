// Moving average cost, inventory valuation (now and as of past dates) and the sales report,
// checked against small ledgers computed by hand in the comments.
import { Client } from 'pg';
import {
  CatalogueCostsDocument,
  InventoryValuationDocument,
  ProductCostDocument,
  ReceiveStockDocument,
  SalesReportDocument,
  ShipStockDocument,
  TransferStockDocument,
  type InventoryValuationQueryVariables,
  type SalesReportQueryVariables,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import { globalIdOf, rowIdOf } from '../support/ids';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const start = Date.now();
/** `n` days before the test started, at a fixed time of day away from midnight. */
const daysAgo = (n: number) => new Date(start - n * 86_400_000).toISOString();

async function receive(productId: string, locationId: string, quantity: number, unitCost: string, occurredAt?: string) {
  return (await givenMovement(server, 'receive', { productId, locationId, quantity, unitCost, occurredAt })).id;
}

async function ship(
  productId: string,
  locationId: string,
  quantity: number,
  unitPrice: string,
  counterparty: string,
  occurredAt?: string,
) {
  const input = { productId, locationId, quantity, unitPrice, counterparty, occurredAt };
  return (await givenMovement(server, 'ship', input)).id;
}

async function reverse(id: string) {
  return (await givenMovement(server, 'reverse', { movementId: id })).id;
}

async function cost(productId: string) {
  const { product } = await server.query(ProductCostDocument, { id: productId });
  return { averageCost: product!.averageCost, inventoryValue: product!.inventoryValue, onHand: product!.onHand };
}

async function valuation(variables: InventoryValuationQueryVariables) {
  return (await server.query(InventoryValuationDocument, variables)).inventoryValuation;
}

async function sales(variables: SalesReportQueryVariables) {
  return (await server.query(SalesReportDocument, variables)).salesReport;
}

const errorCode = (response: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) =>
  response.body.errors?.[0]?.extensions?.code;

/**
 * One product over 20 days, two locations (A, B), in business-time order:
 *   d-20 receive 10 @ 4 at A            Q 10  V 40   avg 4
 *   d-18 ship 4 from A @ 10 to Acme      COGS 16      Q 6   V 24
 *   d-15 receive 6 @ 6 at B             Q 12  V 60   avg 5
 *   d-12 transfer 3 B -> A               (nothing changes company-wide)
 *   d-10 ship 5 from A @ 12 to Beta      COGS 25      Q 7   V 35
 *   d-8  receive 3 @ 10 at A            Q 10  V 65   avg 6.5
 *   d-5  ship 2 from B @ 15 to Acme      COGS 13      Q 8   V 52
 */
describe('a product through receipts at several costs, sales, a transfer and reversals', () => {
  let productId: string;
  let sku: string;
  let a: { id: string; code: string };
  let b: { id: string; code: string };
  let lateReceipt: string;
  let betaSale: string;
  const window = () => ({ from: daysAgo(30), to: new Date(Date.now() + 60_000).toISOString() });

  beforeAll(async () => {
    const product = await givenProduct(server, { price: '20.00', category: 'Valuation' });
    ({ id: productId, sku } = product);
    a = await givenLocation(server);
    b = await givenLocation(server);
    await receive(productId, a.id, 10, '4.00', daysAgo(20));
    await ship(productId, a.id, 4, '10.00', 'Acme', daysAgo(18));
    await receive(productId, b.id, 6, '6.00', daysAgo(15));
    await givenMovement(server, 'transfer', {
      productId,
      fromLocationId: b.id,
      toLocationId: a.id,
      quantity: 3,
      occurredAt: daysAgo(12),
    });
    betaSale = await ship(productId, a.id, 5, '12.00', 'Beta', daysAgo(10));
    lateReceipt = await receive(productId, a.id, 3, '10.00', daysAgo(8));
    await ship(productId, b.id, 2, '15.00', 'Acme', daysAgo(5));
  });

  it('blends each receipt into the moving average; sales and transfers leave it alone', async () => {
    expect(await cost(productId)).toEqual({ averageCost: '6.5', inventoryValue: '52', onHand: 8 });
  });

  it('values the stock as it stood at past moments, by product and by location', async () => {
    // d-11: A holds 6 + 3 = 9, B 6 - 3 = 3, at avg 5.
    const byLocation = await valuation({ at: daysAgo(11), groupBy: 'LOCATION', category: 'Valuation' });
    expect(byLocation.nodes).toEqual([
      {
        key: a.code,
        product: null,
        category: null,
        location: { code: a.code },
        quantity: 9,
        averageCost: '5',
        value: '45',
      },
      {
        key: b.code,
        product: null,
        category: null,
        location: { code: b.code },
        quantity: 3,
        averageCost: '5',
        value: '15',
      },
    ]);
    expect(byLocation).toMatchObject({ totalCount: 2, totalQuantity: 12, totalValue: '60', groupBy: 'LOCATION' });

    // d-6: after the d-8 receipt, before the d-5 sale: A 9 - 5 + 3 = 7, B 3, at avg 6.5.
    const later = await valuation({ at: daysAgo(6), groupBy: 'LOCATION', category: 'Valuation' });
    expect(later.nodes.map((row) => [row.key, row.quantity, row.value])).toEqual([
      [a.code, 7, '45.5'],
      [b.code, 3, '19.5'],
    ]);
    const byProduct = await valuation({ at: daysAgo(6), category: 'Valuation' });
    expect(byProduct.nodes).toEqual([
      {
        key: sku,
        product: { sku },
        category: 'Valuation',
        location: null,
        quantity: 10,
        averageCost: '6.5',
        value: '65',
      },
    ]);

    // Before the first movement there is nothing to value.
    const before = await valuation({ at: daysAgo(25), category: 'Valuation' });
    expect(before).toMatchObject({ nodes: [], totalCount: 0, totalQuantity: 0, totalValue: '0' });

    // One location only, now: A holds 7 - 0 = 7... (A: 10 - 4 + 3 - 5 + 3 = 7), B 6 - 3 - 2 = 1.
    const atB = await valuation({ locationId: b.id, category: 'Valuation' });
    expect(atB.nodes.map((row) => [row.key, row.quantity, row.averageCost, row.value])).toEqual([
      [sku, 1, '6.5', '6.5'],
    ]);
  });

  it('reports sales with cost of goods sold at the average cost of each moment of sale', async () => {
    const byProduct = await sales({ ...window(), category: 'Valuation' });
    // Units 4 + 5 + 2; revenue 40 + 60 + 30; COGS 4×4 + 5×5 + 2×6.5 = 16 + 25 + 13.
    expect(byProduct.rows).toEqual([
      {
        key: sku,
        product: { sku },
        category: 'Valuation',
        location: null,
        counterparty: null,
        units: 11,
        revenue: '130',
        costOfGoodsSold: '54',
        margin: '76',
        marginPercent: 58.46,
      },
    ]);
    expect(byProduct.totals).toMatchObject({ key: '', units: 11, revenue: '130', costOfGoodsSold: '54', margin: '76' });

    const byCustomer = await sales({ ...window(), category: 'Valuation', groupBy: 'COUNTERPARTY', orderBy: 'MARGIN' });
    // Acme: 4 @ 10 + 2 @ 15 = 70, COGS 16 + 13 = 29; Beta: 5 @ 12 = 60, COGS 25.
    expect(byCustomer.rows.map((row) => [row.key, row.units, row.revenue, row.costOfGoodsSold, row.margin])).toEqual([
      ['Acme', 6, '70', '29', '41'],
      ['Beta', 5, '60', '25', '35'],
    ]);
    expect(byCustomer.rowCount).toBe(2);

    const byUnits = await sales({
      ...window(),
      category: 'Valuation',
      groupBy: 'LOCATION',
      orderBy: 'UNITS',
      first: 1,
    });
    // A shipped 4 + 5 (revenue 100, COGS 41); B shipped 2. Only the top row is returned.
    expect(byUnits.rows.map((row) => [row.location?.code, row.units, row.revenue, row.costOfGoodsSold])).toEqual([
      [a.code, 9, '100', '41'],
    ]);
    expect(byUnits.rowCount).toBe(2);

    const acmeOnly = await sales({ ...window(), counterparty: 'Acme', productId, locationId: b.id });
    expect(acmeOnly.totals).toMatchObject({ units: 2, revenue: '30', costOfGoodsSold: '13' });

    // A range holding only the d-18 sale.
    const early = await sales({ from: daysAgo(19), to: daysAgo(17), category: 'Valuation' });
    expect(early.totals).toMatchObject({ units: 4, revenue: '40', costOfGoodsSold: '16' });
  });

  it('takes reversed units out (or back in) at the cost the original applied', async () => {
    // Reversing the d-8 receipt takes 3 out at 10: Q 5, V 22, avg 4.4.
    await reverse(lateReceipt);
    expect(await cost(productId)).toEqual({ averageCost: '4.4', inventoryValue: '22', onHand: 5 });

    // Reversing Beta's sale brings 5 back at the 5 it left at: Q 10, V 47, avg 4.7; the sale nets out.
    await reverse(betaSale);
    expect(await cost(productId)).toEqual({ averageCost: '4.7', inventoryValue: '47', onHand: 10 });
    const afterReversal = await sales({ ...window(), category: 'Valuation', groupBy: 'COUNTERPARTY' });
    expect(afterReversal.rows.map((row) => [row.key, row.units, row.revenue, row.costOfGoodsSold])).toEqual([
      ['Acme', 6, '70', '29'],
      ['Beta', 0, '0', '0'],
    ]);

    // The past is unchanged: at d-6 the stock was still worth 65.
    const past = await valuation({ at: daysAgo(6), category: 'Valuation' });
    expect(past.totalValue).toBe('65');
  });
});

/**
 *   d-10 receive 10 @ 2                 Q 10  V 20   avg 2
 *   d-5  ship 5 @ 5                      COGS 10      Q 5   V 10
 * then a receipt back-dated to d-8 of 10 @ 5 refolds the history:
 *   d-10 Q 10 V 20 avg 2;  d-8 Q 20 V 70 avg 3.5;  d-5 ship 5: COGS 17.5, Q 15 V 52.5
 */
describe('a back-dated receipt', () => {
  it('changes the average from when it occurred, and the cost of later sales', async () => {
    const { id: productId } = await givenProduct(server, { category: 'Backdated' });
    const { id: locationId } = await givenLocation(server);
    await receive(productId, locationId, 10, '2', daysAgo(10));
    await ship(productId, locationId, 5, '5', 'Gamma', daysAgo(5));
    const range = { from: daysAgo(11), to: new Date(Date.now() + 60_000).toISOString(), category: 'Backdated' };
    expect(await cost(productId)).toMatchObject({ averageCost: '2', inventoryValue: '10' });
    expect((await sales(range)).totals).toMatchObject({ units: 5, revenue: '25', costOfGoodsSold: '10', margin: '15' });

    await receive(productId, locationId, 10, '5', daysAgo(8));

    expect(await cost(productId)).toEqual({ averageCost: '3.5', inventoryValue: '52.5', onHand: 15 });
    expect((await sales(range)).totals).toMatchObject({ costOfGoodsSold: '17.5', margin: '7.5' });
    const at = async (days: number) => (await valuation({ at: daysAgo(days), category: 'Backdated' })).totalValue;
    expect([await at(11), await at(9), await at(7), await at(1)]).toEqual(['0', '20', '70', '52.5']);
    const byLocation = async (days: number) =>
      (await valuation({ at: daysAgo(days), category: 'Backdated', groupBy: 'LOCATION' })).totalValue;
    expect([await byLocation(9), await byLocation(7), await byLocation(1)]).toEqual(['20', '70', '52.5']);
  });
});

describe('valuation figures', () => {
  it('groups by category, pages the rows by value, and totals every row', async () => {
    const { id: location } = await givenLocation(server);
    // Category Paging: three products worth 30, 20 and 10; category Other: one worth 5.
    for (const [worth, category] of [
      ['3', 'Paging'],
      ['2', 'Paging'],
      ['1', 'Paging'],
      ['0.5', 'PagingOther'],
    ] as const) {
      const { id } = await givenProduct(server, { category });
      await receive(id, location, 10, worth);
    }
    const first = await valuation({ locationId: location, first: 2 });
    expect(first.nodes.map((row) => row.value)).toEqual(['30', '20']);
    expect(first).toMatchObject({ totalCount: 4, totalQuantity: 40, totalValue: '65' });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await valuation({ locationId: location, first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((row) => row.value)).toEqual(['10', '5']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const byCategory = await valuation({ locationId: location, groupBy: 'CATEGORY' });
    expect(byCategory.nodes.map((row) => [row.key, row.quantity, row.averageCost, row.value])).toEqual([
      ['Paging', 30, '2', '60'],
      ['PagingOther', 10, '0.5', '5'],
    ]);
  });

  it('values units that left at the average and never goes below zero', async () => {
    const { id: productId } = await givenProduct(server);
    const { id: locationId } = await givenLocation(server);
    // 3 @ 1 and 3 @ 2: avg 1.5; writing 6 off empties the stock, which keeps its last average.
    await receive(productId, locationId, 3, '1');
    await receive(productId, locationId, 3, '2');
    await givenMovement(server, 'writeOff', { productId, locationId, quantity: 6, reason: 'DAMAGED' });
    expect(await cost(productId)).toEqual({ averageCost: '1.5', inventoryValue: '0', onHand: 0 });
  });

  it('has no average cost before the first costed receipt', async () => {
    const { id } = await givenProduct(server);
    expect(await cost(id)).toEqual({ averageCost: null, inventoryValue: '0', onHand: 0 });
  });

  it('costs a catalogue page a fixed number of statements, whatever its size', async () => {
    const { id: locationId } = await givenLocation(server);
    for (let i = 0; i < 12; i += 1) {
      const { id } = await givenProduct(server, { sku: `COSTCNT-${i}` });
      await receive(id, locationId, 2, '3');
    }
    const statementsFor = async (first: number) => {
      const before = server.database.statementCount();
      const { products } = await server.query(CatalogueCostsDocument, { first, filter: { search: 'COSTCNT-' } });
      expect(products.nodes).toHaveLength(first);
      expect(products.nodes.every((row) => row.averageCost === '3' && row.inventoryValue === '6')).toBe(true);
      return server.database.statementCount() - before;
    };
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });
});

/**
 * Refolds the product's whole cost ledger from its first movement (the loop of
 * refresh_movement_costs) in a transaction rolled back afterwards, and expects every row and the
 * product's position to equal what the writes folded one by one (appends set-based, back-dated
 * writes by the loop). Returns the rows.
 */
async function expectFoldFromScratch(productId: string): Promise<Array<Record<string, string>>> {
  const client = new Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const rows = async () =>
      (
        await client.query<Record<string, string>>(
          `SELECT movement_id, quantity_change, unit_cost, quantity_after, value_after, average_cost_after, location_id
           FROM movement_cost WHERE product_id = $1 ORDER BY occurred_at, movement_id`,
          [rowIdOf(productId)],
        )
      ).rows;
    const position = async () =>
      (
        await client.query('SELECT quantity, value, average_cost FROM product_cost WHERE product_id = $1', [
          rowIdOf(productId),
        ])
      ).rows;
    const [folded, kept] = [await rows(), await position()];
    await client.query('BEGIN');
    await client.query(`SELECT refresh_movement_cost($1, '-infinity', 0)`, [rowIdOf(productId)]);
    const [refolded, recomputed] = [await rows(), await position()];
    await client.query('ROLLBACK');
    expect(folded).toEqual(refolded);
    expect(kept).toEqual(recomputed);
    return folded;
  } finally {
    await client.end();
  }
}

describe('the cost ledger under concurrency', () => {
  it('equals a fold from scratch after concurrent receipts, sales and transfers at two locations', async () => {
    const { id: productId } = await givenProduct(server);
    const [a, b] = [(await givenLocation(server)).id, (await givenLocation(server)).id];
    await receive(productId, a, 50, '1');
    await receive(productId, b, 50, '1');
    // Each location's levels are locked separately, so only the per-product fold lock keeps these
    // from racing on the running average.
    await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const [here, there] = i % 2 === 0 ? [a, b] : [b, a];
        if (i % 3 === 0)
          return server.send(ReceiveStockDocument, {
            input: { productId, locationId: here, quantity: 1 + (i % 4), unitCost: `${1 + (i % 7)}.25` },
          });
        if (i % 3 === 1)
          return server.send(ShipStockDocument, { input: { productId, locationId: here, quantity: 1 + (i % 3) } });
        return server.send(TransferStockDocument, {
          input: { productId, fromLocationId: here, toLocationId: there, quantity: 2 },
        });
      }),
    );
    const folded = await expectFoldFromScratch(productId);
    expect(folded.length).toBeGreaterThan(40);
    expect(Number(folded.at(-1)!.quantity_after)).toBe((await cost(productId)).onHand);
  });

  it('folds each append as a fold from scratch would: no cost, down to zero, transfers, reversals', async () => {
    const { id: productId } = await givenProduct(server);
    const [a, b] = [(await givenLocation(server)).id, (await givenLocation(server)).id];
    // Each write appends one movement, folded set-based: units found (no cost) before any cost is
    // known, receipts at costs, sales down to zero, a transfer, reversals of a sale and of a
    // receipt, a write-off.
    await givenMovement(server, 'adjust', { productId, locationId: a, delta: 4 });
    const first = await receive(productId, a, 6, '2.5');
    await receive(productId, b, 3, '7.3333');
    await ship(productId, a, 10, '9', 'Zero');
    await ship(productId, b, 3, '9', 'Zero');
    // Average 1/3, rounded down: selling all three leaves a remainder the empty position drops.
    await receive(productId, a, 1, '1');
    await receive(productId, a, 2, '0');
    await ship(productId, a, 3, '9', 'Zero');
    await receive(productId, b, 5, '1.1');
    await givenMovement(server, 'transfer', { productId, fromLocationId: b, toLocationId: a, quantity: 2 });
    const sale = await ship(productId, a, 1, '4', 'Acme');
    await reverse(sale);
    await receive(productId, a, 10, '4.75');
    await reverse(first);
    await givenMovement(server, 'writeOff', { productId, locationId: b, quantity: 1 });
    await receive(productId, b, 7, '0.3333');
    const folded = await expectFoldFromScratch(productId);
    expect(folded).toHaveLength(16);
    expect(Number(folded.at(-1)!.quantity_after)).toBe((await cost(productId)).onHand);
  });
});

describe('bad report requests', () => {
  it('refuses a range that ends before it starts, with a clear error', async () => {
    const response = await server.send(SalesReportDocument, { from: daysAgo(1), to: daysAgo(2) });
    expect(errorCode(response)).toBe('INVALID_DATE_RANGE');
    expect(response.body.errors?.[0]?.message).toMatch(/later than `to`/);
    expect(response.status).toBe(200);
  });

  it('answers an empty range with no rows and zero totals', async () => {
    const now = new Date().toISOString();
    const report = await sales({ from: now, to: now });
    expect(report).toMatchObject({ rows: [], rowCount: 0, totals: { units: 0, revenue: '0', costOfGoodsSold: '0' } });
    const quiet = await sales({ from: daysAgo(400), to: daysAgo(399) });
    expect(quiet.rows).toEqual([]);
  });

  it('says NOT_FOUND for IDs that name nothing and INVALID_ID for malformed ones', async () => {
    const nowhere = globalIdOf('Location', '00000000-0000-4000-8000-000000000000');
    const nothing = globalIdOf('Product', '00000000-0000-4000-8000-000000000000');
    expect(errorCode(await server.send(InventoryValuationDocument, { locationId: nowhere }))).toBe('NOT_FOUND');
    const range = { from: daysAgo(2), to: daysAgo(1) };
    expect(errorCode(await server.send(SalesReportDocument, { ...range, productId: nothing }))).toBe('NOT_FOUND');
    expect(errorCode(await server.send(SalesReportDocument, { ...range, locationId: nowhere }))).toBe('NOT_FOUND');
    expect(errorCode(await server.send(SalesReportDocument, { ...range, locationId: 'bogus' }))).toBe('INVALID_ID');
    expect(errorCode(await server.send(InventoryValuationDocument, { first: 101 }))).toBe('PAGE_SIZE_EXCEEDED');
    expect(errorCode(await server.send(InventoryValuationDocument, { after: 'nope' }))).toBe('INVALID_CURSOR');
  });

  it('keeps costs from callers below MANAGER', async () => {
    const clerk = await givenSignedInUser(server, 'CLERK');
    const { id } = await givenProduct(server);
    const response = await clerk.caller.send(ProductCostDocument, { id });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(errorCode(await clerk.caller.send(InventoryValuationDocument, {}))).toBe('FORBIDDEN');
  });
});
