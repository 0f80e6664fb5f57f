// One HTTP attempt of a delivery: a signed POST (Standard Webhooks headers) to the address the SSRF
// guard vetted for this very attempt, within a deadline, never following a redirect. It never
// throws: every way an attempt can go is an outcome to record.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { resolveAll, vetWebhookUrl, type Resolver, type UrlPolicy, type VettedAddress } from '../url-guard';

export interface SendOptions {
  policy: UrlPolicy;
  /** The whole attempt's deadline, DNS included (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  resolve?: Resolver;
}

export interface SendOutcome {
  attemptedAt: Date;
  durationMs: number;
  /** The receiver's HTTP status; null when no response came. */
  statusCode: number | null;
  /** Why the attempt failed; null when the receiver answered 2xx. */
  error: string | null;
}

/** The header a receiver drops duplicates by: the same on every attempt of a delivery. */
export function webhookId(deliveryId: string): string {
  return `msg_${deliveryId}`;
}

const USER_AGENT = 'Stockroom-Webhooks/1';
/** How much of a refusing receiver's answer is kept for the admin to read. */
const ERROR_BODY_CHARS = 200;

class Deadline extends Error {}

/** A `lookup` for http.request that answers with the vetted address, whatever DNS says now. */
function pinnedLookup(vetted: VettedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  }) as LookupFunction;
}

function failure(error: unknown): string {
  if (error instanceof Deadline) return error.message;
  // Node's errors may come from another realm (a test's VM context), so no instanceof Error here.
  const { code, message, errors } = (error ?? {}) as { code?: string; message?: string; errors?: unknown[] };
  // Connecting to several addresses fails with an AggregateError whose own message is empty.
  if (!message && errors?.length) return failure(errors[0]);
  const text = typeof message === 'string' && message ? message : String(error);
  return `request failed: ${code && !text.includes(code) ? `${code} ` : ''}${text}`.slice(0, 500);
}

/** Posts `body` signed with `secret`; resolves with how it went. */
export async function sendWebhook(
  target: { url: string; secret: string },
  message: { deliveryId: string; body: string },
  options: SendOptions,
): Promise<SendOutcome> {
  const attemptedAt = new Date();
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): SendOutcome => ({
    attemptedAt,
    durationMs: Math.max(0, Math.round(performance.now() - started)),
    statusCode,
    error,
  });
  const abort = new AbortController();
  const timer = setTimeout(
    () => abort.abort(new Deadline(`timed out after ${options.timeoutMs} ms`)),
    options.timeoutMs,
  );
  const expired = new Promise<never>((_resolve, reject) =>
    abort.signal.addEventListener('abort', () => reject(abort.signal.reason as Error), { once: true }),
  );
  expired.catch(() => undefined);
  try {
    const verdict = await Promise.race([
      vetWebhookUrl(target.url, options.policy, options.resolve ?? resolveAll),
      expired,
    ]);
    if (!verdict.ok) return done(null, `refused: ${verdict.message}`);

    const id = webhookId(message.deliveryId);
    const timestamp = new Date();
    const headers = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(message.body),
      'user-agent': USER_AGENT,
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(target.secret).sign(id, timestamp, message.body),
    };
    const transport = verdict.url.protocol === 'https:' ? https : http;
    const answer = await new Promise<{ status: number; text: string; location?: string }>((resolve, reject) => {
      const request = transport.request(
        verdict.url,
        {
          method: 'POST',
          headers,
          // A fresh connection to the vetted address each time; no pooled socket outlives its check.
          agent: false,
          lookup: pinnedLookup(verdict.address),
          signal: abort.signal,
        },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            // The status is the answer; the body is not read.
            response.destroy();
            resolve({ status, text: '' });
            return;
          }
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
            if (text.length >= ERROR_BODY_CHARS) response.destroy();
          });
          const finish = () =>
            resolve({ status, text: text.slice(0, ERROR_BODY_CHARS), location: response.headers.location });
          response.on('end', finish);
          response.on('close', finish);
          response.on('error', finish);
        },
      );
      request.on('error', (error) => reject(abort.signal.aborted ? abort.signal.reason : error));
      request.end(message.body);
    });
    if (answer.status >= 200 && answer.status < 300) return done(answer.status, null);
    if (answer.status >= 300 && answer.status < 400) {
      const where = answer.location ? ` to ${answer.location.slice(0, 200)}` : '';
      return done(
        answer.status,
        `HTTP ${answer.status}: redirect${where} not followed (webhooks never follow redirects)`,
      );
    }
    const text = answer.text.replace(/\s+/g, ' ').trim();
    return done(answer.status, `HTTP ${answer.status}${text ? `: ${text}` : ''}`);
  } catch (error) {
    return done(null, failure(error));
  } finally {
    clearTimeout(timer);
  }
}
