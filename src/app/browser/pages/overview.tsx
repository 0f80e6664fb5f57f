// The overview: cards (stock value and units now, products below their reorder point, sales and
// margin over the last 30 days against the 30 before) and charts over a date range (stock value at
// the end of each week or month, units moved per day by kind, sales and margin by category, top
// products). Filters: location and date range, kept in the address. Its data comes in two requests
// (OverviewCards, OverviewCharts). Every figure is a report of MANAGER and above.
import { useMemo, useState } from 'react';
import { canRole, useQuery, useViewer } from '../api';
import { Chart, type ChartSeries } from '../components/chart';
import { ErrorNotice, Loading } from '../components/status';
import { change, formatCount, formatDay, formatMoney, formatPercent, fromDateInput, toDateInput } from '../format';
import {
  OverviewCardsDocument,
  OverviewChartsDocument,
  type OverviewCardsQuery,
  type OverviewChartsQuery,
  type OverviewSalesRowFragment,
} from '../generated/graphql';
import { Link, setSearch, useAppLocation } from '../router';

const DAY_MS = 86_400_000;
/** The longest range the charts take: a year (movements per day stay readable, points stay few). */
const MAX_RANGE_DAYS = 366;
/** Up to this many days, stock value is shown at the end of each week; beyond, of each month. */
const WEEKLY_UP_TO_DAYS = 120;
const DEFAULT_RANGE_DAYS = 90;

const money = (value: number) => formatMoney(value);
const units = (value: number) => formatCount(value);

export function OverviewPage() {
  const viewer = useViewer();
  if (!canRole(viewer.role, 'MANAGER')) {
    return (
      <p className="notice">
        The overview&apos;s figures (stock value, sales, margins) are for managers. Your role,{' '}
        {viewer.role.toLowerCase()}, can look up products and locations from the navigation.
      </p>
    );
  }
  return <ManagerOverview />;
}

/** The range and location in the address, or the defaults: the last 90 days, every location. */
function useFilters() {
  const { search } = useAppLocation();
  const [today] = useState(() => new Date());
  const lastDay = fromDateInput(search.get('to')) ?? new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const firstDay = fromDateInput(search.get('from')) ?? new Date(lastDay.getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  return { locationId: search.get('location') || null, firstDay, lastDay };
}

function ManagerOverview() {
  const { locationId, firstDay, lastDay } = useFilters();
  // "Now" for the cards, fixed while the page is open (a refresh moves it).
  const [now] = useState(() => new Date());
  const cardVariables = useMemo(
    () => ({
      locationId,
      now: now.toISOString(),
      split: new Date(now.getTime() - 30 * DAY_MS).toISOString(),
      before: new Date(now.getTime() - 60 * DAY_MS).toISOString(),
    }),
    [locationId, now],
  );
  const cards = useQuery(OverviewCardsDocument, cardVariables);

  // The range is whole local days: from the first day's start to the day after the last one.
  const to = new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1);
  const days = Math.round((to.getTime() - firstDay.getTime()) / DAY_MS);
  const rangeProblem =
    days < 1
      ? 'The first day must not be after the last.'
      : days > MAX_RANGE_DAYS
        ? `Choose at most ${MAX_RANGE_DAYS} days.`
        : null;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const charts = useQuery(
    OverviewChartsDocument,
    {
      locationId,
      from: firstDay.toISOString(),
      to: to.toISOString(),
      valueInterval: days <= WEEKLY_UP_TO_DAYS ? 'WEEK' : 'MONTH',
      timeZone,
    },
    { skip: rangeProblem !== null },
  );

  return (
    <>
      <Filters
        locations={cards.data?.locations.nodes ?? []}
        locationId={locationId}
        firstDay={firstDay}
        lastDay={lastDay}
        problem={rangeProblem}
      />
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading" className="visually-hidden">
          Now and the last 30 days
        </h2>
        <ErrorNotice error={cards.error} />
        {cards.data ? <Cards data={cards.data} /> : cards.loading && <Loading what="Loading the figures…" />}
      </section>
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading" className="visually-hidden">
          {formatDay(firstDay)} to {formatDay(lastDay)}
        </h2>
        <ErrorNotice error={charts.error} />
        {rangeProblem ? null : charts.data ? (
          <Charts data={charts.data} atLocation={locationId !== null} />
        ) : (
          charts.loading && <Loading what="Loading the charts…" />
        )}
      </section>
    </>
  );
}

function Filters({
  locations,
  locationId,
  firstDay,
  lastDay,
  problem,
}: {
  locations: OverviewCardsQuery['locations']['nodes'];
  locationId: string | null;
  firstDay: Date;
  lastDay: Date;
  problem: string | null;
}) {
  return (
    <form className="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="overview-location">Location</label>
        <select
          id="overview-location"
          value={locationId ?? ''}
          onChange={(event) => setSearch({ location: event.target.value })}
        >
          <option value="">All locations</option>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.code} · {location.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="overview-from">From</label>
        <input
          id="overview-from"
          type="date"
          value={toDateInput(firstDay)}
          onChange={(event) => event.target.value && setSearch({ from: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="overview-to">To</label>
        <input
          id="overview-to"
          type="date"
          value={toDateInput(lastDay)}
          onChange={(event) => event.target.value && setSearch({ to: event.target.value })}
          aria-describedby={problem ? 'overview-range-problem' : undefined}
        />
      </div>
      {problem && (
        <p id="overview-range-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

function Trend({ now, before, format }: { now: number; before: number; format: (value: number) => string }) {
  const delta = change(now, before);
  return (
    <p className="detail">
      {format(before)} the 30 days before
      {delta !== null && (
        <>
          {' '}
          <span className={delta >= 0 ? 'up' : 'down'}>
            ({delta >= 0 ? '+' : ''}
            {formatPercent(delta)})
          </span>
        </>
      )}
    </p>
  );
}

function Cards({ data }: { data: OverviewCardsQuery }) {
  const salesNow = data.salesNow.totals;
  const salesBefore = data.salesBefore.totals;
  return (
    <ul className="cards">
      <li className="card" data-card="stock-value">
        <h2>Stock value now</h2>
        <p className="figure">{formatMoney(data.valuation.totalValue)}</p>
        <p className="detail">at moving average cost</p>
      </li>
      <li className="card" data-card="units">
        <h2>Units on hand</h2>
        <p className="figure">{formatCount(data.valuation.totalQuantity)}</p>
      </li>
      <li className="card" data-card="low-stock">
        <h2>Below reorder point</h2>
        <p className="figure">{formatCount(data.lowStock.totalCount)}</p>
        <p className="detail">
          <Link to="/low-stock">See low stock</Link>
        </p>
      </li>
      <li className="card" data-card="sales">
        <h2>Sales, last 30 days</h2>
        <p className="figure">{formatMoney(salesNow.revenue)}</p>
        <Trend now={Number(salesNow.revenue)} before={Number(salesBefore.revenue)} format={money} />
      </li>
      <li className="card" data-card="margin">
        <h2>Margin, last 30 days</h2>
        <p className="figure">{formatMoney(salesNow.margin)}</p>
        {salesNow.marginPercent !== null && salesNow.marginPercent !== undefined && (
          <p className="detail">{formatPercent(salesNow.marginPercent)} of sales</p>
        )}
        <Trend now={Number(salesNow.margin)} before={Number(salesBefore.margin)} format={money} />
      </li>
    </ul>
  );
}

type Bucket = OverviewChartsQuery['movementSummary']['buckets'][number];
type Kind = [name: string, units: (bucket: Bucket) => number];

function Charts({ data, atLocation }: { data: OverviewChartsQuery; atLocation: boolean }) {
  const value = useMemo(
    () => ({
      categories: data.valuationHistory.map((point) => formatDay(point.at)),
      series: [{ name: 'Stock value', values: data.valuationHistory.map((point) => Number(point.totalValue)) }],
    }),
    [data.valuationHistory],
  );
  const movements = useMemo(() => {
    const buckets = data.movementSummary.buckets;
    // Company-wide, a transfer is both into and out of somewhere: counted once.
    const transfers: Kind[] = atLocation
      ? [
          ['Transferred in', (bucket) => bucket.transferredIn],
          ['Transferred out', (bucket) => bucket.transferredOut],
        ]
      : [['Transferred', (bucket) => bucket.transferredIn]];
    const kinds: Kind[] = [
      ['Received', (bucket) => bucket.received],
      ['Shipped', (bucket) => bucket.shipped],
      ['Returned', (bucket) => bucket.returned],
      ...transfers,
      ['Adjusted', (bucket) => bucket.adjusted],
      ['Written off', (bucket) => bucket.writtenOff],
    ];
    const series: ChartSeries[] = kinds.map(([name, of]) => ({ name, values: buckets.map(of), stack: 'units' }));
    return { categories: buckets.map((bucket) => formatDay(bucket.start)), series };
  }, [data.movementSummary, atLocation]);
  const categories = useMemo(
    () => ({
      categories: data.byCategory.rows.map((row) => row.key || 'No category'),
      series: [
        { name: 'Sales', values: data.byCategory.rows.map((row) => Number(row.revenue)) },
        { name: 'Margin', values: data.byCategory.rows.map((row) => Number(row.margin)) },
      ],
    }),
    [data.byCategory],
  );

  return (
    <div className="panels">
      <div className="panel">
        <Chart
          title="Stock value over time"
          kind="line"
          categoryLabel="Valued at"
          categories={value.categories}
          series={value.series}
          format={money}
        />
      </div>
      <div className="panel">
        <Chart
          title="Units moved per day, by kind"
          kind="bar"
          categoryLabel="Day"
          categories={movements.categories}
          series={movements.series}
          format={units}
        />
      </div>
      <div className="panel">
        <Chart
          title="Sales and margin by category"
          kind="bar"
          horizontal
          categoryLabel="Category"
          categories={categories.categories}
          series={categories.series}
          format={money}
          empty="No sales in this range."
        />
      </div>
      <div className="panel">
        <TopProducts title="Top products by sales" rows={data.topBySales.rows} />
      </div>
      <div className="panel">
        <TopProducts title="Top products by margin" rows={data.topByMargin.rows} />
      </div>
    </div>
  );
}

function TopProducts({ title, rows }: { title: string; rows: readonly OverviewSalesRowFragment[] }) {
  return (
    <>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">No sales in this range.</p>
      ) : (
        <div className="table-wrap">
          <table className="top-products">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col" className="number">
                  Units
                </th>
                <th scope="col" className="number">
                  Sales
                </th>
                <th scope="col" className="number">
                  Margin
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.product ? (
                      <Link to={`/products/${encodeURIComponent(row.product.id)}`}>
                        {row.product.sku} · {row.product.name}
                      </Link>
                    ) : (
                      row.key
                    )}
                  </th>
                  <td className="number">{formatCount(row.units)}</td>
                  <td className="number">{formatMoney(row.revenue)}</td>
                  <td className="number">{formatMoney(row.margin)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
