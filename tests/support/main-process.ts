// Runs src/main.ts as a user does, as a real process, for tests of start-up, restarts, crashes and
// several instances on one database.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { runningPostmaster, stopPostmaster } from '../../src/db/data-directory';

const ROOT = path.join(__dirname, '..', '..');
// tsx's loader inside node itself: the `tsx` CLI is a parent process that relays signals and can
// kill a busy child that does not answer its relay in time, which would fake an unclean shutdown.
const MAIN = [process.execPath, ['--import', 'tsx', 'src/main.ts']] as const;

export interface RunningMain {
  child: ChildProcess;
  endpoint: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** The test runner's environment without the settings a test must choose itself, plus `extra`. */
export function mainEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['DATABASE_URL', 'TEST_DATABASE_URL', 'NODE_ENV', 'PORT', 'HOST', 'AUTH_SECRET']) delete env[key];
  return { ...env, PORT: '0', ...extra };
}

/** Every process started here, so a failed assertion cannot leave one running. */
const started: ChildProcess[] = [];

function spawnMain(env: NodeJS.ProcessEnv) {
  const child = spawn(MAIN[0], [...MAIN[1]], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const onData = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return { child, exited, output: () => output };
}

/** Starts `src/main.ts` and resolves once it prints its endpoint. */
export function startMain(env: NodeJS.ProcessEnv): Promise<RunningMain> {
  const { child, exited, output } = spawnMain(env);
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /GraphQL endpoint: (http:\/\/\S+)/.exec(output());
      if (match?.[1]) resolve({ child, endpoint: match[1], output, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`main exited with ${code} before listening:\n${output()}`)));
  });
}

/** Runs `src/main.ts` when it is expected to refuse to start: its exit code and everything it printed. */
export async function runMainToExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const { exited, output } = spawnMain(env);
  const code = await exited;
  return { code, output: output() };
}

/**
 * Stops every process started here that still runs (SIGTERM, then SIGKILL after 15 s), then any
 * postmaster still running on the given embedded data directories (a test that failed between a
 * `kill -9` and the restart leaves one), so the suite leaves no PostgreSQL behind.
 */
export async function stopAllMains(dataDirs: string[] = []): Promise<void> {
  await Promise.all(
    started
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(async (child) => {
        const exit = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exit;
        clearTimeout(timer);
      }),
  );
  for (const dataDir of dataDirs) {
    const pid = runningPostmaster(dataDir);
    if (pid !== undefined) await stopPostmaster(pid, dataDir);
  }
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Posts a query (with a token when given) and returns the status and body, errors included. */
export async function post<T>(
  running: RunningMain,
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const response = await fetch(running.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}

/** Signs in and returns the session token; fails the test when sign-in does not succeed. */
export async function signIn(running: RunningMain, credentials: { email: string; password: string }): Promise<string> {
  const { body } = await post<{ signIn: { token: string | null } }>(
    running,
    'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    { variables: { input: credentials } },
  );
  const token = body.data?.signIn.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return token;
}
