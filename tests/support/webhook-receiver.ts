// A real HTTP endpoint for webhook tests, on 127.0.0.1: it records every request (headers and the
// exact body) and answers each as the test scripts it: a status, a redirect, or never (a hang).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  /** Lower-cased header names, as node gives them. */
  headers: Record<string, string>;
  body: string;
  /** The order requests arrived in, from 0. */
  index: number;
  /** How this request ended: the status sent, or 'hang' (the sender gave up first). */
  answer: Answer;
}

/** A status to answer with (and headers, e.g. a redirect's Location), or 'hang': never answer. */
export type Answer = number | { status: number; headers: Record<string, string> } | 'hang';

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Requests whose answer is still owed (hanging ones included); the most seen at once. */
  inFlight: () => number;
  maxInFlight: () => number;
  /** Decides each request's answer; the default accepts everything with 204. */
  script: (request: Omit<ReceivedRequest, 'answer'>) => Answer;
  close(): Promise<void>;
}

export async function startReceiver(script?: Receiver['script']): Promise<Receiver> {
  let open = 0;
  let most = 0;
  const receiver: Receiver = {
    url: '',
    requests: [],
    inFlight: () => open,
    maxInFlight: () => most,
    script: script ?? (() => 204),
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    open += 1;
    most = Math.max(most, open);
    res.on('close', () => (open -= 1));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen = {
        headers: Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)])),
        body: Buffer.concat(chunks).toString('utf8'),
        index: receiver.requests.length,
      };
      const answer = receiver.script(seen);
      receiver.requests.push({ ...seen, answer });
      if (answer === 'hang') return;
      const { status, headers } = typeof answer === 'number' ? { status: answer, headers: {} } : answer;
      res.writeHead(status, headers).end(status >= 400 ? `refused with ${status}` : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
