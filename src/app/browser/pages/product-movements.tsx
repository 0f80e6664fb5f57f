// The product's latest movements, newest first, with infinite scroll on the cursor connection: the
// next page loads when the end of the list comes into view, or with the "Load more" button.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '../api';
import { ProductMovementsDocument, type ProductMovementsQuery } from '../generated/graphql';
import { formatCount, formatEnum, formatMoment, formatMoney } from './figures';
import { Link } from '../router';

type Edge = NonNullable<ProductMovementsQuery['product']>['movements']['edges'][number];

export const MOVEMENTS_PAGE_SIZE = 20;

interface MovementListProps {
  productId: string;
  unit: string;
  withCosts: boolean;
  /** Changes after the page records a movement: the list starts again from the newest. */
  version: number;
}

export function MovementList({ productId, unit, withCosts, version }: MovementListProps) {
  const [after, setAfter] = useState<string | null>(null);
  const [edges, setEdges] = useState<readonly Edge[]>([]);
  const query = useQuery(ProductMovementsDocument, {
    id: productId,
    first: MOVEMENTS_PAGE_SIZE,
    after,
    withCosts,
  });
  const { refetch } = query;
  const connection = query.data?.product?.movements;
  const requested = useRef<string | null>(null);

  // Each page that arrives is appended (the first replaces the list); an edge seen already is skipped.
  useEffect(() => {
    if (!connection) return;
    setEdges((previous) => {
      if (requested.current === null) return connection.edges;
      const seen = new Set(previous.map((edge) => edge.node.id));
      return [...previous, ...connection.edges.filter((edge) => !seen.has(edge.node.id))];
    });
  }, [connection]);

  // A recorded movement: back to the first page, fetched again.
  const firstVersion = useRef(version);
  useEffect(() => {
    if (version === firstVersion.current) return;
    requested.current = null;
    if (after === null) refetch();
    else setAfter(null);
  }, [version]); // Only a new version restarts the list.

  const hasMore = Boolean(connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor);
  const loadMore = () => {
    if (!connection || query.loading || !hasMore) return;
    requested.current = connection.pageInfo.endCursor;
    setAfter(connection.pageInfo.endCursor);
  };
  const loadMoreRef = useRef(loadMore);
  loadMoreRef.current = loadMore;

  // Observed again after each page: an observer reports at once whether the end is still in view.
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = sentinel.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadMoreRef.current();
      },
      { rootMargin: '0px 0px 200px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [edges.length, hasMore]);

  return (
    <>
      {query.error && (
        <p role="alert" className="error">
          {query.error.message}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {connection
          ? `Showing ${formatCount(edges.length)} of ${formatCount(connection.totalCount)} movements.`
          : 'Loading movements…'}
      </p>
      <div className="table-wrap" role="region" aria-label="Latest movements" tabIndex={0}>
        <table className="movements">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Kind</th>
              <th scope="col" className="number">
                Quantity ({unit})
              </th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              {withCosts && (
                <th scope="col" className="number">
                  Unit cost
                </th>
              )}
              <th scope="col" className="number">
                Unit price
              </th>
              <th scope="col">Reason</th>
              <th scope="col">Reference</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <tr key={node.id} data-movement={node.id}>
                <td>{formatMoment(node.occurredAt)}</td>
                <td>{formatEnum(node.kind)}</td>
                <td className="number">{formatCount(node.quantity)}</td>
                <td>
                  {node.fromLocation ? (
                    <Link to={`/locations/${encodeURIComponent(node.fromLocation.id)}`}>{node.fromLocation.code}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {node.toLocation ? (
                    <Link to={`/locations/${encodeURIComponent(node.toLocation.id)}`}>{node.toLocation.code}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                {withCosts && <td className="number">{node.unitCost ? formatMoney(node.unitCost) : '—'}</td>}
                <td className="number">{node.unitPrice ? formatMoney(node.unitPrice) : '—'}</td>
                <td>{formatEnum(node.reason)}</td>
                <td>{node.reference ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div ref={sentinel} className="scroll-sentinel" />
      {hasMore && (
        <div className="toolbar">
          <button type="button" className="secondary" onClick={loadMore} disabled={query.loading}>
            {query.loading ? 'Loading…' : 'Load more movements'}
          </button>
        </div>
      )}
    </>
  );
}
