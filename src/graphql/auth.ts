// Enforces the SDL's @auth directives: every field that carries one checks the caller's role
// before its resolver runs. Root fields must carry @auth or @public; the server refuses to start
// otherwise.
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../context';
import { hasRole, holdsGrant, type ApiKeyGrant, type Role } from '../shared/actor';
import { RequestError } from '../shared/errors';

/**
 * Throws UNAUTHENTICATED without a valid caller, FORBIDDEN when the caller's role is too low, unless
 * the caller is an API key holding `orGrant` (@auth's orKeyGrant).
 */
export function requireRole(ctx: Pick<Context, 'viewer' | 'authProblem'>, required: Role, orGrant?: ApiKeyGrant): void {
  if (!ctx.viewer) {
    throw new RequestError(
      'UNAUTHENTICATED',
      ctx.authProblem ?? 'Sign in (signIn) or send an API key to use Stockroom.',
    );
  }
  if (orGrant && holdsGrant(ctx.viewer, orGrant)) return;
  if (!hasRole(ctx.viewer, required)) {
    const grant = orGrant ? ` (or an API key with the ${orGrant} grant)` : '';
    throw new RequestError(
      'FORBIDDEN',
      `This needs the ${required} role or higher${grant}; you are ${ctx.viewer.role}.`,
    );
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

/** A download the SDL declares with @export on the field whose data it carries. */
export interface DeclaredExport {
  name: string;
  /** The lowest role that may download it: the directive's `requires`, else the field's @auth. */
  requires: Role;
  /** The field it mirrors: its arguments are the download's parameters, with their defaults. */
  field: GraphQLField<unknown, unknown>;
  /** `Type.field`, for messages. */
  coordinate: string;
}

/** Every @export of the schema by name; throws when one has no role or two share a name. */
export function declaredExports(schema: GraphQLSchema): Map<string, DeclaredExport> {
  const declared = new Map<string, DeclaredExport>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const [exported] = getDirective(schema, field, 'export') ?? [];
      if (!exported) continue;
      const coordinate = `${type.name}.${field.name}`;
      const name = String(exported.name);
      const requires = (exported.requires ?? getDirective(schema, field, 'auth')?.[0]?.requires) as Role | undefined;
      if (!requires) throw new Error(`${coordinate} declares @export(name: "${name}") with no role: give it requires.`);
      const twin = declared.get(name);
      if (twin) throw new Error(`@export(name: "${name}") is declared on both ${twin.coordinate} and ${coordinate}.`);
      declared.set(name, { name, requires, field, coordinate });
    }
  }
  return declared;
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
      const orGrant = (auth.orKeyGrant ?? undefined) as ApiKeyGrant | undefined;
      const resolve = field.resolve ?? defaultFieldResolver;
      const subscribe = field.subscribe;
      return {
        ...field,
        resolve(source, args, ctx: Context, info) {
          requireRole(ctx, required, orGrant);
          return resolve(source, args, ctx, info);
        },
        // A subscription field's stream is opened by `subscribe`, before any `resolve` runs: it is
        // checked too, so a refused caller never opens one.
        ...(subscribe && {
          subscribe(source: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) {
            requireRole(ctx, required, orGrant);
            return subscribe(source, args, ctx, info);
          },
        }),
      };
    },
  });
}
