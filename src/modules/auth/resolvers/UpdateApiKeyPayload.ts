import type { UpdateApiKeyPayloadResolvers } from './../../types.generated';

export const UpdateApiKeyPayload: UpdateApiKeyPayloadResolvers = {};
