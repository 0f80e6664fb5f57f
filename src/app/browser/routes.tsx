// The app's pages: the route table, the layout around every page (header, navigation, sign-out) and
// the sign-in gate.
//
// Adding a page (for a page's author):
// 1. Write the page in pages/<name>.tsx as `export function NamePage({ params }: PageProps)`; it
//    gets the route's `:parameters` in `params`, and reads the query string with useAppLocation().
// 2. Add one entry to ROUTES below: `{ path: '/products/:id', title: 'Product', component: ProductPage }`.
//    Give it `nav: 'Catalogue'` to list it in the navigation (in table order), and `requires: 'MANAGER'`
//    when the API refuses the page's data to lower roles (the link and the page are then hidden).
// 3. Link to it with <Link to="/products/…"> from './router' (a real <a>, keyboard and new-tab friendly).
// The page's <h1> is the route's title unless the page renders its own (`ownHeading: true`).
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { canRole, signOut, useSession, type Role, type Viewer } from './api';
import { CataloguePage } from './pages/catalogue';
import { LocationPage } from './pages/location';
import { LowStockPage } from './pages/low-stock';
import { NotFoundPage } from './pages/not-found';
import { OverviewPage } from './pages/overview';
import { ProductPage } from './pages/product';
import { SignInPage } from './pages/sign-in';
import { Link, navigate, useAppLocation } from './router';

export interface PageProps {
  /** The route's `:name` segments, decoded. */
  params: Readonly<Record<string, string>>;
}

export interface AppRoute {
  /** Below /app, with `:name` segments, e.g. '/products/:id'. */
  path: string;
  /** The document title and the page's <h1>. */
  title: string;
  component: ComponentType<PageProps>;
  /** The label in the navigation; routes without one are reached by links. */
  nav?: string;
  /** The lowest role that may open the page (the API refuses its data below it). */
  requires?: Role;
  /** The page renders its own <h1> (e.g. the product's name). */
  ownHeading?: boolean;
}

export const ROUTES: readonly AppRoute[] = [
  { path: '/', title: 'Overview', component: OverviewPage, nav: 'Overview' },
  { path: '/low-stock', title: 'Low stock', component: LowStockPage, nav: 'Low stock', requires: 'MANAGER' },
  { path: '/products', title: 'Catalogue', component: CataloguePage, nav: 'Catalogue' },
  { path: '/products/:id', title: 'Product', component: ProductPage, ownHeading: true },
  { path: '/locations/:id', title: 'Location', component: LocationPage, ownHeading: true },
];

export function matchRoute(path: string): { route: AppRoute; params: Record<string, string> } | null {
  const segments = path.split('/').filter(Boolean);
  for (const route of ROUTES) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!;
      if (part.startsWith(':')) {
        try {
          params[part.slice(1)] = decodeURIComponent(segment);
        } catch {
          return false;
        }
        return true;
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return null;
}

/** The whole app: the sign-in form until someone is signed in, then the page the path names. */
export function App() {
  const viewer = useSession();
  const { path, search } = useAppLocation();

  useEffect(() => {
    // Signed out (or the session expired) on a page: the form, then back to that page.
    if (!viewer && path !== '/sign-in') navigate(`/sign-in?next=${encodeURIComponent(path)}`, { replace: true });
    if (viewer && path === '/sign-in') navigate(safeNext(search.get('next')), { replace: true });
  }, [viewer, path, search]);

  if (!viewer || path === '/sign-in') {
    return viewer ? null : <SignInPage />;
  }
  return <Layout viewer={viewer} path={path} />;
}

/** Only a path inside the app: `next` comes from the address bar. */
function safeNext(next: string | null): string {
  return next && /^\/(?!\/)/.test(next) ? next : '/';
}

function Layout({ viewer, path }: { viewer: Viewer; path: string }) {
  const matched = matchRoute(path);
  const allowed = matched && (!matched.route.requires || canRole(viewer.role, matched.route.requires));
  const route = allowed ? matched.route : null;
  const title = route?.title ?? (matched ? 'Not allowed' : 'Not found');
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    document.title = `${title} · Stockroom`;
    setMenuOpen(false);
    // After a navigation, keyboard and screen-reader users start at the new page's content.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path, title]);

  const Page = route?.component ?? NotFoundPage;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Stockroom
        </Link>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? 'nav open' : 'nav'}>
          <ul>
            {ROUTES.filter((entry) => entry.nav && (!entry.requires || canRole(viewer.role, entry.requires))).map(
              (entry) => (
                <li key={entry.path}>
                  <Link to={entry.path} aria-current={isCurrent(entry.path, path) ? 'page' : undefined}>
                    {entry.nav}
                  </Link>
                </li>
              ),
            )}
          </ul>
        </nav>
        <div className="account">
          <span className="who">
            {viewer.name} <span className="role">{viewer.role.toLowerCase()}</span>
          </span>
          <button type="button" className="secondary" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route?.ownHeading ? null : <h1>{title}</h1>}
        {route ? <Page params={matched?.params ?? {}} /> : <NotFoundPage params={{}} forbidden={Boolean(matched)} />}
      </main>
    </div>
  );
}

/** A nav entry is current on its own path and, except the root, on the paths below it. */
function isCurrent(entry: string, path: string): boolean {
  return entry === '/' ? path === '/' : path === entry || path.startsWith(`${entry}/`);
}
