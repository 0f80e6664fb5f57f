// withAuthorization guards a subscription field where its stream opens (`subscribe`), not only
// where each event resolves: a caller below the field's role never opens the stream.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, subscribe, type ExecutionResult } from 'graphql';
import type { Context } from '../context';
import type { Actor } from '../shared/actor';
import { withAuthorization } from './auth';

const typeDefs = /* GraphQL */ `
  enum Role {
    VIEWER
    CLERK
    MANAGER
    ADMIN
  }
  directive @auth(requires: Role!, orKeyGrant: String) on FIELD_DEFINITION
  type Query {
    ok: Boolean @auth(requires: VIEWER)
  }
  type Subscription {
    secrets: String @auth(requires: ADMIN)
  }
`;

function schemaCounting(opened: { count: number }) {
  return withAuthorization(
    makeExecutableSchema({
      typeDefs,
      resolvers: {
        Subscription: {
          secrets: {
            subscribe: async function* () {
              opened.count += 1;
              yield 'a secret';
            },
            resolve: (value: string) => value,
          },
        },
      },
    }),
  );
}

const as = (role: Actor['role'] | null) =>
  ({
    viewer: role ? { kind: 'user', userId: 'u', role, name: 'someone' } : null,
    authProblem: null,
  }) as unknown as Context;

describe('withAuthorization on subscription fields', () => {
  it.each([
    [null, 'UNAUTHENTICATED'],
    ['MANAGER', 'FORBIDDEN'],
  ] as const)('refuses %s with %s before the stream opens', async (role, code) => {
    const opened = { count: 0 };
    const result = (await subscribe({
      schema: schemaCounting(opened),
      document: parse('subscription { secrets }'),
      contextValue: as(role),
    })) as ExecutionResult;
    expect(result.errors?.map((error) => (error.originalError as { code?: string }).code)).toEqual([code]);
    expect(opened.count).toBe(0);
  });

  it('opens the stream for the role it requires', async () => {
    const opened = { count: 0 };
    const stream = (await subscribe({
      schema: schemaCounting(opened),
      document: parse('subscription { secrets }'),
      contextValue: as('ADMIN'),
    })) as AsyncGenerator<ExecutionResult>;
    expect((await stream.next()).value).toEqual({ data: { secrets: 'a secret' } });
    expect(opened.count).toBe(1);
  });
});
