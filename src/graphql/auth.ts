// Enforces the SDL's @auth directives: every field that carries one checks the caller's role
// before its resolver runs. Root fields must carry @auth or @public; the server refuses to start
// otherwise.
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import { hasRole, type Role } from '../shared/actor';
import { RequestError } from '../shared/errors';

/** Throws UNAUTHENTICATED without a valid caller, FORBIDDEN when the caller's role is too low. */
export function requireRole(ctx: Pick<Context, 'viewer' | 'authProblem'>, required: Role): void {
  if (!ctx.viewer) {
    throw new RequestError(
      'UNAUTHENTICATED',
      ctx.authProblem ?? 'Sign in (signIn) or send an API key to use Stockroom.',
    );
  }
  if (!hasRole(ctx.viewer, required)) {
    throw new RequestError('FORBIDDEN', `This needs the ${required} role or higher; you are ${ctx.viewer.role}.`);
  }
}

/** Root fields that declare neither @auth nor @public: each one is a hole in the access rules. */
export function unguardedRootFields(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((root) =>
    root
      ? Object.values(root.getFields())
          .filter(
            (field) => !getDirective(schema, field, 'auth')?.length && !getDirective(schema, field, 'public')?.length,
          )
          .map((field) => `${root.name}.${field.name}`)
      : [],
  );
}

export function withAuthorization(schema: GraphQLSchema): GraphQLSchema {
  const unguarded = unguardedRootFields(schema);
  if (unguarded.length > 0) {
    throw new Error(
      `Every root field needs @auth(requires: …) or @public; these have neither: ${unguarded.join(', ')}`,
    );
  }
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const [auth] = getDirective(schema, field, 'auth') ?? [];
      if (!auth) return field;
      const required = auth.requires as Role;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, ctx: Context, info) {
          requireRole(ctx, required);
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
