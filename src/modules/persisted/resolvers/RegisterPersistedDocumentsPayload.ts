import type { RegisterPersistedDocumentsPayloadResolvers } from './../../types.generated';

export const RegisterPersistedDocumentsPayload: RegisterPersistedDocumentsPayloadResolvers = {};
