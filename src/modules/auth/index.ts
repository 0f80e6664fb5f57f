// The auth module's public surface: what the composition root, the request context and the HTTP
// edge use. Other code imports auth from here, never from its files (eslint.config.mjs holds this).
export { AuthService, type AuthOptions, type Authentication, type Credentials } from './service';
export { authLoaders, type AuthLoaders } from './loaders';
export { sharedSigningKey } from './signing-key';
