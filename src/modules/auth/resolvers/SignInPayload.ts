import type { SignInPayloadResolvers } from './../../types.generated';
export const SignInPayload: SignInPayloadResolvers = {/* Implement SignInPayload resolver logic here */};
