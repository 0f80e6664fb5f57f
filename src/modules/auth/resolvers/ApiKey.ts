import { toGlobalId } from '../../../graphql/global-id';
import type { ApiKeyResolvers } from './../../types.generated';

export const ApiKey: ApiKeyResolvers = {
  id: (apiKey) => toGlobalId('ApiKey', apiKey.id),
  createdBy: (apiKey, _args, ctx) => (apiKey.createdById ? ctx.loaders.userById.load(apiKey.createdById) : null),
};
