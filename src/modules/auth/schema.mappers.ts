// Auth GraphQL types are backed by Prisma rows and the service's results.
import type { ApiKey, User } from '../../generated/prisma/client';
import type { Page } from '../../shared/pagination';

export type UserMapper = User;
export type ApiKeyMapper = ApiKey;
export type UserConnectionMapper = Page<User>;
export type ApiKeyConnectionMapper = Page<ApiKey>;
