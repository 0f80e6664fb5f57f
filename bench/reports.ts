// The report requests the benchmark loads, one run each: every report of #6 with filters and ranges
// a manager would use on a two-year ledger.
const DAY = 86_400_000;

export interface ReportRequest {
  label: string;
  query: string;
  /** Variables of the n-th request; rotating products keeps per-product reports off one cache line. */
  variables(n: number): Record<string, unknown>;
}

export function reportRequests(context: { hotProducts: string[]; locations: string[]; now: number }): ReportRequest[] {
  const { hotProducts, locations, now } = context;
  const ago = (days: number) => new Date(now - days * DAY).toISOString();
  const product = (n: number) => hotProducts[n % hotProducts.length]!;
  const location = (n: number) => locations[n % locations.length]!;
  return [
    {
      label: 'inventoryValuation now, by product, first 50',
      query: `{ inventoryValuation(first: 50) { totalCount totalQuantity totalValue nodes { key quantity averageCost value } } }`,
      variables: () => ({}),
    },
    {
      label: 'inventoryValuation 90 days ago, by location',
      query: `query($at: DateTime) { inventoryValuation(at: $at, groupBy: LOCATION) { totalValue nodes { key quantity value } } }`,
      variables: () => ({ at: ago(90) }),
    },
    {
      label: 'inventoryValuation 1 year ago, by category, one location',
      query: `query($at: DateTime, $loc: ID) { inventoryValuation(at: $at, groupBy: CATEGORY, locationId: $loc) { totalValue nodes { key quantity value } } }`,
      variables: (n) => ({ at: ago(365), loc: location(n) }),
    },
    {
      label: 'lowStock company-wide, first 50, with days of cover',
      query: `{ lowStock(first: 50) { totalCount nodes { product { sku } available reorderPoint suggestedOrderQuantity daysOfCover } } }`,
      variables: () => ({}),
    },
    {
      label: 'movementSummary 90 days by day, company-wide',
      query: `query($from: DateTime!, $to: DateTime!) { movementSummary(from: $from, to: $to, interval: DAY) { totals { received shipped net } buckets { start received shipped transferredIn transferredOut adjusted writtenOff net } } }`,
      variables: () => ({ from: ago(90), to: ago(0) }),
    },
    {
      label: 'movementSummary 2 years by month, one location',
      query: `query($from: DateTime!, $to: DateTime!, $loc: ID) { movementSummary(from: $from, to: $to, interval: MONTH, locationId: $loc) { buckets { start received shipped transferredIn transferredOut net } } }`,
      variables: (n) => ({ from: ago(730), to: ago(0), loc: location(n) }),
    },
    {
      label: 'salesReport 30 days by product, by margin, top 20',
      query: `query($from: DateTime!, $to: DateTime!) { salesReport(from: $from, to: $to, groupBy: PRODUCT, orderBy: MARGIN, first: 20) { rowCount totals { units revenue costOfGoodsSold margin } rows { key units revenue costOfGoodsSold margin } } }`,
      variables: () => ({ from: ago(30), to: ago(0) }),
    },
    {
      label: 'salesReport 1 year by customer',
      query: `query($from: DateTime!, $to: DateTime!) { salesReport(from: $from, to: $to, groupBy: COUNTERPARTY) { rowCount totals { units revenue margin } rows { key units revenue margin } } }`,
      variables: () => ({ from: ago(365), to: ago(0) }),
    },
    {
      label: '5 similar products by text alone (hot products)',
      query: `query($id: ID!) { product(id: $id) { similar(first: 5, weights: { price: 0, category: 0, text: 1 }) { score textScore product { sku } } } }`,
      variables: (n) => ({ id: product(n) }),
    },
    {
      label: 'product costs, days of cover and 5 similar products (hot products)',
      query: `query($id: ID!) { product(id: $id) { sku averageCost inventoryValue daysOfCover similar(first: 5) { score product { sku } } } }`,
      variables: (n) => ({ id: product(n) }),
    },
  ];
}
