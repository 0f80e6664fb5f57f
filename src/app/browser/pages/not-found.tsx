// What a path that names no page (or a page the viewer's role may not open) shows.
import { Link } from '../router';

export function NotFoundPage({
  forbidden = false,
}: {
  params?: Readonly<Record<string, string>>;
  forbidden?: boolean;
}) {
  return (
    <p>
      {forbidden ? 'Your role may not open this page.' : 'There is no page at this address.'}{' '}
      <Link to="/">Go to the overview</Link>.
    </p>
  );
}
