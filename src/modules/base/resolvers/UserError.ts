import type { UserErrorResolvers } from './../../types.generated';

export const UserError: UserErrorResolvers = {};
