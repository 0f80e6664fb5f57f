// Brute force against signIn: throttled per account and per client address, with lockouts that
// grow, and without revealing whether the account exists.
import { CreateUserDocument, SignInDocument } from '../generated/graphql';
import { startTestServer, type TestServer } from '../support/server';

// Counting 20 failures needs a window they all fall inside: 20 argon2 checks in a row took over
// 30 s on a loaded 2-core CI machine (a 15 s window was too short once the suite grew). Sending
// the 20 at once instead would put pool pressure, not the throttle, under test. These tests never
// wait a window out, so it can be long.
const COUNTING_WINDOW_MS = 600_000;
// Waiting lockouts out takes windows, so those tests use a short one and a limit of 3, which a
// few argon2 checks reach well inside it.
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
      auth: { throttleWindowMs: COUNTING_WINDOW_MS, maxFailuresPerAccount: 20, maxFailuresPerAddress: 1000 },
    });
  });
  afterAll(() => server.close());

  it('throttles after 20 wrong passwords, even the right one, and says when to try again', async () => {
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
});

describe('lockouts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      auth: { throttleWindowMs: WINDOW_MS, maxFailuresPerAccount: 3, maxFailuresPerAddress: 1000 },
    });
  });
  afterAll(() => server.close());

  it('lets the right password in once the lockout window has passed', async () => {
    await givenAccount(server, 'target@throttle.test', 'the-right-password');
    for (let attempt = 1; attempt <= 3; attempt += 1) await signIn(server, 'target@throttle.test', `wrong-${attempt}`);
    const throttled = await signIn(server, 'target@throttle.test', 'the-right-password');
    expect(throttled.userErrors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(throttled.userErrors[0]?.message).toMatch(/Try again in \d+ seconds?/);

    await sleep(WINDOW_MS + 200);
    const allowed = await signIn(server, 'target@throttle.test', 'the-right-password');
    expect(allowed.userErrors).toEqual([]);
    expect(allowed.token).toEqual(expect.any(String));
  });

  it('locks for longer each time the limit is reached again', async () => {
    await givenAccount(server, 'repeat@throttle.test', 'the-right-password');
    for (let attempt = 1; attempt <= 3; attempt += 1) await signIn(server, 'repeat@throttle.test', 'wrong');
    await sleep(WINDOW_MS + 200);
    for (let attempt = 1; attempt <= 3; attempt += 1) await signIn(server, 'repeat@throttle.test', 'wrong');
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
