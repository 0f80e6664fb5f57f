// The auth module's per-request DataLoaders: users and API keys by id.
import DataLoader from 'dataloader';
import type { ApiKey, User } from '../../generated/prisma/client';
import { byKey, type LoaderFactories } from '../../shared/loaders';
import type { AuthService } from './service';

export interface AuthLoaders {
  userById: DataLoader<string, User | null>;
  apiKeyById: DataLoader<string, ApiKey | null>;
}

export function authLoaders(auth: AuthService): LoaderFactories<AuthLoaders> {
  return {
    userById: () =>
      new DataLoader(
        byKey(
          (ids) => auth.usersByIds(ids),
          (row) => row.id,
        ),
      ),
    apiKeyById: () =>
      new DataLoader(
        byKey(
          (ids) => auth.apiKeysByIds(ids),
          (row) => row.id,
        ),
      ),
  };
}
