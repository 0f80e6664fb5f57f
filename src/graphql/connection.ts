// Connection arguments as every list field takes them, passed on to a service's paginate().
import type { PageArgs } from '../shared/pagination';

export function pageArgs(args: PageArgs): PageArgs {
  return { first: args.first, after: args.after, last: args.last, before: args.before };
}

/** Whether two sets of connection arguments ask for the same page (an absent argument is null). */
export function samePage(a: PageArgs, b: PageArgs): boolean {
  return (
    (a.first ?? null) === (b.first ?? null) &&
    (a.after ?? null) === (b.after ?? null) &&
    (a.last ?? null) === (b.last ?? null) &&
    (a.before ?? null) === (b.before ?? null)
  );
}
