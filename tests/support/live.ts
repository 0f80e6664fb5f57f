// GraphQL subscriptions over a real WebSocket (graphql-ws's client on the `ws` package), with each
// subscription's messages collected so a test can wait for the next one.
import { print, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** The WebSocket URL of a server's GraphQL endpoint (`http://host:port` or `http://host:port/graphql`). */
export function wsUrlOf(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws').replace(/\/graphql$/, '')}/graphql`;
}

/** How a socket or a subscription ended, when it did not end by completing. */
export interface Ending {
  /** The WebSocket close code, when the socket closed. */
  closeCode?: number;
  closeReason?: string;
  /** GraphQL errors, when the server refused or failed the subscription (an `error` message). */
  errors?: GraphQLFormattedError[];
}

/** A client on one socket; `connectionParams` is connection_init's payload (the credentials). */
export function connect(httpUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({
    url: wsUrlOf(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
}

export class LiveSubscription<R> {
  readonly messages: Array<{ data?: R | null; errors?: readonly GraphQLFormattedError[] }> = [];
  ending: Ending | undefined;
  completed = false;
  private waiters: Array<() => void> = [];
  private readonly unsubscribe: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> | undefined) {
    this.unsubscribe = client.subscribe<R>(
      { query, variables },
      {
        next: (message) => {
          this.messages.push(message as { data?: R | null; errors?: readonly GraphQLFormattedError[] });
          this.wake();
        },
        error: (error: unknown) => {
          this.ending = endingOf(error);
          this.wake();
        },
        complete: () => {
          this.completed = true;
          this.wake();
        },
      },
    );
  }

  /** The data of every message so far, failing on any message with errors. */
  get data(): R[] {
    return this.messages.map((message) => {
      if (message.errors?.length || !message.data) throw new Error(`message with errors: ${JSON.stringify(message)}`);
      return message.data;
    });
  }

  /** Resolves once `count` messages arrived; rejects if the subscription ends first or the wait runs out. */
  async atLeast(count: number, timeoutMs = 10_000): Promise<R[]> {
    await this.until(() => this.messages.length >= count, timeoutMs, `${count} messages`);
    return this.data;
  }

  /** Resolves with the first message whose data passes `test`, failing on any message with errors. */
  async first(test: (data: R) => boolean, timeoutMs = 10_000, what = 'a matching message'): Promise<R> {
    await this.until(() => this.data.some(test), timeoutMs, what);
    return this.data.find(test)!;
  }

  /** The first `count` messages as they came, errors included. */
  async received(count: number, timeoutMs = 10_000) {
    await this.until(() => this.messages.length >= count, timeoutMs, `${count} messages`);
    return this.messages.slice(0, count);
  }

  /** Resolves with how it ended (error or close); rejects if it is still open after the wait. */
  async ended(timeoutMs = 10_000): Promise<Ending> {
    await this.until(() => this.ending !== undefined || this.completed, timeoutMs, 'the subscription to end', true);
    return this.ending ?? {};
  }

  dispose(): void {
    this.unsubscribe();
  }

  private async until(done: () => boolean, timeoutMs: number, what: string, endingIsFine = false): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (!endingIsFine && (this.ending || this.completed)) {
        throw new Error(
          `the subscription ended while waiting for ${what}: ${JSON.stringify(this.ending ?? 'completed')}`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function endingOf(error: unknown): Ending {
  if (Array.isArray(error)) return { errors: error as GraphQLFormattedError[] };
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'number') {
    const event = error as { code: number; reason?: string };
    return { closeCode: event.code, closeReason: event.reason };
  }
  return { errors: [{ message: error instanceof Error ? error.message : String(error) }] };
}

/** Subscribes with a typed document. */
export function subscribe<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables?: V): LiveSubscription<R> {
  return new LiveSubscription<R>(client, print(document), variables as Record<string, unknown> | undefined);
}

/** Waits until `check` holds (polling), e.g. until the server counts a subscription as open. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
