// A small history router: the app lives under /app, and every path below it is one of its routes
// (the server answers each with the same page). Paths here are relative to /app: '/', '/low-stock'.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

export const BASE = '/app';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The path below /app ('/' at the app's root) and the query string, e.g. '/low-stock?location=…'. */
function current(): string {
  const { pathname, search } = window.location;
  const below = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return `${below.replace(/\/+$/, '') || '/'}${search}`;
}

export interface AppLocation {
  path: string;
  search: URLSearchParams;
}

/** Where the app is; re-renders on every navigation. */
export function useAppLocation(): AppLocation {
  const here = useSyncExternalStore(subscribe, current);
  const [path = '/', query = ''] = here.split('?');
  return { path, search: new URLSearchParams(query) };
}

/** Goes to `to` (a path below /app, with an optional query string). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = `${BASE}${to === '/' ? '' : to}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

/** Replaces the query string of the current path (filters live there, so a view can be bookmarked). */
export function setSearch(values: Record<string, string | null | undefined>): void {
  const { pathname, search } = window.location;
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  window.history.replaceState(null, '', `${pathname}${query ? `?${query}` : ''}`);
  for (const listener of listeners) listener();
}

/** The href of an app path, for links and for tests. */
export const hrefOf = (to: string) => `${BASE}${to === '/' ? '' : to}`;

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

/** A real link (it opens in a new tab, and works by keyboard); a plain click navigates in the app. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={hrefOf(to)} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
