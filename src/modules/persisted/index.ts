// The persisted-documents module's public surface: its service and APQ cache options, the built-in
// trusted documents, and the document-id hashing the HTTP layer shares. Other code imports it from
// here, never from its files (eslint.config.mjs holds this).
export { PersistedDocumentService } from './service';
export { DEFAULT_APQ_CACHE_SIZE, type ApqCacheOptions } from './apq-cache';
export { BUILT_IN_DOCUMENTS } from './builtin';
export { hashOfDocumentId, sha256Hex } from './manifest';
