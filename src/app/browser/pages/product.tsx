// The product page: details, stock by location and state, on hand over time, similar products, the
// latest movements, and (by role) the stock forms and the edit form. A VIEWER or CLERK gets no costs
// and no similar products (MANAGER fields); a VIEWER gets no forms.
import './stock-pages.css';
import { useState } from 'react';
import { canRole, useQuery, useViewer } from '../api';
import {
  ProductLocationOptionsDocument,
  ProductPageDocument,
  type ProductPageQuery,
  type ProductStockLevelFragment,
} from '../generated/graphql';
import type { PageProps } from '../routes';
import { Link } from '../router';
import { formatCount, formatMoney } from './figures';
import { ProductForm } from './product-form';
import { OnHandHistory } from './product-history';
import { MovementList } from './product-movements';
import { StockForms } from './product-stock-forms';

/** The states a stock level is split into, in the order the table shows them. */
export const STOCK_STATES = [
  ['onHand', 'On hand'],
  ['available', 'Available'],
  ['reserved', 'Reserved'],
  ['committed', 'Committed'],
  ['damaged', 'Damaged'],
  ['qualityControl', 'Quality control'],
  ['safetyStock', 'Safety stock'],
  ['incoming', 'Incoming'],
] as const satisfies ReadonlyArray<readonly [keyof ProductStockLevelFragment, string]>;

export function ProductPage({ params }: PageProps) {
  // A new product starts a new page: its lists, forms and samples start afresh.
  const id = params.id ?? '';
  return <ProductView key={id} id={id} />;
}

type Product = NonNullable<ProductPageQuery['product']>;

function ProductView({ id }: { id: string }) {
  const { role } = useViewer();
  const withCosts = canRole(role, 'MANAGER');
  const canRecord = canRole(role, 'CLERK');
  const canEdit = canRole(role, 'MANAGER');
  const page = useQuery(ProductPageDocument, { id, withCosts });
  const options = useQuery(ProductLocationOptionsDocument, {}, { skip: !canRecord });
  // Bumped after each recorded movement: the history and the movements are read again.
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');

  const product = page.data?.product;
  if (!product) {
    return (
      <>
        <h1>Product</h1>
        {page.error ? (
          <p role="alert" className="error">
            {page.error.message}
          </p>
        ) : page.loading ? (
          <p>Loading…</p>
        ) : (
          <p>
            No product has this ID. <Link to="/products">Back to the catalogue</Link>.
          </p>
        )}
      </>
    );
  }

  const recorded = () => {
    page.refetch();
    setVersion((value) => value + 1);
  };

  return (
    <div className="product-page">
      <p className="muted eyebrow">
        <Link to="/products">Catalogue</Link> / SKU <span data-testid="sku">{product.sku}</span>
      </p>
      <h1>
        {product.name}
        {!product.active && <span className="badge">Archived</span>}
      </h1>
      {page.error && (
        <p role="alert" className="error">
          {page.error.message}
        </p>
      )}

      <section className="panel" aria-labelledby="product-details">
        <div className="section-head">
          <h2 id="product-details">Details</h2>
          {canEdit && !editing && (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit product
            </button>
          )}
        </div>
        <p role="status">{saved}</p>
        {editing ? (
          <ProductForm
            product={product}
            onSaved={(next) => {
              setEditing(false);
              setSaved(`Saved ${next.sku}.`);
              page.refetch();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Details product={product} withCosts={withCosts} />
        )}
      </section>

      <section className="panel" aria-labelledby="product-stock">
        <h2 id="product-stock">Stock by location</h2>
        <StockTable product={product} />
      </section>

      {canRecord && (
        <section aria-labelledby="product-record">
          <h2 id="product-record">Record stock</h2>
          <StockForms
            product={product}
            levels={product.stockLevels}
            locations={options.data?.locations.nodes ?? []}
            onRecorded={recorded}
          />
        </section>
      )}

      <section className="panel" aria-labelledby="product-history">
        <h2 id="product-history">On hand over time</h2>
        <OnHandHistory
          productId={product.id}
          locations={product.stockLevels.map((level) => level.location)}
          version={version}
        />
      </section>

      {withCosts && (
        <section className="panel" aria-labelledby="product-similar">
          <h2 id="product-similar">Similar products</h2>
          <Similar product={product} />
        </section>
      )}

      <section className="panel" aria-labelledby="product-movements">
        <h2 id="product-movements">Latest movements</h2>
        <MovementList productId={product.id} unit={product.unit} withCosts={withCosts} version={version} />
      </section>
    </div>
  );
}

function Details({ product, withCosts }: { product: Product; withCosts: boolean }) {
  const rows: Array<[string, string]> = [
    ['Category', product.category],
    ['Unit', product.unit],
    ['Price', formatMoney(product.price)],
    ['Reorder point', formatCount(product.reorderPoint)],
    ['Reorder quantity', formatCount(product.reorderQuantity)],
    ['Preferred supplier', product.preferredSupplier ?? '—'],
    ['Lead time', product.leadTimeDays === null ? '—' : `${formatCount(product.leadTimeDays)} days`],
    ['Status', product.active ? 'Active' : 'Archived'],
  ];
  if (withCosts) {
    rows.push(['Average cost', formatMoney(product.averageCost)]);
    rows.push(['Inventory value', formatMoney(product.inventoryValue)]);
  }
  return (
    <>
      {product.description && <p className="description">{product.description}</p>}
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function StockTable({ product }: { product: Product }) {
  if (product.stockLevels.length === 0) return <p>No location has held this product yet.</p>;
  return (
    <div className="table-wrap" role="region" aria-label="Stock by location" tabIndex={0}>
      <table className="stock-levels">
        <thead>
          <tr>
            <th scope="col">Location</th>
            {STOCK_STATES.map(([key, label]) => (
              <th scope="col" className="number" key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {product.stockLevels.map((level) => (
            <tr key={level.location.id} data-location={level.location.code}>
              <th scope="row">
                <Link to={`/locations/${encodeURIComponent(level.location.id)}`}>{level.location.code}</Link>{' '}
                <span className="muted">{level.location.name}</span>
              </th>
              {STOCK_STATES.map(([key]) => (
                <td className="number" key={key} data-figure={key}>
                  {formatCount(level[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-location="">
            <th scope="row">All locations</th>
            {STOCK_STATES.map(([key]) => (
              <td className="number" key={key} data-figure={key}>
                {formatCount(product[key])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Similar({ product }: { product: Product }) {
  const similar = product.similar ?? [];
  if (similar.length === 0) return <p>No similar products.</p>;
  return (
    <ul className="similar">
      {similar.map((entry) => (
        <li key={entry.product.id}>
          <Link to={`/products/${encodeURIComponent(entry.product.id)}`}>{entry.product.name}</Link>{' '}
          <span className="muted">
            {entry.product.sku} · {entry.product.category} · {formatMoney(entry.product.price)} · match{' '}
            {Math.round(entry.score * 100)}%
          </span>
        </li>
      ))}
    </ul>
  );
}
