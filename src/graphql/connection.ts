// Connection arguments as every list field takes them, passed on to a service's paginate().
import type { PageArgs } from '../shared/pagination';

export function pageArgs(args: PageArgs): PageArgs {
  return { first: args.first, after: args.after, last: args.last, before: args.before };
}
