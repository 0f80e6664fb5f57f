// Brute force against signIn: throttled per account and per client address, with lockouts that
// grow, and without revealing whether the account exists.
import { CreateUserDocument, SignInDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../support/server';

// Long enough for 20 argon2 checks in a row to fall inside one window even on a loaded 2-core CI
// machine (4 s was not, and 8 s was not once the suite grew), short enough to wait out. Sending the
// 20 at once instead would put pool pressure, not the throttle, under test.
const WINDOW_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Waiting out lockouts takes several windows.
jest.setTimeout(180_000);

async function givenAccount(server: TestServer, email: string, password: string) {
  await server.query(CreateUserDocument, { input: { email, name: 'Target', role: 'VIEWER', password } });
}

function signIn(server: TestServer, email: string, password: string) {
  return server
    .as({})
    .query(SignInDocument, { input: { email, password } })
    .then((data) => data.signIn);
}

describe('per account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      auth: { throttleWindowMs: WINDOW_MS, maxFailuresPerAccount: 20, maxFailuresPerAddress: 1000 },
    });
  });
  afterAll(() => server.close());

  it('throttles after 20 wrong passwords, then lets the right one in once the window has passed', async () => {
    await givenAccount(server, 'target@throttle.test', 'the-right-password');
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const result = await signIn(server, 'target@throttle.test', `wrong-${attempt}`);
      expect(result.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    // Throttled: even the right password is not checked now.
    const throttled = await signIn(server, 'target@throttle.test', 'the-right-password');
    expect(throttled.token).toBeNull();
    expect(throttled.userErrors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(throttled.userErrors[0]?.message).toMatch(/Try again in \d+ seconds?/);

    await sleep(WINDOW_MS + 200);
    const allowed = await signIn(server, 'target@throttle.test', 'the-right-password');
    expect(allowed.userErrors).toEqual([]);
    expect(allowed.token).toEqual(expect.any(String));
  });

  it('counts an empty password as a failed sign-in like any wrong one', async () => {
    await givenAccount(server, 'empty@throttle.test', 'the-right-password');
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const result = await signIn(server, 'empty@throttle.test', '');
      expect(result.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const throttled = await signIn(server, 'empty@throttle.test', 'the-right-password');
    expect(throttled.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('throttles an unknown account exactly like a real one', async () => {
    for (let attempt = 1; attempt <= 20; attempt += 1) await signIn(server, 'ghost@throttle.test', `wrong-${attempt}`);
    const throttled = await signIn(server, 'ghost@throttle.test', 'anything-at-all');
    expect(throttled.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('locks for longer each time the limit is reached again', async () => {
    await givenAccount(server, 'repeat@throttle.test', 'the-right-password');
    for (let attempt = 1; attempt <= 20; attempt += 1) await signIn(server, 'repeat@throttle.test', 'wrong');
    await sleep(WINDOW_MS + 200);
    for (let attempt = 1; attempt <= 20; attempt += 1) await signIn(server, 'repeat@throttle.test', 'wrong');
    // The second lockout lasts twice the window: one window later it still holds.
    await sleep(WINDOW_MS + 200);
    expect((await signIn(server, 'repeat@throttle.test', 'the-right-password')).userErrors[0]?.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    await sleep(WINDOW_MS);
    expect((await signIn(server, 'repeat@throttle.test', 'the-right-password')).userErrors).toEqual([]);
  });
});

describe('per client address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      auth: { throttleWindowMs: WINDOW_MS, maxFailuresPerAccount: 20, maxFailuresPerAddress: 10 },
    });
  });
  afterAll(() => server.close());

  it('throttles an address that tries many accounts', async () => {
    await givenAccount(server, 'victim@throttle.test', 'the-right-password');
    for (let attempt = 1; attempt <= 10; attempt += 1)
      await signIn(server, `spray${attempt}@throttle.test`, 'password1234');
    const throttled = await signIn(server, 'victim@throttle.test', 'the-right-password');
    expect(throttled.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
