import { idOf } from '../../../../graphql/global-id';
import { RequestError } from '../../../../shared/errors';
import type { QueryResolvers } from './../../../types.generated';

export const location: NonNullable<QueryResolvers['location']> = async (_parent, { id, code }, ctx) => {
  if ((id == null) === (code == null)) throw new RequestError('BAD_USER_INPUT', 'Give exactly one of `id` and `code`.');
  return id != null
    ? ctx.loaders.locationById.load(idOf(id, 'Location'))
    : ctx.services.locations.locationByCode(code!);
};
