// The catalogue: the products connection with search, filters and sort (kept in the address, so a
// view can be bookmarked), paged by cursor; and, for MANAGER and above, the new-product form.
import './stock-pages.css';
import { useState, type FormEvent } from 'react';
import { canRole, useQuery, useViewer } from '../api';
import {
  CatalogueCategoriesDocument,
  CatalogueProductsDocument,
  type ProductFilter,
  type ProductOrderField,
  type SortDirection,
} from '../generated/graphql';
import { Link, navigate, setSearch, useAppLocation } from '../router';
import { formatCount, formatMoney, formatNumberOf } from './figures';
import { NO_ERRORS, SelectField, TextField } from './form-fields';
import { ProductForm } from './product-form';

export const CATALOGUE_PAGE_SIZE = 25;

const SORTS: ReadonlyArray<{ value: ProductOrderField; label: string }> = [
  { value: 'SKU', label: 'SKU' },
  { value: 'NAME', label: 'Name' },
  { value: 'PRICE', label: 'Price' },
  { value: 'CATEGORY', label: 'Category' },
  { value: 'CREATED_AT', label: 'Created' },
];

const STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'Active and archived' },
];

/** The view the address names: its filters and sort. */
interface View {
  q: string;
  category: string;
  status: string;
  min: string;
  max: string;
  sort: ProductOrderField;
  dir: SortDirection;
}

function viewOf(search: URLSearchParams): View {
  const sort = search.get('sort');
  return {
    q: search.get('q') ?? '',
    category: search.get('category') ?? '',
    status: search.get('status') ?? 'active',
    min: search.get('min') ?? '',
    max: search.get('max') ?? '',
    sort: SORTS.some((entry) => entry.value === sort) ? (sort as ProductOrderField) : 'SKU',
    dir: search.get('dir') === 'DESC' ? 'DESC' : 'ASC',
  };
}

function filterOf(view: View): ProductFilter {
  return {
    search: view.q || undefined,
    category: view.category || undefined,
    active: view.status === 'all' ? null : view.status !== 'archived',
    minPrice: view.min || undefined,
    maxPrice: view.max || undefined,
  };
}

export function CataloguePage() {
  const { role } = useViewer();
  const canCreate = canRole(role, 'MANAGER');
  const { search } = useAppLocation();
  const view = viewOf(search);
  const [draft, setDraft] = useState<View>(view);
  const [creating, setCreating] = useState(false);
  const [position, setPosition] = useState<{ after?: string; before?: string; page: number }>({ page: 1 });
  const categories = useQuery(CatalogueCategoriesDocument, {});
  const paging = position.before
    ? { last: CATALOGUE_PAGE_SIZE, before: position.before }
    : { first: CATALOGUE_PAGE_SIZE, after: position.after ?? null };
  const products = useQuery(CatalogueProductsDocument, {
    filter: filterOf(view),
    orderBy: { field: view.sort, direction: view.dir },
    ...paging,
  });
  const connection = products.data?.products;

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPosition({ page: 1 });
    setSearch({
      q: draft.q.trim(),
      category: draft.category,
      status: draft.status === 'active' ? null : draft.status,
      min: draft.min.trim(),
      max: draft.max.trim(),
      sort: draft.sort === 'SKU' ? null : draft.sort,
      dir: draft.dir === 'ASC' ? null : draft.dir,
    });
  };
  const set = (name: keyof View) => (value: string) => setDraft((previous) => ({ ...previous, [name]: value }));

  return (
    <div className="catalogue-page">
      {canCreate && (
        <section aria-labelledby="catalogue-new">
          {creating ? (
            <div className="panel">
              <h2 id="catalogue-new">New product</h2>
              <ProductForm
                onSaved={(product) => navigate(`/products/${encodeURIComponent(product.id)}`)}
                onCancel={() => setCreating(false)}
              />
            </div>
          ) : (
            <div className="toolbar">
              <h2 id="catalogue-new" className="visually-hidden">
                New product
              </h2>
              <button type="button" onClick={() => setCreating(true)}>
                New product
              </button>
            </div>
          )}
        </section>
      )}

      <form role="search" aria-label="Filter the catalogue" className="filters" onSubmit={apply}>
        <TextField
          label="Search"
          name="q"
          type="search"
          value={draft.q}
          onValue={set('q')}
          errors={NO_ERRORS}
          placeholder="SKU, name or description"
        />
        <SelectField
          label="Category"
          name="category"
          value={draft.category}
          onValue={set('category')}
          errors={NO_ERRORS}
          placeholder="All categories"
          options={(categories.data?.categories ?? []).map((category) => ({
            value: category.name,
            label: `${category.name} (${formatCount(category.productCount)})`,
          }))}
        />
        <SelectField
          label="Status"
          name="status"
          value={draft.status}
          onValue={set('status')}
          errors={NO_ERRORS}
          options={STATUSES}
        />
        <TextField
          label="Lowest price"
          name="min"
          value={draft.min}
          onValue={set('min')}
          errors={NO_ERRORS}
          inputMode="decimal"
          size={8}
        />
        <TextField
          label="Highest price"
          name="max"
          value={draft.max}
          onValue={set('max')}
          errors={NO_ERRORS}
          inputMode="decimal"
          size={8}
        />
        <SelectField
          label="Sort by"
          name="sort"
          value={draft.sort}
          onValue={set('sort')}
          errors={NO_ERRORS}
          options={SORTS}
        />
        <SelectField
          label="Order"
          name="dir"
          value={draft.dir}
          onValue={set('dir')}
          errors={NO_ERRORS}
          options={[
            { value: 'ASC', label: 'Ascending' },
            { value: 'DESC', label: 'Descending' },
          ]}
        />
        <button type="submit">Apply</button>
      </form>

      {products.error && (
        <p role="alert" className="error">
          {products.error.message}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {connection ? `${formatNumberOf(connection.totalCount, 'product')}; page ${position.page}.` : 'Loading…'}
      </p>
      <div className="table-wrap" role="region" aria-label="Products" tabIndex={0}>
        <table className="catalogue" aria-busy={products.loading}>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Name</th>
              <th scope="col">Category</th>
              <th scope="col" className="number">
                Price
              </th>
              <th scope="col" className="number">
                On hand
              </th>
              <th scope="col" className="number">
                Available
              </th>
              <th scope="col" className="number">
                Reorder point
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {(connection?.nodes ?? []).map((product) => (
              <tr key={product.id} data-sku={product.sku}>
                <th scope="row">
                  <Link to={`/products/${encodeURIComponent(product.id)}`}>{product.sku}</Link>
                </th>
                <td>{product.name}</td>
                <td>{product.category}</td>
                <td className="number">{formatMoney(product.price)}</td>
                <td className="number" data-figure="onHand">
                  {formatCount(product.onHand)}
                </td>
                <td className="number" data-figure="available">
                  {formatCount(product.available)}
                </td>
                <td className="number">{formatCount(product.reorderPoint)}</td>
                <td>{product.active ? 'Active' : 'Archived'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="toolbar" aria-label="Pages of products">
        <button
          type="button"
          className="secondary"
          disabled={!connection?.pageInfo.hasPreviousPage || products.loading}
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
          disabled={!connection?.pageInfo.hasNextPage || products.loading}
          onClick={() =>
            connection?.pageInfo.endCursor &&
            setPosition((previous) => ({ after: connection.pageInfo.endCursor ?? undefined, page: previous.page + 1 }))
          }
        >
          Next page
        </button>
      </nav>
    </div>
  );
}
