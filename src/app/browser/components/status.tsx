// How a page says it is loading or that a request failed: the same words and roles everywhere.
import type { ApiError } from '../api';

export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p className="muted" role="status">
      {what}
    </p>
  );
}

export function ErrorNotice({ error }: { error?: ApiError }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error.message}
      {error.code ? ` (${error.code})` : ''}
    </p>
  );
}
