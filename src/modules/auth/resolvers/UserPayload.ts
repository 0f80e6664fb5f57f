import type { UserPayloadResolvers } from './../../types.generated';
export const UserPayload: UserPayloadResolvers = {/* Implement UserPayload resolver logic here */};
