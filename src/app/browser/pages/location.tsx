// The location page: its stock levels, paged on the cursor connection, with a search over the
// products; and (MANAGER and above, as the API decides) its movement summary chart.
import './stock-pages.css';
import { useMemo, useState, type FormEvent } from 'react';
import { canRole, useQuery, useViewer } from '../api';
import {
  LocationMovementSummaryDocument,
  LocationPageDocument,
  LocationStockDocument,
  LocationStockSearchDocument,
  type LocationStockFiguresFragment,
  type SummaryInterval,
} from '../generated/graphql';
import type { PageProps } from '../routes';
import { Link, setSearch, useAppLocation } from '../router';
import { Chart } from '../components/chart';
import { formatCount, formatDay, formatEnum, formatNumberOf } from './figures';
import { NO_ERRORS, SelectField } from './form-fields';

export const LOCATION_PAGE_SIZE = 20;

/** The figures of a level, in table order (no costs: a level has none). */
const FIGURES = [
  ['onHand', 'On hand'],
  ['available', 'Available'],
  ['reserved', 'Reserved'],
  ['committed', 'Committed'],
  ['damaged', 'Damaged'],
  ['qualityControl', 'Quality control'],
  ['safetyStock', 'Safety stock'],
  ['incoming', 'Incoming'],
] as const satisfies ReadonlyArray<readonly [keyof LocationStockFiguresFragment, string]>;

export function LocationPage({ params }: PageProps) {
  const id = params.id ?? '';
  return <LocationView key={id} id={id} />;
}

function LocationView({ id }: { id: string }) {
  const { role } = useViewer();
  const page = useQuery(LocationPageDocument, { id });
  const location = page.data?.location;

  if (!location) {
    return (
      <>
        <h1>Location</h1>
        {page.error ? (
          <p role="alert" className="error">
            {page.error.message}
          </p>
        ) : (
          <p>{page.loading ? 'Loading…' : 'No location has this ID.'}</p>
        )}
      </>
    );
  }
  return (
    <div className="location-page">
      <p className="muted eyebrow">
        {formatEnum(location.kind)} · {location.code}
        {!location.active && ' · Archived'}
      </p>
      <h1>{location.name}</h1>
      {location.address && <p className="address">{location.address}</p>}
      <section className="panel" aria-labelledby="location-stock">
        <h2 id="location-stock">Stock here</h2>
        <LocationStock locationId={location.id} />
      </section>
      {canRole(role, 'MANAGER') && (
        <section className="panel" aria-labelledby="location-summary">
          <h2 id="location-summary">Movements</h2>
          <MovementSummary locationId={location.id} code={location.code} />
        </section>
      )}
    </div>
  );
}

/** Where the table is in the connection: after or before a cursor, and the page's number. */
interface Position {
  after?: string;
  before?: string;
  page: number;
}

interface Row {
  product: { id: string; sku: string; name: string; unit: string };
  level: LocationStockFiguresFragment | null;
}

function LocationStock({ locationId }: { locationId: string }) {
  const { search } = useAppLocation();
  const term = search.get('q') ?? '';
  const [text, setText] = useState(term);
  const [position, setPosition] = useState<Position>({ page: 1 });
  const paging = position.before
    ? { last: LOCATION_PAGE_SIZE, before: position.before }
    : { first: LOCATION_PAGE_SIZE, after: position.after ?? null };
  const levels = useQuery(LocationStockDocument, { id: locationId, ...paging }, { skip: term !== '' });
  const matches = useQuery(
    LocationStockSearchDocument,
    { id: locationId, search: term, ...paging },
    { skip: term === '' },
  );

  const connection = term ? matches.data?.products : levels.data?.location?.stockLevels;
  const rows: Row[] = term
    ? (matches.data?.products.nodes ?? []).map((product) => ({ product, level: product.stockLevels[0] ?? null }))
    : (levels.data?.location?.stockLevels.nodes ?? []).map((level) => ({ product: level.product, level }));
  const state = term ? matches : levels;

  const find = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPosition({ page: 1 });
    setSearch({ q: text.trim() });
  };
  const clear = () => {
    setText('');
    setPosition({ page: 1 });
    setSearch({ q: null });
  };

  return (
    <>
      <form role="search" className="filters" onSubmit={find} aria-label="Search this location's stock">
        <div className="field">
          <label htmlFor="location-search">Search products</label>
          <input
            id="location-search"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="SKU, name or description"
          />
        </div>
        <button type="submit">Search</button>
        {term && (
          <button type="button" className="secondary" onClick={clear}>
            Clear
          </button>
        )}
      </form>
      {state.error && (
        <p role="alert" className="error">
          {state.error.message}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {connection
          ? term
            ? `${formatNumberOf(connection.totalCount, 'product matches', 'products match')} “${term}”; page ${position.page}.`
            : `${formatNumberOf(connection.totalCount, 'product')} held here; page ${position.page}.`
          : 'Loading…'}
      </p>
      <div className="table-wrap" role="region" aria-label="Stock at this location" tabIndex={0}>
        <table className="location-stock" aria-busy={state.loading}>
          <thead>
            <tr>
              <th scope="col">Product</th>
              {FIGURES.map(([key, label]) => (
                <th scope="col" className="number" key={key}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ product, level }) => (
              <tr key={product.id} data-sku={product.sku}>
                <th scope="row">
                  <Link to={`/products/${encodeURIComponent(product.id)}`}>{product.sku}</Link>{' '}
                  <span className="muted">{product.name}</span>
                </th>
                {level ? (
                  FIGURES.map(([key]) => (
                    <td className="number" key={key} data-figure={key}>
                      {formatCount(level[key])}
                    </td>
                  ))
                ) : (
                  <td colSpan={FIGURES.length} className="muted">
                    Never held here
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="toolbar" aria-label="Pages of stock">
        <button
          type="button"
          className="secondary"
          disabled={!connection?.pageInfo.hasPreviousPage || state.loading}
          onClick={() =>
            connection?.pageInfo.startCursor &&
            setPosition((previous) => ({
              before: connection.pageInfo.startCursor ?? undefined,
              page: Math.max(1, previous.page - 1),
            }))
          }
        >
          Previous page
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!connection?.pageInfo.hasNextPage || state.loading}
          onClick={() =>
            connection?.pageInfo.endCursor &&
            setPosition((previous) => ({ after: connection.pageInfo.endCursor ?? undefined, page: previous.page + 1 }))
          }
        >
          Next page
        </button>
      </nav>
    </>
  );
}

const KINDS = [
  ['received', 'Received'],
  ['shipped', 'Shipped'],
  ['returned', 'Returned'],
  ['transferredIn', 'Transferred in'],
  ['transferredOut', 'Transferred out'],
  ['adjusted', 'Adjusted'],
  ['writtenOff', 'Written off'],
  ['net', 'Net change'],
] as const;

/** The range each bucket size covers, ending at the start of tomorrow (UTC) so today counts in full. */
const RANGES: Record<SummaryInterval, { label: string; days: number }> = {
  DAY: { label: 'Daily, last 30 days', days: 30 },
  WEEK: { label: 'Weekly, last 12 weeks', days: 84 },
  MONTH: { label: 'Monthly, last 12 months', days: 365 },
};

function rangeOf(interval: SummaryInterval, now: Date): { from: string; to: string } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const from = new Date(to);
  if (interval === 'MONTH') from.setUTCMonth(from.getUTCMonth() - 12);
  else from.setUTCDate(from.getUTCDate() - RANGES[interval].days);
  return { from: from.toISOString(), to: to.toISOString() };
}

function MovementSummary({ locationId, code }: { locationId: string; code: string }) {
  const [interval, setBucket] = useState<SummaryInterval>('WEEK');
  const [now] = useState(() => new Date());
  const range = useMemo(() => rangeOf(interval, now), [interval, now]);
  const summary = useQuery(LocationMovementSummaryDocument, { id: locationId, interval, ...range });
  const buckets = useMemo(() => summary.data?.movementSummary.buckets ?? [], [summary.data]);
  const categories = useMemo(() => buckets.map((bucket) => formatDay(bucket.start)), [buckets]);
  // What moved, stacked by kind, and the net change beside it.
  const series = useMemo(
    () =>
      KINDS.map(([key, name]) => ({
        name,
        values: buckets.map((bucket) => bucket[key]),
        stack: key === 'net' ? undefined : 'moved',
      })),
    [buckets],
  );
  const unit = interval === 'DAY' ? 'day' : interval === 'WEEK' ? 'week' : 'month';

  return (
    <>
      <div className="filters">
        <SelectField
          label="Buckets"
          name="interval"
          value={interval}
          onValue={(value) => setBucket(value === 'DAY' || value === 'MONTH' ? value : 'WEEK')}
          errors={NO_ERRORS}
          options={(Object.keys(RANGES) as SummaryInterval[]).map((key) => ({ value: key, label: RANGES[key].label }))}
        />
      </div>
      {summary.error && (
        <p role="alert" className="error">
          {summary.error.message}
        </p>
      )}
      {buckets.length > 0 || !summary.loading ? (
        <Chart
          title={`Units moved at ${code} per ${unit}, by kind`}
          kind="bar"
          categories={categories}
          categoryLabel={`${unit.charAt(0).toUpperCase()}${unit.slice(1)} from`}
          series={series}
          format={formatCount}
          empty="No movements."
        />
      ) : (
        <p className="muted">Loading the summary…</p>
      )}
    </>
  );
}
