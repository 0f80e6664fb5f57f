import { MAX_PAGE_SIZE } from '../../../../shared/pagination';
import { RequestError } from '../../../../shared/errors';
import { loadNode } from '../load-node';
import type { QueryResolvers } from './../../../types.generated';

export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, ctx) => {
  if (ids.length > MAX_PAGE_SIZE) {
    throw new RequestError(
      'PAGE_SIZE_EXCEEDED',
      `\`ids\` holds ${ids.length} IDs; at most ${MAX_PAGE_SIZE} are allowed.`,
    );
  }
  return Promise.all(ids.map((id) => loadNode(ctx, id)));
};
