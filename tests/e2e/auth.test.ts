// Signing in, sessions, API keys, throttling and field-level rules, through the real HTTP server.
import { SignJWT } from 'jose';
import { Client } from 'pg';
import {
  ApiKeysDocument,
  ChangePasswordDocument,
  CreateApiKeyDocument,
  CreateProductDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  MeDocument,
  MovementAuditDocument,
  ReceiveStockDocument,
  RevokeApiKeyDocument,
  ShipmentCostDocument,
  SignInDocument,
  UpdateUserDocument,
  UsersDocument,
  type Role,
} from '../generated/graphql';
import { givenLocation, givenProduct, givenSignedInUser } from '../support/factories';
import { rowIdOf } from '../support/ids';
import { ADMIN_EMAIL, startTestServer, type TestServer } from '../support/server';
import type { Logger } from '../../src/shared/log';

const logged: string[] = [];
const recordingLogger: Logger = {
  info: (message, fields) => logged.push(JSON.stringify({ message, fields })),
  error: (message, fields) => logged.push(JSON.stringify({ message, fields, error: String(fields?.err) })),
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ logger: recordingLogger });
});
afterAll(() => server.close());

const givenUser = (role: Role, password?: string) => givenSignedInUser(server, role, password);

const errorCode = (response: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) =>
  response.body.errors?.[0]?.extensions?.code;

describe('signing in', () => {
  it('returns a token that identifies the user', async () => {
    const user = await givenUser('CLERK');
    const { signIn } = await server
      .as({})
      .query(SignInDocument, { input: { email: user.email.toUpperCase(), password: user.password } });
    expect(signIn.user).toMatchObject({ email: user.email, role: 'CLERK' });
    expect(new Date(signIn.expiresAt!).getTime()).toBeGreaterThan(Date.now());
    const { me } = await server.as({ authorization: `Bearer ${signIn.token}` }).query(MeDocument, {});
    expect(me).toEqual({ __typename: 'User', email: user.email, role: 'CLERK' });
  });

  it('never reveals whether an email exists', async () => {
    const user = await givenUser('VIEWER');
    const wrongPassword = await server
      .as({})
      .query(SignInDocument, { input: { email: user.email, password: 'not-the-password' } });
    const unknownEmail = await server
      .as({})
      .query(SignInDocument, { input: { email: 'nobody@auth.test', password: 'not-the-password' } });
    expect(wrongPassword.signIn).toEqual(unknownEmail.signIn);
    expect(wrongPassword.signIn.userErrors).toEqual([
      { code: 'INVALID_CREDENTIALS', field: null, message: 'The email or password is incorrect.' },
    ]);
  });

  it('answers an empty password with INVALID_CREDENTIALS, for a real account and an unknown one alike', async () => {
    const user = await givenUser('VIEWER');
    const real = await server.as({}).send(SignInDocument, { input: { email: user.email, password: '' } });
    const unknown = await server.as({}).send(SignInDocument, { input: { email: 'nobody@auth.test', password: '' } });
    expect(real.body.errors).toBeUndefined();
    expect(real.body.data?.signIn).toEqual(unknown.body.data?.signIn);
    expect(real.body.data?.signIn).toMatchObject({
      token: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS', field: null, message: 'The email or password is incorrect.' }],
    });
  });

  it('refuses requests without credentials, and with a malformed header', async () => {
    expect(errorCode(await server.as({}).send(MeDocument, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.as({ authorization: 'Bearer nonsense' }).send(MeDocument, {}))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await server.as({ authorization: 'Basic dXNlcjpwYXNz' }).send(MeDocument, {}))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('session tokens', () => {
  /** A token signed with the server's own secret, so only its claims can make it fail. */
  function forge(userId: string, claims: { iat?: number; iatMs: number; exp?: number }) {
    let token = new SignJWT({ iat_ms: claims.iatMs })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer('stockroom');
    if (claims.iat !== undefined) token = token.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) token = token.setExpirationTime(claims.exp);
    return token.sign(new TextEncoder().encode(server.authSecret));
  }
  const meWith = async (token: string) => server.as({ authorization: `Bearer ${token}` }).send(MeDocument, {});

  it('refuses a token without an expiry, or issued more than a minute of clock skew in the future', async () => {
    // Given a user, and the time now in the tokens' whole seconds
    const user = await givenUser('VIEWER');
    const userId = rowIdOf(user.id);
    const now = Math.floor(Date.now() / 1000);

    // Then a forged token within the skew works, so each refusal below is about its one claim
    const withinSkew = await meWith(await forge(userId, { iat: now + 30, iatMs: (now + 30) * 1000, exp: now + 3600 }));
    expect(withinSkew.body.data?.me).toMatchObject({ email: user.email });
    // And without exp, without iat, or issued ten minutes from now, it is refused like any bad token
    const refused = [
      await forge(userId, { iat: now, iatMs: now * 1000 }),
      await forge(userId, { iatMs: now * 1000, exp: now + 3600 }),
      await forge(userId, { iat: now + 600, iatMs: (now + 600) * 1000, exp: now + 3600 }),
      // The millisecond issue time decides which sessions a password change ends, so it is checked too.
      await forge(userId, { iat: now, iatMs: (now + 600) * 1000, exp: now + 3600 }),
    ];
    for (const token of refused) {
      const response = await meWith(token);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.body.errors?.[0]?.message).toMatch(/not valid/);
    }
  });
});

describe('sessions follow the account', () => {
  it('refuses a user deactivated mid-session on their very next request', async () => {
    const user = await givenUser('MANAGER');
    expect((await user.caller.query(MeDocument, {})).me).toMatchObject({ role: 'MANAGER' });

    const { deactivateUser } = await server.query(DeactivateUserDocument, { id: user.id });
    expect(deactivateUser.user?.active).toBe(false);

    const next = await user.caller.send(MeDocument, {});
    expect(errorCode(next)).toBe('UNAUTHENTICATED');
    expect(next.body.errors?.[0]?.message).toMatch(/deactivated/);
    const again = await server.as({}).query(SignInDocument, { input: { email: user.email, password: user.password } });
    expect(again.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it('applies a role change on the next request, with the same token', async () => {
    const user = await givenUser('VIEWER');
    const input = { sku: `ROLE-${user.email.split('@')[0]}`, name: 'Role test', price: '1' };
    expect(errorCode(await user.caller.send(CreateProductDocument, { input }))).toBe('FORBIDDEN');
    await server.query(UpdateUserDocument, { input: { id: user.id, role: 'MANAGER' } });
    expect((await user.caller.query(CreateProductDocument, { input })).createProduct.userErrors).toEqual([]);
  });

  it('ends other sessions when the password changes, and hands back a working token', async () => {
    const user = await givenUser('CLERK');
    const wrong = await user.caller.query(ChangePasswordDocument, {
      input: { currentPassword: 'not-it-at-all', newPassword: 'a-new-long-password' },
    });
    expect(wrong.changePassword.userErrors[0]).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      field: ['currentPassword'],
    });
    const short = await user.caller.query(ChangePasswordDocument, {
      input: { currentPassword: user.password, newPassword: 'short' },
    });
    expect(short.changePassword.userErrors[0]).toMatchObject({ code: 'TOO_SHORT', field: ['newPassword'] });

    const { changePassword } = await user.caller.query(ChangePasswordDocument, {
      input: { currentPassword: user.password, newPassword: 'a-new-long-password' },
    });
    expect(errorCode(await user.caller.send(MeDocument, {}))).toBe('UNAUTHENTICATED');
    expect(
      (await server.as({ authorization: `Bearer ${changePassword.token}` }).query(MeDocument, {})).me,
    ).toMatchObject({
      email: user.email,
    });
  });

  it('keeps at least one active ADMIN', async () => {
    const { me } = await server.query(MeDocument, {});
    expect(me).toMatchObject({ email: ADMIN_EMAIL });
    const admins = await server.services.auth.listUsers({ role: 'ADMIN', active: true }, { first: 10 });
    const onlyOther = admins.nodes.filter((user) => user.email !== ADMIN_EMAIL);
    expect(onlyOther).toEqual([]);
    const adminId = Buffer.from(`User:${admins.nodes[0]!.id}`).toString('base64url');
    const { deactivateUser } = await server.query(DeactivateUserDocument, { id: adminId });
    expect(deactivateUser.userErrors[0]?.code).toBe('LAST_ADMIN');
  });
});

describe('API keys', () => {
  it('shows the secret once, stores only a hash, and records when the key was used', async () => {
    const { createApiKey } = await server.query(CreateApiKeyDocument, { input: { name: 'Shop sync', role: 'CLERK' } });
    const secret = createApiKey.secret!;
    expect(secret).toMatch(/^sk_[\w-]{40,}$/);
    expect(secret.startsWith(createApiKey.apiKey!.prefix)).toBe(true);
    expect(createApiKey.apiKey?.createdBy?.email).toBe(ADMIN_EMAIL);

    const headerSets: Array<Record<string, string>> = [{ authorization: `Bearer ${secret}` }, { 'x-api-key': secret }];
    for (const headers of headerSets) {
      expect((await server.as(headers).query(MeDocument, {})).me).toEqual({
        __typename: 'ApiKey',
        name: 'Shop sync',
        role: 'CLERK',
      });
    }
    const { apiKeys } = await server.query(ApiKeysDocument, {});
    const listed = apiKeys.nodes.find((key) => key.name === 'Shop sync');
    expect(listed?.prefix).toBe(createApiKey.apiKey?.prefix);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(apiKeys)).not.toContain(secret);
  });

  it('stops working when revoked, and when expired', async () => {
    const revoked = await server.query(CreateApiKeyDocument, { input: { name: 'To revoke', role: 'ADMIN' } });
    await server.query(RevokeApiKeyDocument, { id: revoked.createApiKey.apiKey!.id });
    const refused = await server.as({ 'x-api-key': revoked.createApiKey.secret! }).send(MeDocument, {});
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.body.errors?.[0]?.message).toMatch(/revoked/);

    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const expiring = await server.query(CreateApiKeyDocument, {
      input: { name: 'Short-lived', role: 'VIEWER', expiresAt },
    });
    const key = { 'x-api-key': expiring.createApiKey.secret! };
    expect((await server.as(key).query(MeDocument, {})).me).toMatchObject({ name: 'Short-lived' });
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(errorCode(await server.as(key).send(MeDocument, {}))).toBe('UNAUTHENTICATED');

    const forged = `${revoked.createApiKey.apiKey!.prefix}${'x'.repeat(43)}`;
    expect(errorCode(await server.as({ 'x-api-key': forged }).send(MeDocument, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('listing users', () => {
  it('searches for % and _ literally, not as LIKE wildcards', async () => {
    const plain = await givenUser('VIEWER');
    const { createUser } = await server.query(CreateUserDocument, {
      input: { email: 'under_score@auth.test', name: '100% sure', role: 'VIEWER', password: 'correct-horse-battery' },
    });
    expect(createUser.userErrors).toEqual([]);
    const emails = async (search: string) =>
      (await server.query(UsersDocument, { filter: { search } })).users.nodes.map((user) => user.email);
    expect(await emails('_')).toEqual(['under_score@auth.test']);
    expect(await emails('%')).toEqual(['under_score@auth.test']);
    expect(await emails(plain.email)).toEqual([plain.email]);
  });
});

describe('who did what', () => {
  it('records the user or key behind each movement and each catalogue change, and hides costs below MANAGER', async () => {
    const product = await givenProduct(server);
    const location = await givenLocation(server);
    const clerk = await givenUser('CLERK');
    const { createApiKey } = await server.query(CreateApiKeyDocument, { input: { name: 'Scanner 7', role: 'CLERK' } });
    const scanner = server.as({ 'x-api-key': createApiKey.secret! });

    const byClerk = await clerk.caller.send(ReceiveStockDocument, {
      input: { productId: product.id, locationId: location.id, quantity: 5, unitCost: '4.00' },
    });
    // The clerk records the cost but may not read it back: that one field is refused.
    expect(byClerk.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['receiveStock.movement.unitCost', 'FORBIDDEN'],
    ]);
    const clerkMovement = byClerk.body.data!.receiveStock.movement!;
    expect(clerkMovement.quantity).toBe(5);

    const byKey = await scanner.send(ReceiveStockDocument, {
      input: { productId: product.id, locationId: location.id, quantity: 1, unitCost: '4.00' },
    });
    const keyMovement = byKey.body.data!.receiveStock.movement!;

    const clerkAudit = await server.query(MovementAuditDocument, { id: clerkMovement.id });
    expect(clerkAudit.movement).toEqual({ unitCost: '4', recordedBy: { __typename: 'User', email: clerk.email } });
    const keyAudit = await server.query(MovementAuditDocument, { id: keyMovement.id });
    expect(keyAudit.movement?.recordedBy).toEqual({ __typename: 'ApiKey', name: 'Scanner 7' });
    const costForClerk = await clerk.caller.send(ShipmentCostDocument, { id: keyMovement.id });
    expect(costForClerk.body.data?.movement).toEqual({ quantity: 1, unitPrice: null, unitCost: null });

    const events = await server.database.prisma.auditEvent.findMany({ where: { targetType: 'Product' } });
    expect(events.some((event) => event.action === 'product.created' && event.userId !== null)).toBe(true);
  });
});

describe('secrets', () => {
  it('never appear in clear text in logs, errors or the database', async () => {
    const password = 'Unmistakable-Password-81723';
    const user = await givenUser('CLERK', password);
    const { createApiKey } = await server.query(CreateApiKeyDocument, {
      input: { name: 'Secret test', role: 'VIEWER' },
    });
    const secret = createApiKey.secret!;
    await server.as({ 'x-api-key': secret }).query(MeDocument, {});
    const responses: string[] = [];
    // Malformed requests whose error messages would echo the submitted variables
    for (const variables of [
      { input: { email: user.email, password, extra: 'field' } },
      { input: { email: user.email, password: 12345, note: secret } },
      { input: { email: null, password } },
    ]) {
      const response = await server.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
          variables,
        }),
      });
      expect(response.status).toBe(400);
      responses.push(await response.text());
    }
    responses.push(
      JSON.stringify(
        await server.as({}).send(SignInDocument, { input: { email: user.email, password: `${password}x` } }),
      ),
    );

    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      expect(tables.length).toBeGreaterThan(8);
      const dump: string[] = [];
      for (const { table_name } of tables) {
        const { rows } = await client.query(`SELECT row_to_json(t)::text AS row FROM "${table_name}" AS t`);
        dump.push(...rows.map((row: { row: string }) => row.row));
      }
      const everything = [...logged, ...responses, ...dump].join('\n');
      expect(dump.some((row) => row.includes('$argon2id$'))).toBe(true);
      expect(everything).not.toContain(password);
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.slice(15));
    } finally {
      await client.end();
    }
  });
});
