// Low stock: the products at or below their reorder point, with days of cover and the suggested
// order quantity; sortable, downloadable as CSV (the rows shown, in the order shown), and the rows
// selected can be drafted as purchase orders, one per supplier. MANAGER and above (the report is).
import { useMemo, useState, type FormEvent } from 'react';
import { ApiError, useMutation, useQuery } from '../api';
import { ErrorNotice, Loading } from '../components/status';
import { formatCount, formatDecimal } from '../format';
import { LowStockDraftOrderDocument, LowStockReportDocument, type LowStockReportQuery } from '../generated/graphql';
import { Link, setSearch, useAppLocation } from '../router';

type Row = LowStockReportQuery['lowStock']['nodes'][number];

interface Column {
  key: string;
  label: string;
  numeric?: boolean;
  value: (row: Row) => string | number | null;
  show?: (row: Row) => string;
}

const COLUMNS: readonly Column[] = [
  { key: 'sku', label: 'SKU', value: (row) => row.product.sku },
  { key: 'name', label: 'Product', value: (row) => row.product.name },
  { key: 'location', label: 'Location', value: (row) => row.location?.code ?? 'All' },
  { key: 'onHand', label: 'On hand', numeric: true, value: (row) => row.onHand },
  { key: 'available', label: 'Available', numeric: true, value: (row) => row.available },
  { key: 'reorderPoint', label: 'Reorder point', numeric: true, value: (row) => row.reorderPoint },
  { key: 'incoming', label: 'Incoming', numeric: true, value: (row) => row.incoming },
  {
    key: 'daysOfCover',
    label: 'Days of cover',
    numeric: true,
    value: (row) => row.daysOfCover ?? null,
    show: (row) => (row.daysOfCover === null || row.daysOfCover === undefined ? '–' : formatDecimal(row.daysOfCover)),
  },
  { key: 'suggested', label: 'Suggested order', numeric: true, value: (row) => row.suggestedOrderQuantity },
  { key: 'supplier', label: 'Preferred supplier', value: (row) => row.product.preferredSupplier ?? '' },
];

type Sort = { key: string; direction: 'ascending' | 'descending' } | null;

function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  if (!sort) return [...rows];
  const column = COLUMNS.find((each) => each.key === sort.key);
  if (!column) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    // Unknown figures (no outflow, so no days of cover) sort last either way.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
  });
}

/** RFC 4180: quote every field that needs it. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly Row[]): string {
  const header = [
    'sku',
    'name',
    'location',
    'onHand',
    'available',
    'reorderPoint',
    'incoming',
    'daysOfCover',
    'suggestedOrderQuantity',
    'preferredSupplier',
  ];
  const lines = rows.map((row) =>
    [
      row.product.sku,
      row.product.name,
      row.location?.code ?? '',
      row.onHand,
      row.available,
      row.reorderPoint,
      row.incoming,
      row.daysOfCover ?? null,
      row.suggestedOrderQuantity,
      row.product.preferredSupplier ?? '',
    ]
      .map(csvField)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function LowStockPage() {
  const { search } = useAppLocation();
  const locationId = search.get('location') || null;
  const category = search.get('category') || null;
  const [pages, setPages] = useState<string[]>([]);
  const after = pages.at(-1) ?? null;
  const report = useQuery(LowStockReportDocument, { locationId, category, after });
  const [sort, setSort] = useState<Sort>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [categoryText, setCategoryText] = useState(category ?? '');

  const rows = useMemo(() => sortRows(report.data?.lowStock.nodes ?? [], sort), [report.data, sort]);
  const locations = report.data?.locations.nodes ?? [];
  const keyOf = (row: Row) => `${row.product.id}@${row.location?.id ?? ''}`;

  const changeFilter = (values: Record<string, string | null>) => {
    setPages([]);
    setSelected(new Set());
    setSearch(values);
  };

  const toggleSort = (key: string) =>
    setSort((current) =>
      current?.key === key
        ? current.direction === 'ascending'
          ? { key, direction: 'descending' }
          : null
        : { key, direction: 'ascending' },
    );

  const allSelected = rows.length > 0 && rows.every((row) => selected.has(keyOf(row)));
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(rows.map(keyOf)));
  const toggle = (row: Row) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(keyOf(row))) next.delete(keyOf(row));
      else next.add(keyOf(row));
      return next;
    });

  return (
    <>
      <form
        className="filters"
        aria-label="Filters"
        onSubmit={(event) => {
          event.preventDefault();
          changeFilter({ category: categoryText.trim() || null });
        }}
      >
        <div className="field">
          <label htmlFor="low-stock-location">Location</label>
          <select
            id="low-stock-location"
            value={locationId ?? ''}
            onChange={(event) => changeFilter({ location: event.target.value || null })}
          >
            <option value="">All locations (company-wide)</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.code} · {location.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="low-stock-category">Category</label>
          <input
            id="low-stock-category"
            type="search"
            value={categoryText}
            onChange={(event) => setCategoryText(event.target.value)}
          />
        </div>
        <button type="submit" className="secondary">
          Apply
        </button>
      </form>

      <ErrorNotice error={report.error} />
      {!report.data && report.loading && <Loading what="Loading low stock…" />}
      {report.data && (
        <>
          <div className="toolbar">
            <p role="status" aria-live="polite">
              {report.data.lowStock.totalCount === 0
                ? 'No product is at or below its reorder point.'
                : `${formatCount(report.data.lowStock.totalCount)} products need reordering` +
                  (report.data.lowStock.totalCount > rows.length ? `; ${rows.length} shown on this page.` : '.')}
            </p>
            <button
              type="button"
              className="secondary"
              disabled={rows.length === 0}
              onClick={() => download('low-stock.csv', toCsv(rows))}
            >
              Download CSV
            </button>
            {pages.length > 0 && (
              <button type="button" className="secondary" onClick={() => setPages((list) => list.slice(0, -1))}>
                Previous page
              </button>
            )}
            {report.data.lowStock.pageInfo.hasNextPage && report.data.lowStock.pageInfo.endCursor && (
              <button
                type="button"
                className="secondary"
                onClick={() => setPages((list) => [...list, report.data!.lowStock.pageInfo.endCursor!])}
              >
                Next page
              </button>
            )}
          </div>
          {rows.length > 0 && (
            <div className="table-wrap">
              <table className="low-stock">
                <caption className="visually-hidden">Products at or below their reorder point</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input type="checkbox" aria-label="Select every row" checked={allSelected} onChange={toggleAll} />
                    </th>
                    {COLUMNS.map((column) => (
                      <th
                        key={column.key}
                        scope="col"
                        className={column.numeric ? 'number' : undefined}
                        aria-sort={sort?.key === column.key ? sort.direction : undefined}
                      >
                        <button type="button" className="sort" onClick={() => toggleSort(column.key)}>
                          {column.label}
                          <span aria-hidden="true">
                            {sort?.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                          </span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={keyOf(row)} data-sku={row.product.sku}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${row.product.sku}`}
                          checked={selected.has(keyOf(row))}
                          onChange={() => toggle(row)}
                        />
                      </td>
                      {COLUMNS.map((column) => (
                        <td key={column.key} className={column.numeric ? 'number' : undefined} data-column={column.key}>
                          {column.key === 'name' ? (
                            <Link to={`/products/${encodeURIComponent(row.product.id)}`}>{row.product.name}</Link>
                          ) : column.show ? (
                            column.show(row)
                          ) : column.numeric ? (
                            formatCount(column.value(row) as number)
                          ) : (
                            column.value(row)
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {rows.length > 0 && (
            <DraftOrders
              rows={rows.filter((row) => selected.has(keyOf(row)))}
              locations={locations}
              locationId={locationId}
              onDrafted={() => {
                setSelected(new Set());
                report.refetch();
              }}
            />
          )}
        </>
      )}
    </>
  );
}

interface Drafted {
  supplier: string;
  lines: number;
  id?: string;
  problem?: string;
}

function DraftOrders({
  rows,
  locations,
  locationId,
  onDrafted,
}: {
  rows: readonly Row[];
  locations: LowStockReportQuery['locations']['nodes'];
  locationId: string | null;
  onDrafted: () => void;
}) {
  const [run, state] = useMutation(LowStockDraftOrderDocument);
  const [deliverTo, setDeliverTo] = useState(locationId ?? '');
  const [fallbackSupplier, setFallbackSupplier] = useState('');
  const [results, setResults] = useState<Drafted[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const orderable = rows.filter((row) => row.suggestedOrderQuantity > 0);
  const needsSupplier = orderable.some((row) => !row.product.preferredSupplier);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const destination = deliverTo || locationId;
    if (!destination) {
      setProblem('Choose where the orders are delivered.');
      return;
    }
    if (needsSupplier && !fallbackSupplier.trim()) {
      setProblem('Some selected products have no preferred supplier: name one for them.');
      return;
    }
    const bySupplier = new Map<string, Row[]>();
    for (const row of orderable) {
      const supplier = row.product.preferredSupplier || fallbackSupplier.trim();
      bySupplier.set(supplier, [...(bySupplier.get(supplier) ?? []), row]);
    }
    const drafted: Drafted[] = [];
    for (const [supplier, lines] of bySupplier) {
      try {
        const payload = await run({
          input: {
            supplier,
            locationId: destination,
            // A retried click drafts nothing twice.
            idempotencyKey: crypto.randomUUID(),
            lines: lines.map((row) => ({
              productId: row.product.id,
              quantity: row.suggestedOrderQuantity,
              unitCost: row.product.averageCost ?? '0',
            })),
          },
        });
        const order = payload.createPurchaseOrder.purchaseOrder;
        drafted.push(
          order
            ? { supplier, lines: order.lines.length, id: order.id }
            : {
                supplier,
                lines: lines.length,
                problem: payload.createPurchaseOrder.userErrors.map((error) => error.message).join(' '),
              },
        );
      } catch (error) {
        drafted.push({
          supplier,
          lines: lines.length,
          problem: error instanceof ApiError ? error.message : String(error),
        });
      }
    }
    setResults(drafted);
    if (drafted.some((each) => each.id)) onDrafted();
  }

  return (
    <section className="panel draft-orders" aria-labelledby="draft-heading">
      <h2 id="draft-heading">Draft purchase orders</h2>
      <p className="muted">
        One draft order per supplier for the selected rows, at each product&apos;s suggested quantity and average cost.
        Nothing is ordered until an order is placed.
      </p>
      <form onSubmit={submit} className="filters">
        <div className="field">
          <label htmlFor="draft-location">Deliver to</label>
          <select id="draft-location" value={deliverTo} onChange={(event) => setDeliverTo(event.target.value)}>
            <option value="">Choose a location</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.code} · {location.name}
              </option>
            ))}
          </select>
        </div>
        {needsSupplier && (
          <div className="field">
            <label htmlFor="draft-supplier">Supplier for products without a preferred one</label>
            <input
              id="draft-supplier"
              value={fallbackSupplier}
              onChange={(event) => setFallbackSupplier(event.target.value)}
            />
          </div>
        )}
        <button type="submit" disabled={orderable.length === 0 || state.loading}>
          {state.loading ? 'Drafting…' : `Draft purchase orders (${orderable.length} selected)`}
        </button>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {results.length > 0 && (
        <ul role="status" className="draft-results">
          {results.map((result) => (
            <li key={result.supplier}>
              {result.id
                ? `Drafted an order from ${result.supplier} with ${result.lines} line${result.lines === 1 ? '' : 's'}.`
                : `Not drafted for ${result.supplier}: ${result.problem}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
