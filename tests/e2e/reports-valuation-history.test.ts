// valuationHistory (the web app's stock-value chart): one point at the end of each day, week or month,
// each equal to inventoryValuation(at:) for that moment; and the sales report's ranking by revenue.
import {
  InventoryValuationDocument,
  SalesReportDocument,
  ValuationHistoryDocument,
  type ValuationHistoryQueryVariables,
} from '../generated/graphql';
import { givenLocation, givenMovement, givenProduct, givenSignedInUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DAY = 86_400_000;
/** Midnight UTC `n` days before today's, so days and weeks in UTC line up with the test's dates. */
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
const dayStart = (n: number) => new Date(today - n * DAY);
const noonOf = (n: number) => new Date(today - n * DAY + 12 * 3_600_000).toISOString();

const errorCode = (response: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) =>
  response.body.errors?.[0]?.extensions?.code;

async function history(variables: ValuationHistoryQueryVariables) {
  return (await server.query(ValuationHistoryDocument, variables)).valuationHistory;
}

describe('valuation history', () => {
  it('values the stock at the end of each day, as inventoryValuation(at:) does', async () => {
    const { id: productId } = await givenProduct(server, { category: 'HistoryDays' });
    const { id: locationId } = await givenLocation(server);
    // Day -5: 10 @ 2 (20). Day -3: 10 @ 4, average 3 (60). Day -2: 5 shipped (45).
    await givenMovement(server, 'receive', {
      productId,
      locationId,
      quantity: 10,
      unitCost: '2',
      occurredAt: noonOf(5),
    });
    await givenMovement(server, 'receive', {
      productId,
      locationId,
      quantity: 10,
      unitCost: '4',
      occurredAt: noonOf(3),
    });
    await givenMovement(server, 'ship', { productId, locationId, quantity: 5, unitPrice: '9', occurredAt: noonOf(2) });

    const points = await history({
      from: dayStart(6).toISOString(),
      to: dayStart(1).toISOString(),
      interval: 'DAY',
      locationId,
    });

    // Days -6 to -2, each valued at its end (the next day's midnight).
    expect(points.map((point) => [point.at, point.totalQuantity, point.totalValue])).toEqual([
      [dayStart(5).toISOString(), 0, '0'],
      [dayStart(4).toISOString(), 10, '20'],
      [dayStart(3).toISOString(), 10, '20'],
      [dayStart(2).toISOString(), 20, '60'],
      [dayStart(1).toISOString(), 15, '45'],
    ]);
    for (const point of points) {
      const { inventoryValuation } = await server.query(InventoryValuationDocument, { at: point.at, locationId });
      expect([inventoryValuation.totalQuantity, inventoryValuation.totalValue]).toEqual([
        point.totalQuantity,
        point.totalValue,
      ]);
    }
    // Company-wide, narrowed to the category, the figures are the same.
    const byCategory = await history({
      from: dayStart(6).toISOString(),
      to: dayStart(1).toISOString(),
      interval: 'DAY',
      category: 'historydays',
    });
    expect(byCategory.map((point) => point.totalValue)).toEqual(['0', '20', '20', '60', '45']);
  });

  it('puts no point after now: the interval under way is valued now', async () => {
    const points = await history({
      from: dayStart(1).toISOString(),
      to: new Date(today + 3 * DAY).toISOString(),
      interval: 'DAY',
    });
    // Yesterday (ending at today's midnight) and today (valued now); none for the days after.
    expect(points).toHaveLength(2);
    expect(points[0]!.at).toBe(dayStart(0).toISOString());
    expect(Date.parse(points[1]!.at)).toBeGreaterThan(today);
    expect(Date.parse(points[1]!.at)).toBeLessThanOrEqual(Date.now());
  });

  it('refuses bad ranges, zones and callers with typed errors', async () => {
    const send = (variables: ValuationHistoryQueryVariables) => server.send(ValuationHistoryDocument, variables);
    const range = { from: dayStart(10).toISOString(), to: dayStart(1).toISOString() };
    expect(errorCode(await send({ from: range.to, to: range.from }))).toBe('INVALID_DATE_RANGE');
    // 60 days are 60 points, the most allowed; 61 are one too many.
    expect(await history({ ...range, interval: 'DAY', from: dayStart(61).toISOString() })).toHaveLength(60);
    expect(errorCode(await send({ ...range, interval: 'DAY', from: dayStart(62).toISOString() }))).toBe(
      'RANGE_TOO_LARGE',
    );
    expect(errorCode(await send({ ...range, timeZone: 'Mars/Olympus' }))).toBe('INVALID_TIME_ZONE');
    expect(errorCode(await send({ ...range, locationId: 'bogus' }))).toBe('INVALID_ID');
    const clerk = await givenSignedInUser(server, 'CLERK');
    expect(errorCode(await clerk.caller.send(ValuationHistoryDocument, range))).toBe('FORBIDDEN');
  });
});

describe('the sales report ranked by revenue', () => {
  it('ranks by the amount, not by its text ("968.10" above "99.30")', async () => {
    const { id: locationId } = await givenLocation(server);
    const small = await givenProduct(server, { sku: 'RANK-SMALL' });
    const large = await givenProduct(server, { sku: 'RANK-LARGE' });
    for (const product of [small, large]) {
      await givenMovement(server, 'receive', { productId: product.id, locationId, quantity: 10, unitCost: '1' });
    }
    await givenMovement(server, 'ship', { productId: small.id, locationId, quantity: 1, unitPrice: '99.30' });
    await givenMovement(server, 'ship', { productId: large.id, locationId, quantity: 1, unitPrice: '968.10' });

    const range = { from: new Date(Date.now() - DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString() };
    for (const orderBy of ['REVENUE', 'MARGIN'] as const) {
      const { salesReport } = await server.query(SalesReportDocument, { ...range, locationId, orderBy });
      expect(salesReport.rows.map((row) => row.key)).toEqual(['RANK-LARGE', 'RANK-SMALL']);
    }
  });
});
